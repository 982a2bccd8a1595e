#!/usr/bin/env node
// Static-site search at scale (issue 21, goal 4): build a site of N documents with `designdoc
// build`, open it from disk (file://, as a reader who unzipped it would) in Chromium through
// playwright-core, and time queries typed into the search box, from the keystroke to the
// results in the list. Each run is a new browser context (a cold cache) that types one query
// first, cold, then the others; the cold query rotates through the list run by run. Also reports
// the search files the build wrote (the largest is what a query may have to load at once) and
// the bytes the first query made the page load.
//
//   node site-search.mjs --docs 2000 [--runs 5] [--bin ../packages/cli/bin/designdoc.js]
//   node site-search.mjs --rfcs [--rfcs-dir ../../shared/corpora/rust-rfcs]
//
// --docs N makes N distinct documents with scale-documents.mjs (tdd, rfc and adr documents of
// 2–40 KB from the generated tdd corpus and the Rust RFCs); --rfcs builds the 649 RFCs.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH_DIR, die, fmt, machineInfo, median, parseArgs, REPO_DIR, timedRun } from './lib.mjs';
import { RFC_DIR, writeScaleDocuments } from './scale-documents.mjs';

let args;
try {
  args = parseArgs(process.argv.slice(2), { flags: ['rfcs', 'keep'] });
} catch (error) {
  die(error.message);
}
const runs = Number(args.runs ?? 5);
if (!Number.isInteger(runs) || runs < 1) die(`--runs must be a whole number ≥ 1, got ${args.runs}`);
const docs = args.rfcs ? null : Number(args.docs ?? 2000);
if (docs !== null && (!Number.isInteger(docs) || docs < 1))
  die(`--docs must be a whole number ≥ 1, got ${args.docs}`);
const bin = path.resolve(
  BENCH_DIR,
  args.bin ?? path.join(REPO_DIR, 'packages/cli/bin/designdoc.js'),
);
const rfcs = path.resolve(BENCH_DIR, args['rfcs-dir'] ?? RFC_DIR);
const label = docs === null ? 'rfcs' : String(docs);
const outFile = path.resolve(BENCH_DIR, args.out ?? `results/site-search-${label}.json`);
const CHROMIUM = '/usr/bin/chromium';
const { chromium } = createRequire(path.join(REPO_DIR, 'package.json'))('playwright-core');

/** Words both corpora hold: plain, two words (AND), a prefix, a typo, a rare word. */
const QUERIES = [
  'performance',
  'error handling',
  'compat',
  'compatability',
  'backwards compatibility',
  'migration',
  'deprecation warning',
];

const work = mkdtempSync(path.join(os.tmpdir(), 'designdoc-site-search-'));
const site = path.join(work, 'site');
try {
  let source = rfcs;
  if (docs !== null) {
    source = path.join(work, 'docs');
    writeScaleDocuments(source, docs);
  }
  const build = await timedRun(
    [
      process.execPath,
      bin,
      'build',
      ...(docs === null ? ['--template', 'rfc'] : []),
      source,
      '--out',
      site,
    ],
    {
      cwd: work,
      stdoutFile: path.join(work, 'build.out'),
      stderrFile: path.join(work, 'build.err'),
      timeFile: path.join(work, 'build.time'),
    },
  );
  if (build.exitCode !== 0) die(`designdoc build failed with exit code ${build.exitCode}`);
  const documents = readdirSync(path.join(site, 'docs')).filter((f) => f.endsWith('.html')).length;
  process.stderr.write(`built ${documents} documents in ${build.wallS.toFixed(1)} s\n`);

  const searchFiles = listSearchFiles(site);
  const sizes = searchFiles.map((f) => f.bytes);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
  });
  const cold = [];
  const warm = [];
  const coldBytes = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(pathToFileURL(path.join(site, 'index.html')).href);
      const requested = [];
      page.on('request', (request) => requested.push(request.url()));
      const order = QUERIES.map((_, i) => QUERIES[(run + i) % QUERIES.length]);
      for (const [i, query] of order.entries()) {
        requested.length = 0;
        const timed = await timeQuery(page, query);
        timed.loaded = [...requested];
        if (timed.error) die(`query “${query}” failed in the page: ${timed.error}`);
        if (i === 0) {
          cold.push(timed.ms);
          coldBytes.push(bytesOf(timed.loaded, site));
        } else warm.push(timed.ms);
        process.stderr.write(
          `run ${run + 1} ${i === 0 ? 'cold' : 'warm'} “${query}”: ${timed.ms.toFixed(0)} ms, ${timed.results} results\n`,
        );
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const row = {
    corpus: docs === null ? 'Rust RFCs' : `${docs} generated documents`,
    documents,
    buildWallS: build.wallS,
    buildPeakRssMiB: build.peakRssKiB / 1024,
    searchFiles: searchFiles.length,
    largestFileBytes: Math.max(...sizes),
    largestFile: searchFiles.find((f) => f.bytes === Math.max(...sizes))?.name,
    totalBytes: sizes.reduce((a, b) => a + b, 0),
    firstQueryMedianMs: median(cold),
    firstQueryMinMs: Math.min(...cold),
    firstQueryMaxMs: Math.max(...cold),
    firstQueryMedianBytes: median(coldBytes),
    laterQueryMedianMs: median(warm),
  };
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(
    outFile,
    `${JSON.stringify({ machine: machineInfo(), runs, queries: QUERIES, bin, row }, null, 2)}\n`,
  );
  const mb = (bytes) => fmt(bytes / 1e6, 2);
  console.log(
    '| corpus | documents | search files | largest MB | total MB | first query ms (median, min–max) | MB loaded by it | later queries ms (median) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  console.log(
    `| ${row.corpus} | ${documents} | ${row.searchFiles} | ${mb(row.largestFileBytes)} | ${mb(row.totalBytes)} | ${fmt(row.firstQueryMedianMs, 0)} (${fmt(row.firstQueryMinMs, 0)}–${fmt(row.firstQueryMaxMs, 0)}) | ${mb(row.firstQueryMedianBytes)} | ${fmt(row.laterQueryMedianMs, 0)} |`,
  );
} finally {
  if (!args.keep) rmSync(work, { recursive: true, force: true });
  else process.stderr.write(`kept ${work}\n`);
}

/**
 * The files of the search index and engine under assets/: the one-file index of old
 * (search-index-N.js and minisearch.js) or the manifests, pieces and engine of the split one.
 */
function listSearchFiles(siteDir) {
  const assets = path.join(siteDir, 'assets');
  const names = readdirSync(assets, { recursive: true }).filter((name) =>
    /search|minisearch/.test(name),
  );
  return names
    .map((name) => ({ name, bytes: statSync(path.join(assets, name)).size }))
    .filter((file) => statSync(path.join(assets, file.name)).isFile());
}

/** The bytes of the site's files a page requested (file:// URLs). */
function bytesOf(urls, siteDir) {
  const root = pathToFileURL(siteDir).href;
  return urls
    .filter((url) => url.startsWith(root))
    .reduce((n, url) => n + statSync(new URL(url)).size, 0);
}

/**
 * Focus the search box, type `query` in one go and wait for the list to show its results (or
 * "No matches"); timed in the page. The list is emptied first, so a stale list cannot count.
 */
function timeQuery(page, query) {
  return page.evaluate(async (query) => {
    const input = document.getElementById('dd-search');
    const list = document.getElementById('dd-search-results');
    const ready = () => !list.hidden && list.querySelector('li') !== null;
    const settle = (check) =>
      new Promise((resolve) => {
        if (check()) return resolve();
        const observer = new MutationObserver(() => {
          if (!check()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(list, { childList: true, subtree: true, attributes: true });
      });
    if (list.querySelector('li')) {
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle(() => list.querySelector('li') === null);
    }
    const start = performance.now();
    input.focus();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(ready);
    const ms = performance.now() - start;
    const options = list.querySelectorAll('li[role="option"]').length;
    const empty = list.querySelector('li.empty')?.textContent ?? '';
    return {
      ms,
      results: options,
      error: options === 0 && empty !== 'No matches' ? empty : null,
    };
  }, query);
}
