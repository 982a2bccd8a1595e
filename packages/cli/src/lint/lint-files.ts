import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setImmediate } from 'node:timers/promises';
import type { Worker as WorkerThread } from 'node:worker_threads';
import { ConfigFinder } from '../config/load-config.js';
import { CliError } from '../io.js';
import { workerUrl } from '../worker-url.js';
import { type CacheKey, cacheKeyOf, cacheKeyOfText, type LintCache } from './lint-cache.js';
import { type FileResult, forgetLinkTargets, lintFile } from './lint-file.js';
import type { LintRunOptions } from './lint-options.js';
import { claimFile, claimIndex, type LintQueue } from './lint-queue.js';

/** What a run of `lintFiles` reports as it goes and reuses, beside the options of every file. */
export interface LintFilesRun {
  onProgress?: (done: number, total: number) => void;
  /** `--cache`, `--watch`: results to reuse for unchanged files, and to keep new ones in. */
  cache?: LintCache;
  /** Told of each file whose result came from the cache (`--debug` says which). */
  onCached?: (file: string) => void;
  /** `--debug` and `TIMING`: milliseconds per rule id, summed over files; absent, nothing is timed. */
  timing?: Map<string, number>;
}

/** The worker script, beside this module compiled, and beside the chunks in the bundle. */
const WORKER_URL = workerUrl(import.meta.url, './lint-worker.js');

/** Below this much work a second thread costs more to start than it saves. */
const PARALLEL_MIN_BYTES = 1_500_000;
const PARALLEL_MIN_FILES = 16;

/** What a lint worker is started with (plain data: it crosses to another thread). */
export interface LintWorkerData {
  queue: LintQueue;
  options: LintRunOptions;
  /** Time each rule and send the sums back. */
  timing: boolean;
  /** Send back, per file, the link targets asked about (for the cache). */
  trackLinks: boolean;
  /** Send each result back as it is made, with its queue index (`lintFilesInOrder`). */
  stream?: boolean;
}

/** Messages from a lint worker. */
export type WorkerMessage =
  | { type: 'progress'; done: number }
  /** Streamed results: queue index and result. */
  | { type: 'results'; results: [number, FileResult][] }
  | {
      type: 'done';
      results: FileResult[];
      /** With `trackLinks`: each result's link targets and whether they exist. */
      links?: [string, boolean][][];
      /** With `timing`: milliseconds per rule id over this worker's files. */
      timing?: [string, number][];
    }
  | { type: 'error'; message: string; exitCode: number };

/** One file's result, with the link targets it asked about when they are tracked. */
interface Linted {
  result: FileResult;
  links?: Map<string, boolean>;
}

/**
 * Lint many files, on every core when the work is big enough: this thread and worker threads
 * take files from one shared queue, and the results come back in path order. With a cache, a
 * file whose key (see `cacheKeyOf`) has a result is not queued at all: it costs a stat (a read
 * and a hash when its size or modification time changed).
 */
export async function lintFiles(
  files: string[],
  options: LintRunOptions,
  run: LintFilesRun = {},
): Promise<FileResult[]> {
  forgetLinkTargets();
  const finder = new ConfigFinder(options.configPath ?? null, options.cwd);
  let done = 0;
  const progress = (n: number) => {
    done += n;
    run.onProgress?.(done, files.length);
  };
  const cache = run.cache;
  const cached: FileResult[] = [];
  const keys = new Map<string, CacheKey>();
  let queued = files;
  if (cache) {
    queued = [];
    for (const file of files) {
      const key = cacheKeyOf(file, finder, options, cache);
      const hit = key && cache.lookup(file, key, options.fix);
      if (hit) {
        cache.restamp(file, key);
        cached.push(hit);
        run.onCached?.(file);
        continue;
      }
      if (key) keys.set(file, key);
      queued.push(file);
    }
    progress(cached.length);
  }
  const linted = await lintQueued(queued, finder, options, run.timing, Boolean(cache), progress);
  if (cache)
    for (const { result, links } of linted) {
      // A file --fix rewrote is cached as written; a dry run's fixed text is on no disk.
      const key =
        result.output === undefined
          ? keys.get(result.filePath)
          : options.write
            ? cacheKeyOfText(result.filePath, result.output, finder, options)
            : undefined;
      if (key) cache.store(result.filePath, key, result, links ?? new Map());
    }
  const results = [...cached, ...linted.map((each) => each.result)];
  const order = new Map(files.map((file, i) => [file, i]));
  return results.sort((a, b) => (order.get(a.filePath) ?? 0) - (order.get(b.filePath) ?? 0));
}

/**
 * Lint `files` and hand each result to `onResult` in the order of `files`, keeping none: the
 * memory of a run is the same for ten files or ten thousand, where `lintFiles` keeps every
 * result until the end (the report is written as the results come: formatters/formatter.ts,
 * StreamingFormat). Threads take files in path order, so a result waits only for the few files
 * before it still being linted. No cache (`--cache` runs use `lintFiles`).
 */
export async function lintFilesInOrder(
  files: string[],
  options: LintRunOptions,
  run: Pick<LintFilesRun, 'onProgress' | 'timing'>,
  onResult: (result: FileResult) => void,
): Promise<void> {
  forgetLinkTargets();
  const finder = new ConfigFinder(options.configPath ?? null, options.cwd);
  const { timing } = run;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    run.onProgress?.(done, files.length);
  };
  const lintOne = (file: string): FileResult => {
    const result = lintFile(file, finder, options, timing ? { timing } : {});
    progress(1);
    return result;
  };
  // Stat only until there is enough work for a second thread.
  const threads = threadsFor(
    files.length,
    (function* sizes() {
      for (const file of files) yield sizeOf(file);
    })(),
  );
  if (threads < 2) {
    for (const file of files) onResult(lintOne(file));
    return;
  }
  const inOrder = new InOrder(onResult);
  const queue: LintQueue = { files, next: new Int32Array(new SharedArrayBuffer(4)) };
  const workerData: LintWorkerData = {
    queue,
    options,
    timing: Boolean(timing),
    trackLinks: false,
    stream: true,
  };
  const { Worker } = await import('node:worker_threads');
  const workers = Array.from({ length: threads - 1 }, () =>
    runWorker(Worker, workerData, progress, (batch) => {
      for (const [index, result] of batch) inOrder.put(index, result);
    }),
  );
  try {
    let sinceTurn = 0;
    for (let index = claimIndex(queue); index < files.length; index = claimIndex(queue)) {
      inOrder.put(index, lintOne(files[index] as string));
      // Let the workers' results in, to be written and dropped as they come.
      if (++sinceTurn === 8) {
        sinceTurn = 0;
        await setImmediate();
      }
    }
  } catch (error) {
    abandon(workers);
    throw error;
  }
  addTimings(timing, await Promise.all(workers.map((w) => w.done)));
  inOrder.finish(files.length);
}

/** Results put by queue index, handed on in index order as soon as the ones before are in. */
class InOrder {
  private next = 0;
  private readonly waiting = new Map<number, FileResult>();

  constructor(private readonly deliver: (result: FileResult) => void) {}

  put(index: number, result: FileResult): void {
    if (index !== this.next) {
      this.waiting.set(index, result);
      return;
    }
    this.deliver(result);
    this.next++;
    for (let after = this.waiting.get(this.next); after; after = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.deliver(after);
      this.next++;
    }
  }

  finish(count: number): void {
    if (this.next !== count)
      throw new Error(`lint results: ${this.next} of ${count} files came back in order`);
  }
}

/**
 * How many threads to lint `count` files of `sizes` on: one when a second costs more to start
 * than it saves.
 */
function threadsFor(count: number, sizes: Iterable<number>): number {
  if (count < PARALLEL_MIN_FILES) return 1;
  let total = 0;
  for (const size of sizes) {
    total += size;
    if (total >= PARALLEL_MIN_BYTES) return Math.min(availableParallelism(), 4);
  }
  return 1;
}

/** A file's size in bytes, 0 when it cannot be read (lintFile reports that). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Lint files on this thread, or across threads when there is enough work. */
async function lintQueued(
  files: string[],
  finder: ConfigFinder,
  options: LintRunOptions,
  timing: Map<string, number> | undefined,
  trackLinks: boolean,
  progress: (n: number) => void,
): Promise<Linted[]> {
  const sizes = files.map(sizeOf);
  const threads = threadsFor(files.length, sizes);
  const lintOne = (file: string): Linted => {
    const links = trackLinks ? new Map<string, boolean>() : undefined;
    const result = lintFile(file, finder, options, {
      ...(timing ? { timing } : {}),
      ...(links ? { links } : {}),
    });
    progress(1);
    return links ? { result, links } : { result };
  };
  if (threads < 2) return files.map(lintOne);
  const queue: LintQueue = {
    files: files
      .map((_, i) => i)
      .sort((a, b) => (sizes[b] as number) - (sizes[a] as number))
      .map((i) => files[i] as string),
    next: new Int32Array(new SharedArrayBuffer(4)),
  };
  const workerData: LintWorkerData = { queue, options, timing: Boolean(timing), trackLinks };
  // Loaded here, not at start: most runs (one document, a cached corpus) start no worker.
  const { Worker } = await import('node:worker_threads');
  const workers = Array.from({ length: threads - 1 }, () =>
    runWorker(Worker, workerData, progress),
  );
  const own: Linted[] = [];
  try {
    for (let file = claimFile(queue); file !== undefined; file = claimFile(queue))
      own.push(lintOne(file));
  } catch (error) {
    abandon(workers);
    throw error;
  }
  const theirs = await Promise.all(workers.map((w) => w.done));
  addTimings(timing, theirs);
  return [
    ...own,
    ...theirs.flatMap(({ results, links }) =>
      results.map((result, i) => {
        const tracked = links?.[i];
        return tracked ? { result, links: new Map(tracked) } : { result };
      }),
    ),
  ];
}

/**
 * Stop the workers when this thread's error (a bad template spec, say) ends the run: their
 * results, and their own failure with the same error, must not then go unhandled and crash
 * the process.
 */
function abandon(workers: LintWorker[]): void {
  for (const worker of workers) {
    worker.done.catch(() => {});
    void worker.terminate();
  }
}

/** Add the rule timings the workers sent to this thread's. */
function addTimings(
  timing: Map<string, number> | undefined,
  theirs: Extract<WorkerMessage, { type: 'done' }>[],
): void {
  if (!timing) return;
  for (const [id, ms] of theirs.flatMap((each) => each.timing ?? []))
    timing.set(id, (timing.get(id) ?? 0) + ms);
}

/** A worker thread linting from the queue: what it will send when done, and a way to stop it. */
interface LintWorker {
  done: Promise<Extract<WorkerMessage, { type: 'done' }>>;
  terminate(): Promise<number>;
}

/**
 * Where bin/designdoc.js leaves the lint worker it started before loading the CLI (a `lint` of a
 * folder, on more than one core): the worker loads its code while this thread loads its own, and
 * is ready to take files about 0.1 s sooner. Unreferenced until taken, so a run that lints on one
 * thread exits without waiting for it.
 */
const PRESTARTED = Symbol.for('designdoc.prestartedLintWorker');

function takePrestartedWorker(): WorkerThread | undefined {
  const global = globalThis as { [PRESTARTED]?: WorkerThread };
  const worker = global[PRESTARTED];
  if (!worker) return undefined;
  delete global[PRESTARTED];
  worker.ref();
  return worker;
}

function runWorker(
  Worker: typeof WorkerThread,
  workerData: LintWorkerData,
  progress: (n: number) => void,
  onResults?: (results: [number, FileResult][]) => void,
): LintWorker {
  const worker = takePrestartedWorker() ?? new Worker(WORKER_URL);
  worker.postMessage(workerData);
  const done = new Promise<Extract<WorkerMessage, { type: 'done' }>>((resolvePromise, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') progress(message.done);
      else if (message.type === 'results') onResults?.(message.results);
      else if (message.type === 'done') resolvePromise(message);
      else reject(new CliError(message.message, message.exitCode));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`lint worker exited with code ${code}`));
    });
  });
  return { done, terminate: () => worker.terminate() };
}
