import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import {
  CLEAN_TDD,
  lineOf,
  TDD_WITH_ERROR,
  TDD_WITH_ERROR_AND_WARNING,
  TDD_WITH_WARNING,
} from '../../test/documents.js';
import { ANSI, expectFault, expectNoStackTrace } from '../../test/expect-output.js';
import { EXAMPLES_DIR } from '../../test/paths.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

describe('designdoc lint: exit codes', () => {
  it('exits 0 and prints nothing for a clean document', async () => {
    const out = await runCli(['lint', 'payments-ledger.md'], { cwd: EXAMPLES_DIR });
    expect(out).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 0 for the clean examples linted together (each with its configured template)', async () => {
    const out = await runCli(
      [
        'lint',
        'payments-ledger.md',
        'adr-0001-use-postgresql.md',
        'rfc-0001-workspace-templates.md',
      ],
      { cwd: EXAMPLES_DIR },
    );
    expect(out).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 when a document has errors, and says where', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR });
    const out = await runCli(['lint', 'doc.md'], { cwd: dir.path });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(
      `${lineOf(TDD_WITH_ERROR, 'TODO')}:27  error  Unfilled placeholder “[TODO]”`,
    );
    expect(out.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
    expectNoStackTrace(out);
  });

  it('exits 1 for the deliberately broken example', async () => {
    const out = await runCli(['lint', 'broken.md'], { cwd: EXAMPLES_DIR });
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^broken\.md$/m);
  });

  it('exits 0 when there are only warnings', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_WARNING });
    const out = await runCli(['lint', 'doc.md'], { cwd: dir.path });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Section “Random Thoughts” is level 1, expected level 2');
    expect(out.stdout).toContain('✖ 1 problem (0 errors, 1 warning)');
  });

  it('exits 2 for an unknown template, naming it and the presets', async () => {
    const dir = tempDir({ 'doc.md': CLEAN_TDD });
    const line = expectFault(
      await runCli(['lint', '--template', 'nope', 'doc.md'], { cwd: dir.path }),
    );
    expect(line).toContain('Unknown template “nope”');
    expect(line).toContain('tdd, adr, rfc');
  });
});

describe('designdoc lint --max-warnings', () => {
  it('exits 1 with a message when warnings exceed the maximum', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_WARNING });
    const out = await runCli(['lint', '--max-warnings', '0', 'doc.md'], { cwd: dir.path });
    expect(out.code).toBe(1);
    expect(out.stderr).toBe('designdoc found too many warnings (maximum: 0).\n');
    expect(out.stdout).toContain('Section “Random Thoughts” is level 1');
  });

  it('exits 0 when warnings are within the maximum', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_WARNING });
    const out = await runCli(['lint', '--max-warnings', '1', 'doc.md'], { cwd: dir.path });
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
  });

  it.each(['abc', '-1', '1.5', ''])('exits 2 for --max-warnings “%s”', async (value) => {
    const dir = tempDir({ 'doc.md': CLEAN_TDD });
    const line = expectFault(
      await runCli(['lint', '--max-warnings', value, 'doc.md'], { cwd: dir.path }),
    );
    expect(line).toContain(`Invalid --max-warnings “${value}”`);
  });
});

describe('designdoc lint --quiet', () => {
  it('shows errors only and counts no warnings', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR_AND_WARNING });
    const loud = await runCli(['lint', 'doc.md'], { cwd: dir.path });
    expect(loud.stdout).toContain('✖ 2 problems (1 error, 1 warning)');
    const quiet = await runCli(['lint', '--quiet', 'doc.md'], { cwd: dir.path });
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toContain('Unfilled placeholder “[TODO]”');
    expect(quiet.stdout).not.toContain('Random Thoughts');
    expect(quiet.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  it('prints nothing at all when there are only warnings', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_WARNING });
    const out = await runCli(['lint', '--quiet', 'doc.md'], { cwd: dir.path });
    expect(out).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('designdoc lint --output-file', () => {
  it('writes the report to the file instead of stdout, without colours', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR });
    const out = await runCli(['lint', '--output-file', 'report.txt', 'doc.md'], {
      cwd: dir.path,
      tty: true,
    });
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    const report = dir.read('report.txt');
    expect(report).toContain('Unfilled placeholder “[TODO]”');
    expect(report).not.toMatch(ANSI);
  });

  it('writes a report in the chosen format', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR });
    await runCli(['lint', '-f', 'json', '-o', 'report.json', 'doc.md'], { cwd: dir.path });
    const report = JSON.parse(dir.read('report.json'));
    expect(report[0].diagnostics[0].ruleId).toBe('unfilled-placeholder');
  });

  it('exits 2 when the report cannot be written', async () => {
    const dir = tempDir({ 'doc.md': CLEAN_TDD });
    const line = expectFault(
      await runCli(['lint', '-o', 'no/such/folder/report.txt', 'doc.md'], { cwd: dir.path }),
    );
    expect(line).toContain('Cannot write --output-file no/such/folder/report.txt');
  });
});

describe('designdoc lint colours', () => {
  it('colours output on a terminal', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR });
    const out = await runCli(['lint', 'doc.md'], { cwd: dir.path, tty: true });
    expect(out.stdout).toMatch(ANSI);
  });

  it('uses no ANSI codes with --no-color', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR });
    const out = await runCli(['lint', '--no-color', 'doc.md'], { cwd: dir.path, tty: true });
    expect(out.stdout).toContain('Unfilled placeholder “[TODO]”');
    expect(out.stdout).not.toMatch(ANSI);
  });

  it('uses no ANSI codes when NO_COLOR is set', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR });
    const out = await runCli(['lint', 'doc.md'], {
      cwd: dir.path,
      tty: true,
      env: { NO_COLOR: '1' },
    });
    expect(out.stdout).toContain('Unfilled placeholder “[TODO]”');
    expect(out.stdout).not.toMatch(ANSI);
  });

  it('uses no ANSI codes when stdout is not a terminal', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR });
    const out = await runCli(['lint', 'doc.md'], { cwd: dir.path });
    expect(out.stdout).not.toMatch(ANSI);
  });
});

describe('designdoc lint: inline disable comments', () => {
  const todoLine = '- SMS as a third channel, [TODO].';

  it('designdoc-disable-next-line silences that rule on the next line only', async () => {
    const doc = TDD_WITH_ERROR_AND_WARNING.replace(
      todoLine,
      `<!-- designdoc-disable-next-line unfilled-placeholder -->\n${todoLine}`,
    );
    const dir = tempDir({ 'doc.md': doc });
    const out = await runCli(['lint', 'doc.md'], { cwd: dir.path });
    expect(out.code).toBe(0);
    expect(out.stdout).not.toContain('TODO');
    expect(out.stdout).toContain('Section “Random Thoughts” is level 1');
  });

  it('designdoc-disable-next-line naming another rule silences nothing', async () => {
    const doc = TDD_WITH_ERROR.replace(
      todoLine,
      `<!-- designdoc-disable-next-line no-secrets -->\n${todoLine}`,
    );
    const dir = tempDir({ 'doc.md': doc });
    const out = await runCli(['lint', 'doc.md'], { cwd: dir.path });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('Unfilled placeholder “[TODO]”');
  });

  it('designdoc-disable-line silences the line it is on', async () => {
    const doc = TDD_WITH_ERROR.replace(
      todoLine,
      `${todoLine} <!-- designdoc-disable-line unfilled-placeholder -->`,
    );
    const dir = tempDir({ 'doc.md': doc });
    expect(await runCli(['lint', 'doc.md'], { cwd: dir.path })).toMatchObject({
      code: 0,
      stdout: '',
    });
  });

  it('designdoc-disable … designdoc-enable silences a block, and only that block', async () => {
    const doc = TDD_WITH_ERROR.replace(
      todoLine,
      `<!-- designdoc-disable unfilled-placeholder -->\n${todoLine}\n- Also [Pending].\n<!-- designdoc-enable unfilled-placeholder -->\n- And [Later].`,
    );
    const dir = tempDir({ 'doc.md': doc });
    const out = await runCli(['lint', 'doc.md'], { cwd: dir.path });
    expect(out.code).toBe(1);
    expect(out.stdout).not.toContain('“[TODO]”');
    expect(out.stdout).not.toContain('“[Pending]”');
    expect(out.stdout).toContain(
      `${lineOf(doc, 'And [Later]')}:7  error  Unfilled placeholder “[Later]”`,
    );
  });

  it('designdoc-disable without rule names silences every rule until the end', async () => {
    const doc = TDD_WITH_ERROR_AND_WARNING.replace(
      todoLine,
      `<!-- designdoc-disable -->\n${todoLine}`,
    );
    const dir = tempDir({ 'doc.md': doc });
    expect(await runCli(['lint', 'doc.md'], { cwd: dir.path })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });
});
