import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../test/temp-dir.js';
import { CLEAN_TDD, TDD_WITH_WARNING } from '../test/documents.js';
import { runCli, TODAY } from '../test/run-cli.js';
import { run } from './run.js';

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

  it('keeps the report off the bar in the same terminal: stdout is written once the bar is gone', async () => {
    // 60 files of 30 kB with problems: two threads, and more report than one write holds.
    const filler =
      `${'The service keeps every message until a provider accepts it. '.repeat(8)}\n\n`.repeat(60);
    const doc = TDD_WITH_WARNING.replace(
      '## Context\n',
      `## Context\n\nSee [a](gone-1.md), [b](gone-2.md) and [c](gone-3.md).\n\n${filler}`,
    );
    const dir = tempDir(
      Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`doc-${i}.md`, doc])),
    );
    const writes: ['out' | 'err', string][] = [];
    const stream = (name: 'out' | 'err') => ({
      write: (text: string) => writes.push([name, text]),
      isTTY: true,
      columns: 100,
    });
    const code = await run(['lint', '--format', 'json'], {
      stdout: stream('out'),
      stderr: stream('err'),
      cwd: dir.path,
      env: {},
      today: () => TODAY,
    });
    expect(code).toBe(1);
    const firstReport = writes.findIndex(([name]) => name === 'out');
    const lastBar = writes.findLastIndex(([name]) => name === 'err');
    expect(writes.some(([name, text]) => name === 'err' && text.includes('60/60 files'))).toBe(
      true,
    );
    expect(firstReport).toBeGreaterThan(lastBar);
    const report = writes.filter(([name]) => name === 'out').map(([, text]) => text);
    expect(report.join('').length).toBeGreaterThan(70_000);
    expect(JSON.parse(report.join(''))).toHaveLength(60);
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
