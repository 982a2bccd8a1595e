import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CliError } from '../io.js';
import { workerUrl } from '../worker-url.js';
import { buildShard, type ShardInput, type ShardOutput } from './build-shard.js';
import type { RenderWorkerMessage } from './render-worker.js';

/** Below this much text to render or index, a worker costs more to start than it saves. */
const PARALLEL_MIN_CHARS = 1_500_000;

/** The worker script: dist/site/render-worker.js, or bundle/site-render-worker.js in the bundle. */
const renderWorkerUrl = () =>
  workerUrl(import.meta.url, './render-worker.js', 'site-render-worker.js');

function workOf(input: ShardInput): number {
  const rendering = input.jobs.reduce((n, job) => n + job.chars, 0);
  const indexing = input.index ? input.reused.reduce((n, e) => n + e.searchChars, 0) : 0;
  return rendering + indexing;
}

/**
 * Build every shard: the first on this thread, the others on worker threads when the machine
 * has the cores and the shard has enough work, else here one after another. Same output either
 * way; outputs come back in shard order.
 */
export async function buildShards(inputs: ShardInput[]): Promise<ShardOutput[]> {
  const cores = availableParallelism();
  const [first, ...rest] = inputs;
  if (!first) return [];
  const pending = rest.map((input, i) =>
    i + 1 < cores && workOf(input) >= PARALLEL_MIN_CHARS ? runWorker(input) : null,
  );
  let own: ShardOutput;
  try {
    own = buildShard(first);
  } catch (error) {
    // This thread's error ends the build; the workers' results must not then go unhandled.
    for (const worker of pending) {
      worker?.output.catch(() => {});
      void worker?.terminate();
    }
    throw error;
  }
  const others: ShardOutput[] = [];
  for (const [i, worker] of pending.entries())
    others.push(worker ? await worker.output : buildShard(rest[i] as ShardInput));
  return [own, ...others];
}

function runWorker(input: ShardInput): {
  output: Promise<ShardOutput>;
  terminate(): Promise<number>;
} {
  // A young generation of at most 12 MB: a shard's pages are made and written one document at
  // a time, and V8's default nursery only held more garbage for longer (a build of the RFCs:
  // peak RSS 273 -> 240 MiB, no slower).
  const worker = new Worker(renderWorkerUrl(), {
    workerData: input,
    resourceLimits: { maxYoungGenerationSizeMb: 12 },
  });
  const output = new Promise<ShardOutput>((resolve, reject) => {
    worker.on('message', (message: RenderWorkerMessage) => {
      if (message.type === 'done') resolve(message.output);
      else reject(new CliError(message.message, message.exitCode));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`site render worker exited with code ${code}`));
    });
  });
  return { output, terminate: () => worker.terminate() };
}
