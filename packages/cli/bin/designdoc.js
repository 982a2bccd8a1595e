#!/usr/bin/env node
import { existsSync } from 'node:fs';
import v8 from 'node:v8';

// A lint run executes each function over a few hundred documents and exits: V8's optimizing
// compilers cost more than they return there, and their code and heap headroom double the
// memory. Lite mode (interpreter only) measured faster on the RFC corpus at about half the
// peak memory (bench/README.md). Set before any module loads, so every thread inherits it.
// Only lint and fix: `build` and `preview` run hot loops over every document (lite mode made a
// build of the RFC corpus three times slower), and `serve` is a long-running server whose
// dependencies compile WebAssembly, which lite mode (jitless) cannot.
const command = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
const cold = command === 'lint' || command === 'fix';
if (!process.env.DESIGNDOC_FULL_JIT && cold) v8.setFlagsFromString('--lite-mode');

// The bundle (npm run build) loads in one piece; the plain build works too.
const bundle = new URL('../bundle/main.js', import.meta.url);
await import(existsSync(bundle) ? bundle.href : '../dist/main.js');
