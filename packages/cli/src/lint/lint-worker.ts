import { parentPort } from 'node:worker_threads';
import { ConfigFinder } from '../config/load-config.js';
import { CliError } from '../io.js';
import { type FileResult, lintFile } from './lint-file.js';
import type { LintWorkerData, WorkerMessage } from './lint-files.js';
import { claimIndex } from './lint-queue.js';

/**
 * A lint worker thread: lints files from the shared queue and posts the results back. Its work
 * comes in the first message, not as `workerData`, so that the thread can be started before the
 * run knows its files (bin/designdoc.js starts it while the main thread loads) and load its code
 * meanwhile.
 */
parentPort?.once('message', (data: LintWorkerData) => lint(data));

const post = (message: WorkerMessage) => parentPort?.postMessage(message);

function lint({ queue, options, timing: timed, trackLinks, stream }: LintWorkerData): void {
  try {
    const finder = new ConfigFinder(options.configPath ?? null, options.cwd);
    const timing = timed ? new Map<string, number>() : undefined;
    const results: FileResult[] = [];
    const links: [string, boolean][][] = [];
    // Streamed: each result goes back with its queue index a few at a time, and is not kept.
    let batch: [number, FileResult][] = [];
    let pending = 0;
    for (let index = claimIndex(queue); index < queue.files.length; index = claimIndex(queue)) {
      const file = queue.files[index] as string;
      const checked = trackLinks ? new Map<string, boolean>() : undefined;
      const result = lintFile(file, finder, options, {
        ...(timing ? { timing } : {}),
        ...(checked ? { links: checked } : {}),
      });
      if (stream) batch.push([index, result]);
      else results.push(result);
      if (checked) links.push([...checked]);
      if (++pending === 8) {
        post({ type: 'progress', done: pending });
        if (stream) post({ type: 'results', results: batch });
        pending = 0;
        batch = [];
      }
    }
    if (pending > 0) post({ type: 'progress', done: pending });
    if (batch.length > 0) post({ type: 'results', results: batch });
    post({
      type: 'done',
      results,
      ...(trackLinks ? { links } : {}),
      ...(timing ? { timing: [...timing] } : {}),
    });
  } catch (error) {
    post({
      type: 'error',
      message: (error as Error).message,
      exitCode: error instanceof CliError ? error.exitCode : 2,
    });
  }
}
