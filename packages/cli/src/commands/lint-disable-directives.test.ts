import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD, lineOf, TDD_WITH_ERROR } from '../../test/documents.js';
import { expectFault } from '../../test/expect-output.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

const TODO_LINE = '- SMS as a third channel, [TODO].';
/** The placeholder error, switched off by a comment on its line. */
const SILENCED = TDD_WITH_ERROR.replace(
  TODO_LINE,
  `${TODO_LINE} <!-- designdoc-disable-line unfilled-placeholder -->`,
);
/** A clean document with a comment that switches nothing off. */
const IDLE = CLEAN_TDD.replace(
  '- SMS as a third channel.',
  '- SMS as a third channel. <!-- designdoc-disable-line unfilled-placeholder -->',
);
const UNUSED =
  'Unused designdoc-disable-line comment (no problems were reported from “unfilled-placeholder”)';

describe('designdoc lint: disable comments naming no rule', () => {
  it('reports the id as an error, suggesting the rule it was likely meant to be', async () => {
    const doc = TDD_WITH_ERROR.replace(
      TODO_LINE,
      `${TODO_LINE} <!-- designdoc-disable-line unfilled-placeholders -->`,
    );
    const dir = tempDir({ 'doc.md': doc });
    const out = await runCli(['lint', '-f', 'json', 'doc.md'], { cwd: dir.path });
    expect(out.code).toBe(1);
    const [result] = JSON.parse(out.stdout);
    expect(
      result.diagnostics.map((d: { ruleId: string; message: string }) => [d.ruleId, d.message]),
    ).toEqual([
      ['unfilled-placeholder', 'Unfilled placeholder “[TODO]”'],
      [
        'disable-comment',
        'Unknown rule “unfilled-placeholders” in designdoc-disable-line comment, did you mean “unfilled-placeholder”?',
      ],
    ]);
  });

  it('says nothing about ids that name rules', async () => {
    const dir = tempDir({ 'doc.md': SILENCED });
    expect(await runCli(['lint', 'doc.md'], { cwd: dir.path })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });
});

describe('designdoc lint --report-unused-disable-directives', () => {
  it('is off unless asked for', async () => {
    const dir = tempDir({ 'doc.md': IDLE });
    expect(await runCli(['lint', 'doc.md'], { cwd: dir.path })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('reports a comment that switched nothing off as an error (exit 1), at the comment', async () => {
    const dir = tempDir({ 'doc.md': IDLE });
    const out = await runCli(['lint', '--report-unused-disable-directives', 'doc.md'], {
      cwd: dir.path,
    });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(
      `${lineOf(IDLE, 'designdoc-disable')}:27  error  ${UNUSED}  disable-comment`,
    );
    expect(out.stdout).toContain('1 problem (1 error, 0 warnings)');
  });

  it('--report-unused-disable-directives-severity warn reports it as a warning (exit 0)', async () => {
    const dir = tempDir({ 'doc.md': IDLE });
    const out = await runCli(
      ['lint', '--report-unused-disable-directives-severity', 'warn', 'doc.md'],
      { cwd: dir.path },
    );
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(`warning  ${UNUSED}`);
  });

  it('does not report a comment that switched a finding off', async () => {
    const dir = tempDir({ 'doc.md': SILENCED });
    const out = await runCli(['lint', '--report-unused-disable-directives', 'doc.md'], {
      cwd: dir.path,
    });
    expect(out).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('works for fix too', async () => {
    const dir = tempDir({ 'doc.md': IDLE });
    const out = await runCli(['fix', '--report-unused-disable-directives', 'doc.md'], {
      cwd: dir.path,
    });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(UNUSED);
    expect(dir.read('doc.md')).toBe(IDLE);
  });

  it('exits 2 when both flags are given, as ESLint does', async () => {
    const dir = tempDir({ 'doc.md': IDLE });
    const line = expectFault(
      await runCli(
        [
          'lint',
          '--report-unused-disable-directives',
          '--report-unused-disable-directives-severity',
          'warn',
          'doc.md',
        ],
        { cwd: dir.path },
      ),
    );
    expect(line).toBe(
      'designdoc: --report-unused-disable-directives and --report-unused-disable-directives-severity cannot be used together; keep the second',
    );
  });

  it('exits 2 with --server, which lints with the server’s settings', async () => {
    const dir = tempDir({ 'doc.md': IDLE });
    const line = expectFault(
      await runCli(
        ['lint', '--server', 'http://127.0.0.1:9', '--report-unused-disable-directives', 'doc.md'],
        { cwd: dir.path },
      ),
    );
    expect(line).toContain('--report-unused-disable-directives works on local files only');
  });
});

describe('reportUnusedDisableDirectives in the config file', () => {
  it('reports unused comments at the severity it gives', async () => {
    const dir = tempDir({
      'designdoc.config.yaml': 'reportUnusedDisableDirectives: warn\n',
      'doc.md': IDLE,
    });
    const out = await runCli(['lint', 'doc.md'], { cwd: dir.path });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(`warning  ${UNUSED}`);
  });

  it('gives way to the command line', async () => {
    const dir = tempDir({
      'designdoc.config.yaml': 'reportUnusedDisableDirectives: error\n',
      'doc.md': IDLE,
    });
    const off = await runCli(
      ['lint', '--report-unused-disable-directives-severity', 'off', 'doc.md'],
      { cwd: dir.path },
    );
    expect(off).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('is taken from an extended file', async () => {
    const dir = tempDir({
      'base.yaml': 'reportUnusedDisableDirectives: error\n',
      'designdoc.config.yaml': 'extends: ./base.yaml\n',
      'doc.md': IDLE,
    });
    const out = await runCli(['lint', 'doc.md'], { cwd: dir.path });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(`error  ${UNUSED}`);
  });

  it('exits 2 for a value other than off, warn or error', async () => {
    const dir = tempDir({
      'designdoc.config.yaml': 'reportUnusedDisableDirectives: true\n',
      'doc.md': IDLE,
    });
    const line = expectFault(await runCli(['lint', 'doc.md'], { cwd: dir.path }));
    expect(line).toBe(
      `designdoc: Invalid configuration in ${dir.file('designdoc.config.yaml')}: reportUnusedDisableDirectives: expected one of "off", "warn", "error"`,
    );
  });
});
