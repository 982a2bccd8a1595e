import { parentPort, workerData } from 'node:worker_threads';
import { ConfigFinder } from './config/load-config.js';
import { CliError } from './io.js';
import { type FileResult, lintFile } from './lint-file.js';
import type { WorkerMessage } from './lint-files.js';
import { claimFile, type LintQueue } from './lint-queue.js';

/** A lint worker thread: lints files from the shared queue and posts the results back. */
const { queue, options } = workerData as {
  queue: LintQueue;
  options: { cwd: string; fix: boolean; write: boolean; template?: string; configPath?: string };
};
const post = (message: WorkerMessage) => parentPort?.postMessage(message);
try {
  const finder = new ConfigFinder(options.configPath ?? null, options.cwd);
  const results: FileResult[] = [];
  let pending = 0;
  for (let file = claimFile(queue); file !== undefined; file = claimFile(queue)) {
    results.push(
      lintFile(file, finder, {
        cwd: options.cwd,
        fix: options.fix,
        write: options.write,
        ...(options.template ? { template: options.template } : {}),
      }),
    );
    if (++pending === 8) {
      post({ type: 'progress', done: pending });
      pending = 0;
    }
  }
  if (pending > 0) post({ type: 'progress', done: pending });
  post({ type: 'done', results });
} catch (error) {
  post({
    type: 'error',
    message: (error as Error).message,
    exitCode: error instanceof CliError ? error.exitCode : 2,
  });
}
