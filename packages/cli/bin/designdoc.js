#!/usr/bin/env node
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';

// A lint run executes each function over a few hundred documents and exits. V8's optimizing
// compiler (TurboFan) costs more than it returns there, and its code and heap headroom double
// the memory; the baseline compiler (Sparkplug) is cheap and pays for itself on the parser and
// rule loops, which run for every line. So: Sparkplug without TurboFan, and heap sizing that
// favours memory. Measured against V8 lite mode (interpreter only, the previous setting) with
// callgrind on 81 RFCs: −26 % instructions for the linting itself, same start-up
// (bench/README.md). Set before any module loads, so every thread inherits it.
// Only lint, fix and check-api: `build` and `preview` run hot loops over every document, where
// TurboFan pays (lite mode made a build of the RFC corpus three times slower), and `serve` is a
// long-running server. check-api reads an OpenAPI description once (bench/check-api.mjs: peak RSS
// 86 -> 66 MB, and no slower, on 300 operations).
const command = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
const cold = command === 'lint' || command === 'fix' || command === 'check-api';
if (!process.env.DESIGNDOC_FULL_JIT && cold) {
  v8.setFlagsFromString('--no-opt --sparkplug --optimize-for-size');
}
// A server's rows and strings live from a database reply to the response, across a young
// collection when the reply is awaited (PostgreSQL): V8 then learns to allocate them in the old
// generation at once (allocation-site pretenuring), where they wait as garbage for the next full
// collection. Measured under 10-connection lists on 100,000 documents: peak RSS 320 -> 233 MiB,
// and more requests per second (bench/README.md, Scale).
if (!process.env.DESIGNDOC_FULL_JIT && command === 'serve')
  v8.setFlagsFromString('--no-allocation-site-pretenuring');

// A site build makes a page's worth of garbage per document while its search index grows with
// the documents; by default V8 lets the old generation grow to several times what is live
// before collecting it. Growth by 30 % at most: 5,000 documents built in 406 -> 297 MiB, no
// slower (bench/README.md, "Building a site").
if (!process.env.DESIGNDOC_FULL_JIT && (command === 'build' || command === 'preview'))
  v8.setFlagsFromString('--heap-growing-percent=30');
// The bundle (npm run build) loads in one piece; the plain build works too.
const bundle = new URL('../bundle/main.js', import.meta.url);
const bundled = existsSync(bundle);
if (!process.env.DESIGNDOC_NO_PRESTART && (command === 'lint' || command === 'fix'))
  prestartLintWorker(process.argv.slice(process.argv.indexOf(command) + 1));
await import(bundled ? bundle.href : '../dist/main.js');

/**
 * A lint of a folder, a glob or many files runs on a worker thread too (lint/lint-files.ts). Start
 * that worker now, so that it loads its code while this thread loads the CLI's: on the RFC corpus
 * it starts linting about 0.15 s sooner (bench/README.md). lint-files.ts takes it from
 * `globalThis`. Unreferenced, it does not keep the process alive when the files turn out to be
 * too few for a second thread. Not with `--cache`, whose runs mostly lint nothing (15 MiB for no
 * work), nor where a run lints one text or none (`--stdin`, `--server`) or runs on (`--watch`).
 */
function prestartLintWorker(args) {
  if (availableParallelism() < 2) return;
  if (args.some((arg) => /^--(?:stdin|server|cache|watch|fix-dry-run)\b/.test(arg))) return;
  const targets = args.filter((arg) => !arg.startsWith('-'));
  const isFolder = (arg) => {
    try {
      return statSync(arg).isDirectory();
    } catch {
      return false;
    }
  };
  if (targets.length < 16 && !targets.some((arg) => /[*?{[]/.test(arg) || isFolder(arg))) return;
  const script = bundled ? '../bundle/lint-worker.js' : '../dist/lint/lint-worker.js';
  const worker = new Worker(new URL(script, import.meta.url));
  worker.unref();
  globalThis[Symbol.for('designdoc.prestartedLintWorker')] = worker;
}
