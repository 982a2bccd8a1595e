import { Worker } from 'node:worker_threads';

/** How often the log is checkpointed: a few saves' worth of log at most between rounds. */
const CHECKPOINT_INTERVAL_MS = 250;

/** The worker module: when this module runs from source (under Vitest) the build's copy is used. */
const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/db/wal-checkpoint-worker.js', import.meta.url)
  : new URL('./wal-checkpoint-worker.js', import.meta.url);

/**
 * Checkpoint an SQLite file's write-ahead log on a worker thread rather than in the commits of the
 * event loop (the connection that writes has `wal_autocheckpoint = 0`). SQLite checkpoints when a
 * commit leaves more than 1,000 pages in the log, inside that commit: a save of a 1 MiB document
 * (a 9 MB version row with its model) took 65–77 ms with it and 38–43 ms without, measured on
 * this machine, and /healthz waited for it. The thread is unref'd: it never keeps the process up.
 */
export function startWalCheckpointer(path: string): { close(): void } {
  const worker = new Worker(WORKER_URL, {
    workerData: { path, intervalMs: CHECKPOINT_INTERVAL_MS },
  });
  worker.unref();
  worker.on('error', (error) =>
    process.emitWarning(`SQLite checkpointer stopped: ${error.message}`),
  );
  return { close: () => worker.postMessage('close') };
}
