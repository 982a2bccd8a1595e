#!/usr/bin/env node
import { existsSync } from 'node:fs';
import v8 from 'node:v8';

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

// The bundle (npm run build) loads in one piece; the plain build works too.
const bundle = new URL('../bundle/main.js', import.meta.url);
await import(existsSync(bundle) ? bundle.href : '../dist/main.js');
