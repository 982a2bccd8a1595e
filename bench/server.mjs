#!/usr/bin/env node
// The server's speed (issue 3, "Speed and scale"), side by side in one run, medians:
//  - GET a 20 KB document by id, 10 connections: designdoc (as Markdown and as JSON) against a
//    bare Fastify route reading the same row with better-sqlite3 (server-baseline.mjs);
//  - saves (PUT of a 20 KB tdd document: parse, lint, transaction, dashboards, search index),
//    10 clients each saving its own document in a loop, on SQLite and on PostgreSQL.
//
//   node server.mjs [--runs 3] [--seconds 10] [--only get,saves] [--postgres postgres://postgres@127.0.0.1:5432/postgres | none] [--out results/server.json]
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import {
  BENCH_AUTH,
  BENCH_DIR,
  benchProcesses,
  die,
  freePort,
  machineInfo,
  median,
  parseArgs,
  REPO_DIR,
  startDesigndoc as startDesigndocProcess,
  startProcess,
  stopProcess,
} from './lib.mjs';

let args;
try {
  args = parseArgs(process.argv.slice(2));
} catch (error) {
  die(error.message);
}
const runs = Number(args.runs ?? 3);
const seconds = Number(args.seconds ?? 10);
const only = new Set((args.only ?? 'get,saves').split(','));
for (const part of only)
  if (part !== 'get' && part !== 'saves')
    die(`--only: unknown part “${part}”, expected get, saves`);
const postgresUrl = args.postgres ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const outFile = path.resolve(BENCH_DIR, args.out ?? 'results/server.json');
const bin = path.join(REPO_DIR, 'packages/cli/bin/designdoc.js');
const work = mkdtempSync(path.join(os.tmpdir(), 'designdoc-server-bench-'));
const { children, cleanup } = benchProcesses(work);

/** A ~20 KB tdd document: the generated corpus file closest to 20 KB, else a repeated example. */
function twentyKbDocument() {
  const corpus = path.join(BENCH_DIR, 'corpus/tdd');
  try {
    const files = readdirSync(corpus).map((f) => path.join(corpus, f));
    const best = files.sort(
      (a, b) => Math.abs(statSync(a).size - 20480) - Math.abs(statSync(b).size - 20480),
    )[0];
    if (best) return readFileSync(best, 'utf8');
  } catch {}
  return readFileSync(path.join(REPO_DIR, 'examples/payments-ledger.md'), 'utf8');
}

async function api(base, method, url, body, headers = {}) {
  const response = await fetch(new URL(url, base), {
    method,
    headers: {
      ...(typeof body === 'string'
        ? { 'content-type': 'text/markdown' }
        : { 'content-type': 'application/json' }),
      ...BENCH_AUTH,
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 400) throw new Error(`${method} ${url}: ${response.status} ${text}`);
  return { response, body: text ? JSON.parse(text.startsWith('{') ? text : '{}') : {} };
}

async function startDesigndoc(env) {
  return (await startDesigndocProcess(env, { cwd: work, children })).url;
}

/** GET throughput with autocannon: median of the runs' mean requests/s, median of their p99 latency. */
async function getRun(url, headers) {
  await autocannon({ url, connections: 10, duration: 2, headers }); // warm-up
  const result = await autocannon({ url, connections: 10, duration: seconds, headers });
  if (result.non2xx > 0 || result.errors > 0)
    die(`GET ${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    bytes: result.throughput.average / result.requests.average,
  };
}

/** Saves: `clients` loops, each PUTting its own document with the ETag of its last save. */
async function saveRun(base, ids, markdown) {
  const deadline = Date.now() + seconds * 1000;
  const latencies = [];
  let failed = 0;
  await Promise.all(
    ids.map(async (id, client) => {
      let etag = (
        await fetch(new URL(`api/v1/documents/${id}`, base), { headers: BENCH_AUTH })
      ).headers.get('etag');
      let n = 0;
      while (Date.now() < deadline) {
        const started = performance.now();
        const response = await fetch(new URL(`api/v1/documents/${id}`, base), {
          method: 'PUT',
          headers: { 'content-type': 'text/markdown', 'if-match': etag, ...BENCH_AUTH },
          body: `${markdown}\n<!-- client ${client} revision ${n++} -->\n`,
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - started);
        if (response.status !== 200) failed++;
        else etag = response.headers.get('etag');
      }
    }),
  );
  if (failed > 0) die(`${failed} saves failed`);
  latencies.sort((a, b) => a - b);
  return { saves: latencies.length / seconds, p99: latencies[Math.floor(latencies.length * 0.99)] };
}

async function seed(base, markdown, count) {
  await api(base, 'POST', 'api/v1/workspaces', { slug: 'bench', name: 'Bench' });
  const ids = [];
  for (let i = 0; i < count; i++)
    ids.push((await api(base, 'POST', 'api/v1/workspaces/bench/documents', markdown)).body.id);
  return ids;
}

const markdown = twentyKbDocument();
const results = {
  machine: machineInfo(),
  runs,
  seconds,
  documentBytes: Buffer.byteLength(markdown),
  get: {},
  saves: {},
};
try {
  // SQLite: GET side by side with the baseline, then saves.
  const dataDir = path.join(work, 'sqlite');
  const sqlite = await startDesigndoc({ DESIGNDOC_DATA_DIR: dataDir });
  const ids = await seed(sqlite, markdown, 10);
  if (only.has('get')) {
    const baselinePort = await freePort();
    await startProcess(
      [
        path.join(BENCH_DIR, 'server-baseline.mjs'),
        path.join(dataDir, 'designdoc.db'),
        String(baselinePort),
      ],
      {},
      /baseline on/,
      { cwd: work, children },
    );
    const targets = {
      baseline: { url: `http://127.0.0.1:${baselinePort}/doc/${ids[0]}`, headers: {} },
      'designdoc (text/markdown)': {
        url: `${sqlite}api/v1/documents/${ids[0]}`,
        headers: { accept: 'text/markdown', ...BENCH_AUTH },
      },
      'designdoc (JSON with model and diagnostics)': {
        url: `${sqlite}api/v1/documents/${ids[0]}`,
        headers: BENCH_AUTH,
      },
    };
    const samples = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
    for (let run = 1; run <= runs; run++)
      for (const [name, { url, headers }] of Object.entries(targets)) {
        const sample = await getRun(url, headers);
        samples[name].push(sample);
        process.stderr.write(
          `GET ${name} run ${run}: ${sample.rps.toFixed(0)} req/s, p99 ${sample.p99} ms\n`,
        );
      }
    for (const [name, list] of Object.entries(samples))
      results.get[name] = {
        rps: median(list.map((s) => s.rps)),
        p99: median(list.map((s) => s.p99)),
        bytes: Math.round(median(list.map((s) => s.bytes))),
      };
  }
  if (only.has('saves')) {
    const sqliteSaves = [];
    for (let run = 1; run <= runs; run++) {
      sqliteSaves.push(await saveRun(sqlite, ids, markdown));
      process.stderr.write(`saves SQLite run ${run}: ${sqliteSaves.at(-1).saves.toFixed(0)}/s\n`);
    }
    results.saves.SQLite = {
      perSecond: median(sqliteSaves.map((s) => s.saves)),
      p99: median(sqliteSaves.map((s) => s.p99)),
    };
  }
  for (const child of [...children]) await stopProcess(child, children);

  // PostgreSQL: a fresh database, migrated, then the same saves.
  if (only.has('saves') && postgresUrl !== 'none') await postgresSaves();
} finally {
  cleanup();
}

async function postgresSaves() {
  const pg = (await import('pg')).default;
  const name = `designdoc_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  try {
    const migrate = spawn(process.execPath, [bin, 'migrate'], {
      env: { PATH: process.env.PATH, DATABASE_URL: url.toString() },
    });
    await new Promise((resolve) => migrate.on('exit', resolve));
    const postgres = await startDesigndoc({ DATABASE_URL: url.toString() });
    const pgIds = await seed(postgres, markdown, 10);
    const pgSaves = [];
    for (let run = 1; run <= runs; run++) {
      pgSaves.push(await saveRun(postgres, pgIds, markdown));
      process.stderr.write(`saves PostgreSQL run ${run}: ${pgSaves.at(-1).saves.toFixed(0)}/s\n`);
    }
    results.saves.PostgreSQL = {
      perSecond: median(pgSaves.map((s) => s.saves)),
      p99: median(pgSaves.map((s) => s.p99)),
    };
    for (const child of [...children]) await stopProcess(child, children);
  } finally {
    const drop = new pg.Client({ connectionString: postgresUrl });
    await drop.connect();
    await drop.query(`drop database if exists ${name} with (force)`);
    await drop.end();
  }
}

writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
if (only.has('get')) {
  const base = results.get.baseline.rps;
  console.log(
    `GET a ${(results.documentBytes / 1024).toFixed(1)} KB document, 10 connections, ${seconds} s × ${runs} runs (medians):\n`,
  );
  console.log('| target | requests/s | p99 ms | response bytes | share of baseline |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [name, r] of Object.entries(results.get))
    console.log(
      `| ${name} | ${r.rps.toFixed(0)} | ${r.p99} | ${r.bytes} | ${((r.rps / base) * 100).toFixed(0)}% |`,
    );
}
if (only.has('saves')) {
  console.log(
    `\nSaves (PUT of the same document with a changed line, 10 clients, ${seconds} s × ${runs} runs, medians):\n`,
  );
  console.log('| database | saves/s | p99 ms |');
  console.log('| --- | --- | --- |');
  for (const [db, r] of Object.entries(results.saves))
    console.log(`| ${db} | ${r.perSecond.toFixed(0)} | ${r.p99.toFixed(1)} |`);
}
