import { parentPort, workerData } from 'node:worker_threads';
import { CliError } from '../io.js';
import { buildShard, type ShardInput } from './build-shard.js';

/** Messages from a site render worker. */
export type RenderWorkerMessage =
  | { type: 'done'; output: ReturnType<typeof buildShard> }
  | { type: 'error'; message: string; exitCode: number };

/** A worker thread of `designdoc build`: builds one shard and posts it back. */
const post = (message: RenderWorkerMessage) => parentPort?.postMessage(message);
try {
  post({ type: 'done', output: buildShard(workerData as ShardInput) });
} catch (error) {
  post({
    type: 'error',
    message: (error as Error).message,
    exitCode: error instanceof CliError ? error.exitCode : 2,
  });
}
