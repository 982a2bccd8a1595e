import { describe, expect, it, vi } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD } from '../../test/documents.js';
import { expectFault } from '../../test/expect-output.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

// This suite is about the parallel path, so make sure it is taken even on a one-core machine,
// and count the worker threads started to prove it was.
const workersStarted = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:os', async (importOriginal) => {
  const os = await importOriginal<typeof import('node:os')>();
  return { ...os, availableParallelism: () => Math.max(2, os.availableParallelism()) };
});
vi.mock('node:worker_threads', async (importOriginal) => {
  const threads = await importOriginal<typeof import('node:worker_threads')>();
  class CountedWorker extends threads.Worker {
    constructor(...args: ConstructorParameters<typeof threads.Worker>) {
      super(...args);
      workersStarted.count++;
    }
  }
  return { ...threads, Worker: CountedWorker };
});

describe('linting on several threads', () => {
  it('stops with one line and exit 2 when the template is bad, whichever thread finds it', async () => {
    // 20 files of about 100 kB: enough work to be split between this thread and a worker.
    const filler =
      `${'The service keeps every message until a provider accepts it. '.repeat(8)}\n\n`.repeat(
        200,
      );
    const doc = CLEAN_TDD.replace('## Context Diagram', `${filler}## Context Diagram`);
    const files: Record<string, string> = {
      'designdoc.config.yaml': 'template: ./ours.yaml\n',
      'ours.yaml': 'name: ours\n',
    };
    for (let i = 0; i < 20; i++) files[`doc-${i}.md`] = doc;
    const dir = tempDir(files);
    const started = workersStarted.count;
    const line = expectFault(await runCli(['lint'], { cwd: dir.path }));
    expect(line).toBe(
      `designdoc: Invalid template spec in ${dir.path}/ours.yaml: missing “title”, “sections”`,
    );
    expect(workersStarted.count).toBeGreaterThan(started);
    // The worker fails too, a moment later; that must not surface as an unhandled rejection.
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    process.off('unhandledRejection', record);
    expect(unhandled).toEqual([]);
  });
});
