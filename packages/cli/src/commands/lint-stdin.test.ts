import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD, lineOf, TDD_WITH_ERROR } from '../../test/documents.js';
import { expectFault } from '../../test/expect-output.js';
import { runCliWithInput } from '../../test/run-cli-io.js';

const tempDir = useTempDirs();

/** The clean document with one safe fix to make: a question status in the wrong spelling. */
const MISSPELT = CLEAN_TDD.replace('Status: In Progress', 'Status: in progress');

describe('designdoc lint --stdin', () => {
  it('lints the Markdown on standard input and reports it as <text>, as ESLint does', async () => {
    const dir = tempDir();
    const out = await runCliWithInput(['lint', '--stdin'], {
      cwd: dir.path,
      input: TDD_WITH_ERROR,
    });
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^<text>$/m);
    expect(out.stdout).toContain(
      `${lineOf(TDD_WITH_ERROR, 'TODO')}:27  error  Unfilled placeholder “[TODO]”`,
    );
    expect(out.stderr).toBe('');
  });

  it('exits 0 and prints nothing for clean input', async () => {
    const dir = tempDir();
    expect(await runCliWithInput(['lint', '--stdin'], { cwd: dir.path, input: CLEAN_TDD })).toEqual(
      { code: 0, stdout: '', stderr: '' },
    );
  });

  it('lints as --stdin-filename: that file’s config and overrides apply, and its path is shown', async () => {
    const dir = tempDir({
      'designdoc.config.yaml': [
        'overrides:',
        '  - files: "drafts/**"',
        '    rules:',
        '      unfilled-placeholder: warn',
      ].join('\n'),
    });
    const asDraft = await runCliWithInput(
      ['lint', '--stdin', '--stdin-filename', 'drafts/new.md', '--format', 'json'],
      { cwd: dir.path, input: TDD_WITH_ERROR },
    );
    expect(asDraft.code).toBe(0);
    const [result] = JSON.parse(asDraft.stdout);
    expect(result.filePath).toBe('drafts/new.md');
    expect(result.diagnostics[0]).toMatchObject({
      ruleId: 'unfilled-placeholder',
      severity: 'warning',
    });
    const elsewhere = await runCliWithInput(
      ['lint', '--stdin', '--stdin-filename', 'docs/new.md'],
      { cwd: dir.path, input: TDD_WITH_ERROR },
    );
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stdout).toMatch(/^docs\/new\.md$/m);
    expect(dir.exists('docs/new.md')).toBe(false);
  });

  it('takes the template the config gives that path', async () => {
    const dir = tempDir({
      'designdoc.config.yaml': 'overrides:\n  - files: "adr/**"\n    template: adr\n',
    });
    const asAdr = await runCliWithInput(['lint', '--stdin', '--stdin-filename', 'adr/x.md'], {
      cwd: dir.path,
      input: CLEAN_TDD,
    });
    expect(asAdr.code).toBe(1);
    expect(asAdr.stdout).toContain('Missing section “Decision Outcome”');
  });

  it('with --fix-dry-run prints the diff of the fixes, as for files, and writes nothing', async () => {
    const dir = tempDir();
    const out = await runCliWithInput(
      ['lint', '--stdin', '--stdin-filename', 'doc.md', '--fix-dry-run'],
      { cwd: dir.path, input: MISSPELT },
    );
    expect(out.code).toBe(0);
    const at = lineOf(MISSPELT, 'in progress');
    expect(out.stdout).toMatch(
      /^diff --git a\/doc\.md b\/doc\.md\n--- a\/doc\.md\n\+\+\+ b\/doc\.md\n/,
    );
    expect(out.stdout).toContain(`@@ -${at - 3},7 +${at - 3},7 @@`);
    expect(out.stdout).toContain(
      '\n-- Which push provider do we start with? - Status: in progress\n+- Which push provider do we start with? - Status: In Progress\n',
    );
    expect(dir.exists('doc.md')).toBe(false);
    const json = await runCliWithInput(
      ['lint', '--stdin', '--stdin-filename', 'doc.md', '--fix-dry-run', '-f', 'json'],
      { cwd: dir.path, input: MISSPELT },
    );
    expect(JSON.parse(json.stdout)[0].output).toBe(CLEAN_TDD);
  });

  it('reports empty input as a file error', async () => {
    const dir = tempDir();
    const out = await runCliWithInput(['lint', '--stdin'], { cwd: dir.path, input: '\n' });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('File is empty, expected a design document');
  });

  it('exits 2 for --fix, suggesting --fix-dry-run', async () => {
    const dir = tempDir();
    const line = expectFault(
      await runCliWithInput(['lint', '--stdin', '--fix'], { cwd: dir.path, input: MISSPELT }),
    );
    expect(line).toBe(
      'designdoc: --fix is not available for standard input (there is no file to write); use --fix-dry-run instead',
    );
  });

  it('exits 2 when paths are given too, or --stdin-filename without --stdin', async () => {
    const dir = tempDir({ 'doc.md': CLEAN_TDD });
    expect(
      expectFault(
        await runCliWithInput(['lint', '--stdin', 'doc.md'], { cwd: dir.path, input: CLEAN_TDD }),
      ),
    ).toBe('designdoc: --stdin lints standard input, not files; drop the paths (doc.md)');
    expect(
      expectFault(
        await runCliWithInput(['lint', '--stdin-filename', 'doc.md'], {
          cwd: dir.path,
          input: CLEAN_TDD,
        }),
      ),
    ).toBe('designdoc: --stdin-filename names the Markdown read with --stdin; add --stdin');
  });
});
