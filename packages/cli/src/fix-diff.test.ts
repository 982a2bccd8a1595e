import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../test/temp-dir.js';
import { CLEAN_TDD, lineOf, TDD_WITH_ERROR } from '../test/documents.js';
import { runCli } from '../test/run-cli.js';

const tempDir = useTempDirs();

/** The clean document with one safe fix to make: a question status in the wrong spelling. */
const MISSPELT = CLEAN_TDD.replace('Status: In Progress', 'Status: in progress');

describe('designdoc fix --dry-run', () => {
  it('prints the unified diff git diff would, writes nothing, and exits 0 when nothing is left', async () => {
    const dir = tempDir({ 'docs/a.md': MISSPELT, 'docs/clean.md': CLEAN_TDD });
    const out = await runCli(['fix', '--dry-run', 'docs'], { cwd: dir.path });
    expect(dir.read('docs/a.md')).toBe(MISSPELT);
    const at = lineOf(MISSPELT, 'in progress');
    const lines = MISSPELT.split('\n');
    const context = (from: number, to: number) => lines.slice(from - 1, to).map((l) => ` ${l}`);
    expect(out).toEqual({
      code: 0,
      stdout: [
        'diff --git a/docs/a.md b/docs/a.md',
        '--- a/docs/a.md',
        '+++ b/docs/a.md',
        `@@ -${at - 3},7 +${at - 3},7 @@`,
        ...context(at - 3, at - 1),
        `-${lines[at - 1]}`,
        `+${lines[at - 1]?.replace('in progress', 'In Progress')}`,
        ...context(at + 1, at + 3),
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('is what lint --fix-dry-run prints; git apply takes it and gives what fix writes', async () => {
    const doc = MISSPELT.replace('- SMS as a third channel.', '- SMS as a third channel, [TODO].');
    const dir = tempDir({ 'a.md': doc });
    const dry = await runCli(['fix', '--dry-run', 'a.md'], { cwd: dir.path });
    expect(await runCli(['lint', '--fix-dry-run', 'a.md'], { cwd: dir.path })).toEqual(dry);
    // What is left after the fixes decides the exit code, as for lint; the report follows the diff.
    expect(dry.code).toBe(1);
    expect(dry.stdout).toMatch(/^diff --git a\/a\.md b\/a\.md\n/);
    expect(dry.stdout).toMatch(/\n\na\.md\n .*Unfilled placeholder “\[TODO\]”/);
    expect(dir.read('a.md')).toBe(doc);
    const apply = spawnSync('git', ['apply', '-'], { cwd: dir.path, input: dry.stdout });
    expect(apply.stderr.toString()).toBe('');
    const fixed = tempDir({ 'a.md': doc });
    await runCli(['fix', 'a.md'], { cwd: fixed.path });
    expect(dir.read('a.md')).toBe(fixed.read('a.md'));
  });

  it('prints no diff when nothing would change, and keeps json’s output field', async () => {
    const dir = tempDir({ 'a.md': TDD_WITH_ERROR, 'b.md': MISSPELT });
    const out = await runCli(['fix', '--dry-run', 'a.md'], { cwd: dir.path });
    expect(out.code).toBe(1);
    expect(out.stdout).not.toContain('diff --git');
    const json = await runCli(['fix', '--dry-run', '--format', 'json', 'b.md'], { cwd: dir.path });
    const [result] = JSON.parse(json.stdout);
    expect(result.output).toBe(CLEAN_TDD);
    expect(dir.read('b.md')).toBe(MISSPELT);
  });
});
