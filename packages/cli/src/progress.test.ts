import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../test/temp-dir.js';
import { CLEAN_TDD } from '../test/documents.js';
import { runCli } from '../test/run-cli.js';

const tempDir = useTempDirs();

/** Enough files for a run to count as long. */
function manyFiles(count: number) {
  return tempDir(
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`doc-${i}.md`, CLEAN_TDD])),
  );
}

describe('progress bar', () => {
  it('shows on a terminal for a long run, on stderr, and leaves stdout clean', async () => {
    const dir = manyFiles(60);
    const out = await runCli(['lint', '--format', 'json'], { cwd: dir.path, tty: true });
    expect(out.code).toBe(0);
    expect(out.stderr).toContain('Linting [');
    expect(out.stderr).toContain('60/60 files');
    expect(JSON.parse(out.stdout)).toHaveLength(60);
  });

  it('shows nothing in CI, in a pipe, or for a short run', async () => {
    const dir = manyFiles(60);
    expect((await runCli(['lint'], { cwd: dir.path, tty: true, env: { CI: 'true' } })).stderr).toBe(
      '',
    );
    expect((await runCli(['lint'], { cwd: dir.path })).stderr).toBe('');
    const short = manyFiles(3);
    expect((await runCli(['lint'], { cwd: short.path, tty: true })).stderr).toBe('');
  });
});
