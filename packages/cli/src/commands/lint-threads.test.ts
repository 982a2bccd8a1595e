import { describe, expect, it, vi } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD } from '../../test/documents.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

// --cache and --debug on the parallel path: make sure it is taken even on a one-core machine,
// count the worker threads started, and keep what they send back.
const workers = vi.hoisted(() => ({
  started: 0,
  messages: [] as { type: string; results?: unknown[]; timing?: unknown[] }[],
}));
vi.mock('node:os', async (importOriginal) => {
  const os = await importOriginal<typeof import('node:os')>();
  return { ...os, availableParallelism: () => Math.max(2, os.availableParallelism()) };
});
vi.mock('node:worker_threads', async (importOriginal) => {
  const threads = await importOriginal<typeof import('node:worker_threads')>();
  class WatchedWorker extends threads.Worker {
    constructor(...args: ConstructorParameters<typeof threads.Worker>) {
      super(...args);
      workers.started++;
      this.on('message', (message) => workers.messages.push(message));
    }
  }
  return { ...threads, Worker: WatchedWorker };
});

/** 20 files of about 500 kB, each linking to runbook.txt: enough work for a worker thread. */
function bigRun(): Record<string, string> {
  const filler =
    `${'The service keeps every message until a provider accepts it. '.repeat(8)}\n\n`.repeat(1000);
  const doc = CLEAN_TDD.replace(
    '## Context Diagram',
    `See [the runbook](runbook.txt).\n\n${filler}## Context Diagram`,
  );
  const files: Record<string, string> = {};
  for (let i = 0; i < 20; i++) files[`doc-${String(i).padStart(2, '0')}.md`] = doc;
  return files;
}

describe('lint --cache and --debug on several threads', () => {
  it('adds the workers’ rule timings to the table', async () => {
    const dir = tempDir(bigRun());
    const before = workers.messages.length;
    const out = await runCli(['lint', '--debug'], { cwd: dir.path, env: { TIMING: 'all' } });
    expect(out.code).toBe(1);
    const done = workers.messages.slice(before).filter((m) => m.type === 'done');
    expect(done.length).toBeGreaterThan(0);
    // A worker that started after this thread had taken every file has nothing to time. Its
    // results come back as it goes ('results'), or with 'done' when they are kept (--cache).
    const linted = workers.messages
      .slice(before)
      .some((m) => (m.type === 'results' || m.type === 'done') && (m.results ?? []).length > 0);
    for (const message of done) expect((message.timing ?? []).length > 0).toBe(linted);
    expect(out.stderr).toMatch(/^Rule +\| Time \(ms\) \| Relative$/m);
    expect(out.stderr).toMatch(/^relative-link +\| +\d+\.\d{3} \| +\d+\.\d%$/m);
    // The table holds the workers' time too: at least what they reported.
    const theirs = done
      .flatMap((m) => (m.timing ?? []) as [string, number][])
      .reduce((sum, [, ms]) => sum + ms, 0);
    const table = [...out.stderr.matchAll(/^[a-z-]+ +\| +(\d+\.\d{3}) \|/gm)].reduce(
      (sum, match) => sum + Number(match[1]),
      0,
    );
    expect(table).toBeGreaterThanOrEqual(theirs - 0.05);
  }, 60_000);

  it('caches what the workers linted, links included, and queues nothing cached', async () => {
    const dir = tempDir(bigRun());
    const first = await runCli(['lint', '--cache'], { cwd: dir.path });
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('runbook.txt');
    const started = workers.started;
    const second = await runCli(['lint', '--cache', '--debug'], { cwd: dir.path });
    expect(workers.started).toBe(started);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr.match(/result from the cache/g)).toHaveLength(20);
    // The link target appears: every file is linted again, and is clean.
    dir.write('runbook.txt', '# Runbook\n');
    expect(await runCli(['lint', '--cache'], { cwd: dir.path })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  }, 60_000);
});
