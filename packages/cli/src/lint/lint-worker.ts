import { parentPort, workerData } from 'node:worker_threads';
import { ConfigFinder } from '../config/load-config.js';
import { CliError } from '../io.js';
import { type FileResult, lintFile } from './lint-file.js';
import type { LintWorkerData, WorkerMessage } from './lint-files.js';
import { claimFile } from './lint-queue.js';

/** A lint worker thread: lints files from the shared queue and posts the results back. */
const { queue, options, timing: timed, trackLinks } = workerData as LintWorkerData;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);
try {
  const finder = new ConfigFinder(options.configPath ?? null, options.cwd);
  const timing = timed ? new Map<string, number>() : undefined;
  const results: FileResult[] = [];
  const links: [string, boolean][][] = [];
  let pending = 0;
  for (let file = claimFile(queue); file !== undefined; file = claimFile(queue)) {
    const checked = trackLinks ? new Map<string, boolean>() : undefined;
    results.push(
      lintFile(file, finder, options, {
        ...(timing ? { timing } : {}),
        ...(checked ? { links: checked } : {}),
      }),
    );
    if (checked) links.push([...checked]);
    if (++pending === 8) {
      post({ type: 'progress', done: pending });
      pending = 0;
    }
  }
  if (pending > 0) post({ type: 'progress', done: pending });
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
