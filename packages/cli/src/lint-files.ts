import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ConfigFinder } from './config/load-config.js';
import { CliError } from './io.js';
import { type FileResult, type LintFileOptions, lintFile } from './lint-file.js';
import { claimFile, type LintQueue } from './lint-queue.js';

export interface LintFilesOptions extends LintFileOptions {
  configPath?: string;
  onProgress?: (done: number, total: number) => void;
}

/** The compiled worker; when this module runs from source (under Vitest) the build's copy is used. */
const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('../dist/lint-worker.js', import.meta.url)
  : new URL('./lint-worker.js', import.meta.url);

/** Below this much work a second thread costs more to start than it saves. */
const PARALLEL_MIN_BYTES = 1_500_000;
const PARALLEL_MIN_FILES = 16;

/** Messages from a lint worker. */
export type WorkerMessage =
  | { type: 'progress'; done: number }
  | { type: 'done'; results: FileResult[] }
  | { type: 'error'; message: string; exitCode: number };

/**
 * Lint many files, on every core when the work is big enough: this thread and worker threads
 * take files from one shared queue, and the results come back in path order.
 */
export async function lintFiles(files: string[], options: LintFilesOptions): Promise<FileResult[]> {
  const sizes = files.map((file) => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  });
  const total = sizes.reduce((a, b) => a + b, 0);
  const threads = Math.min(availableParallelism(), 4);
  const finder = new ConfigFinder(options.configPath ?? null, options.cwd);
  const fileOptions: LintFileOptions = {
    cwd: options.cwd,
    fix: options.fix,
    write: options.write,
    ...(options.template ? { template: options.template } : {}),
  };
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, files.length);
  };
  if (threads < 2 || total < PARALLEL_MIN_BYTES || files.length < PARALLEL_MIN_FILES) {
    return files.map((file) => {
      const result = lintFile(file, finder, fileOptions);
      progress(1);
      return result;
    });
  }
  const queue: LintQueue = {
    files: files
      .map((_, i) => i)
      .sort((a, b) => (sizes[b] as number) - (sizes[a] as number))
      .map((i) => files[i] as string),
    next: new Int32Array(new SharedArrayBuffer(4)),
  };
  const workers = Array.from({ length: threads - 1 }, () => runWorker(queue, options, progress));
  const own: FileResult[] = [];
  try {
    for (let file = claimFile(queue); file !== undefined; file = claimFile(queue)) {
      own.push(lintFile(file, finder, fileOptions));
      progress(1);
    }
  } catch (error) {
    // This thread's error (a bad template spec, say) ends the run; the workers' results, and
    // their own failure with the same error, must not then go unhandled and crash the process.
    for (const worker of workers) {
      worker.results.catch(() => {});
      void worker.terminate();
    }
    throw error;
  }
  const results = [...own, ...(await Promise.all(workers.map((w) => w.results))).flat()];
  const order = new Map(files.map((file, i) => [file, i]));
  return results.sort((a, b) => (order.get(a.filePath) ?? 0) - (order.get(b.filePath) ?? 0));
}

/** A worker thread linting from the queue: its results to come, and a way to stop it early. */
interface LintWorker {
  results: Promise<FileResult[]>;
  terminate(): Promise<number>;
}

function runWorker(
  queue: LintQueue,
  options: LintFilesOptions,
  progress: (n: number) => void,
): LintWorker {
  const worker = new Worker(WORKER_URL, {
    workerData: {
      queue,
      options: {
        cwd: options.cwd,
        fix: options.fix,
        write: options.write,
        template: options.template,
        configPath: options.configPath,
      },
    },
  });
  const results = new Promise<FileResult[]>((resolvePromise, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') progress(message.done);
      else if (message.type === 'done') resolvePromise(message.results);
      else reject(new CliError(message.message, message.exitCode));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`lint worker exited with code ${code}`));
    });
  });
  return { results, terminate: () => worker.terminate() };
}
