#!/usr/bin/env node
// Install benchmark (issue 17): what `npm install` of the packed designdoc CLI costs in an empty
// project, next to markdownlint-cli2 and ESLint installed the same way in the same run; a cold
// one-document lint next to markdownlint-cli2; and `--cache` on the Rust RFCs against a full
// lint and against the floor of merely reading the files.
//
//   node install.mjs [--runs 3] [--lint-runs 15] [--cache-runs 5] [--rfcs-dir ../../shared/corpora/rust-rfcs]
//                    [--out results/install.json]
//
// Each install goes into a new empty folder from a warm npm cache (one install of each first
// warms it). Packages are node_modules/.package-lock.json's entries; size is the bytes of every
// file under node_modules. Times are whole processes (wall), medians of interleaved runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diskBytes, installedPackages } from '../test/install/installed-size.mjs';
import {
  BENCH_DIR,
  fmt,
  listMarkdown,
  machineInfo,
  markdownTable,
  median,
  parseArgs,
  REPO_DIR,
} from './lib.mjs';

const args = parseArgs(process.argv.slice(2));
const RUNS = Number(args.runs ?? 3);
const LINT_RUNS = Number(args['lint-runs'] ?? 15);
const CACHE_RUNS = Number(args['cache-runs'] ?? 5);
const RFCS = path.resolve(BENCH_DIR, args['rfcs-dir'] ?? '../../shared/corpora/rust-rfcs');
const OUT = path.resolve(BENCH_DIR, args.out ?? 'results/install.json');
const PEERS = { 'markdownlint-cli2': 'markdownlint-cli2@0.24.1', eslint: 'eslint@9.9.1' };

const work = mkdtempSync(path.join(os.tmpdir(), 'designdoc-install-bench-'));
const seconds = (start) => (performance.now() - start) / 1000;

function install(spec, label, n) {
  const dir = path.join(work, `${label}-${n}`);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "bench-project", "private": true }\n');
  const start = performance.now();
  const result = spawnSync('npm', ['install', '--save-dev', '--no-audit', '--no-fund', spec], {
    cwd: dir,
    encoding: 'utf8',
  });
  const wall = seconds(start);
  if (result.status !== 0) throw new Error(`npm install ${spec} failed: ${result.stderr}`);
  return {
    dir,
    wall,
    packages: installedPackages(dir),
    bytes: diskBytes(path.join(dir, 'node_modules')),
  };
}

function timed(command, argv, cwd) {
  const start = performance.now();
  const result = spawnSync(command, argv, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { wall: seconds(start), code: result.status };
}

try {
  // The packed CLI, as a user gets it.
  const packs = path.join(work, 'tarballs');
  mkdirSync(packs);
  execFileSync(
    'npm',
    ['pack', '--silent', '--workspace', 'packages/cli', '--pack-destination', packs],
    {
      cwd: REPO_DIR,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const tools = { designdoc: path.join(packs, readdirSync(packs)[0]), ...PEERS };

  // 1. Installs: warm the cache, then RUNS fresh installs each, interleaved.
  const installs = Object.fromEntries(Object.keys(tools).map((t) => [t, []]));
  for (const [tool, spec] of Object.entries(tools)) install(spec, `${tool}-warm`, 0);
  for (let n = 1; n <= RUNS; n++)
    for (const [tool, spec] of Object.entries(tools)) {
      installs[tool].push(install(spec, tool, n));
      process.stderr.write(`install ${tool} #${n}\n`);
    }

  // 2. A cold one-document lint (npx, and the bin without npx), interleaved.
  const doc = path.join(REPO_DIR, 'examples/payments-ledger.md');
  const project = (tool) => installs[tool][0].dir;
  const lint = {
    'designdoc (npx)': [],
    'designdoc (bin)': [],
    'markdownlint-cli2 (npx)': [],
    'markdownlint-cli2 (bin)': [],
    'node -e 0': [],
  };
  for (let n = 0; n < LINT_RUNS; n++) {
    lint['designdoc (npx)'].push(
      timed('npx', ['designdoc', 'lint', doc], project('designdoc')).wall,
    );
    lint['designdoc (bin)'].push(
      timed(
        path.join(project('designdoc'), 'node_modules/.bin/designdoc'),
        ['lint', doc],
        project('designdoc'),
      ).wall,
    );
    lint['markdownlint-cli2 (npx)'].push(
      timed('npx', ['markdownlint-cli2', doc], project('markdownlint-cli2')).wall,
    );
    lint['markdownlint-cli2 (bin)'].push(
      timed(
        path.join(project('markdownlint-cli2'), 'node_modules/.bin/markdownlint-cli2'),
        [doc],
        project('markdownlint-cli2'),
      ).wall,
    );
    lint['node -e 0'].push(timed('node', ['-e', '0'], work).wall);
  }

  // 3. --cache on the Rust RFCs: a full lint (no cache), the first --cache run (writes it), a
  // re-lint of the unchanged corpus from the cache, and the floor: a process that reads every file.
  let cache = null;
  try {
    const files = listMarkdown(RFCS);
    const bin = path.join(project('designdoc'), 'node_modules/.bin/designdoc');
    const cacheFile = path.join(work, 'rfcs.designdoccache');
    const base = [
      'lint',
      '--template',
      'rfc',
      '--format',
      'json',
      '-o',
      path.join(work, 'out.json'),
      RFCS,
    ];
    const readAll = `const fs=require('fs');let n=0;for(const f of fs.readdirSync(${JSON.stringify(RFCS)}))if(/\\.md$/.test(f))n+=fs.readFileSync(${JSON.stringify(RFCS)}+'/'+f).length;`;
    cache = {
      files: files.length,
      mb: files.reduce((n, f) => n + statSync(f).size, 0) / 1e6,
      full: [],
      first: [],
      cached: [],
      read: [],
    };
    for (let n = 0; n < CACHE_RUNS; n++) {
      cache.full.push(timed(bin, base, work).wall);
      rmSync(cacheFile, { force: true });
      cache.first.push(timed(bin, [...base, '--cache', '--cache-location', cacheFile], work).wall);
      cache.cached.push(timed(bin, [...base, '--cache', '--cache-location', cacheFile], work).wall);
      cache.read.push(timed('node', ['-e', readAll], work).wall);
    }
  } catch (error) {
    process.stderr.write(`--cache skipped: ${error.message}\n`);
  }

  // Report.
  const m = (xs) => median(xs);
  const rows = Object.entries(installs).map(([tool, runs]) => [
    tool === 'designdoc' ? 'designdoc (packed CLI)' : tools[tool],
    String(median(runs.map((r) => r.packages))),
    fmt(median(runs.map((r) => r.bytes)) / 1024 / 1024, 1),
    fmt(median(runs.map((r) => r.wall)), 1),
  ]);
  console.log(`\n### Install into an empty project (warm cache, median of ${RUNS})\n`);
  console.log(markdownTable(['package', 'packages', 'MB on disk', 'install s'], rows));
  console.log(`\n### One document, cold process (median of ${LINT_RUNS})\n`);
  console.log(
    markdownTable(
      ['command', 'median s'],
      Object.entries(lint).map(([k, v]) => [k, fmt(m(v), 3)]),
    ),
  );
  if (cache) {
    console.log(
      `\n### --cache on the Rust RFCs (${cache.files} files, ${fmt(cache.mb, 1)} MB; median of ${CACHE_RUNS})\n`,
    );
    console.log(
      markdownTable(
        ['run', 'median s', '× reading the files'],
        [
          ['read every file (node, the floor)', fmt(m(cache.read), 3), '1.00'],
          ['lint, no cache', fmt(m(cache.full), 3), fmt(m(cache.full) / m(cache.read))],
          [
            'lint --cache, first run (writes it)',
            fmt(m(cache.first), 3),
            fmt(m(cache.first) / m(cache.read)),
          ],
          [
            'lint --cache, unchanged corpus',
            fmt(m(cache.cached), 3),
            fmt(m(cache.cached) / m(cache.read)),
          ],
        ],
      ),
    );
  }
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(
    OUT,
    `${JSON.stringify({ date: new Date().toISOString(), machine: machineInfo(), installs, lint, cache }, (k, v) => (k === 'dir' ? undefined : v), 2)}\n`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
