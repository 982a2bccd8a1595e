#!/usr/bin/env node
import v8 from 'node:v8';

// A lint run executes each function over a few hundred documents and exits: V8's optimizing
// compilers cost more than they return there, and their code and heap headroom double the
// memory. Lite mode (interpreter only) measured faster on the RFC corpus at about half the
// peak memory (bench/README.md). Set before any module loads, so every thread inherits it.
if (!process.env.DESIGNDOC_FULL_JIT) v8.setFlagsFromString('--lite-mode');
await import('../dist/main.js');
