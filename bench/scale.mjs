#!/usr/bin/env node
// The server at scale (issue 3): 100,000 documents stored, search p95 < 50 ms, list p95 < 20 ms,
// process memory < 300 MB; `designdoc push` of 10,000 documents in under a minute.
//
//   node scale.mjs [--documents 100000] [--postgres postgres://postgres@127.0.0.1:5432/postgres]
//                  [--parts [seed,]queries,push] [--push-files 10000] [--seconds 5] [--runs 3]
//                  [--connections 1,10] [--only REGEX] [--keep-postgres] [--postgres-only]
//                  [--skip-matches]
//                  [--data scale-data] [--out results/scale.json]
//
// queries: seed `--documents` documents (scale-seed.mjs, through the server's own code; timed
// apart), start `designdoc serve` on them, and drive each scenario below with autocannon at each
// of `--connections` (1: the service time a user sees on a quiet server, no queueing; 10:
// throughput, with queueing on the one event loop), `--seconds` × `--runs`, medians of the runs'
// p50/p95/p99 and requests/s, while sampling the server's resident memory from /proc. `--only`
// keeps the scenarios whose name matches. The seeded SQLite database is kept in
// `--data` (gitignored) and reused by later runs with the same --documents; delete it to reseed.
// With --postgres the same is done on a fresh PostgreSQL database, dropped at the end; with
// --keep-postgres it is `designdoc_scale_<documents>`, kept and reused like the SQLite file.
// push: write `--push-files` documents as files, push them into a fresh server with
// `designdoc push`, then push the same files again (all unchanged), timing both.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import {
  BENCH_AUTH,
  BENCH_DIR,
  BENCH_TOKEN,
  benchProcesses,
  die,
  machineInfo,
  median,
  parseArgs,
  percentile,
  processMemory,
  REPO_DIR,
  startDesigndoc,
  stopProcess,
} from './lib.mjs';
import { loadMaterial, scaleDocument } from './scale-documents.mjs';
import { seedDatabase } from './scale-seed.mjs';

let args;
try {
  args = parseArgs(process.argv.slice(2), {
    flags: ['keep-postgres', 'postgres-only', 'skip-matches'],
  });
} catch (error) {
  die(error.message);
}
const documents = Number(args.documents ?? 100_000);
const parts = (args.parts ?? 'queries,push').split(',');
const pushFiles = Number(args['push-files'] ?? 10_000);
const seconds = Number(args.seconds ?? 5);
const runs = Number(args.runs ?? 3);
const connectionCounts = String(args.connections ?? '1,10')
  .split(',')
  .map(Number);
const only = args.only ? new RegExp(args.only, 'i') : null;
const dataDir = path.resolve(BENCH_DIR, args.data ?? 'scale-data', String(documents));
const outFile = path.resolve(BENCH_DIR, args.out ?? 'results/scale.json');
const bin = path.join(REPO_DIR, 'packages/cli/bin/designdoc.js');
const work = mkdtempSync(path.join(os.tmpdir(), 'designdoc-scale-'));
const { children, cleanup } = benchProcesses(work);
const log = (line) => process.stderr.write(`${line}\n`);
/** A latency for the tables: none when no response came back within a run. */
const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : 'none');

/** The query mix: search terms of known selectivity and the list filters, from the seed's stats. */
function scenarios(stats) {
  const byCount = (map) =>
    Object.entries(map).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const projects = byCount(stats.projects);
  const codeWords = byCount(stats.codeWords)
    .slice(-40)
    .map(([w]) => w);
  const q = (terms, extra = '') =>
    terms.map((t) => `/api/v1/search?q=${encodeURIComponent(t)}${extra}`);
  const common = projects[0][0];
  const middle = projects[Math.floor(projects.length / 10)][0];
  const rare = projects.slice(-20).map(([p]) => p);
  const smallWorkspace = byCount(stats.workspaces).at(-1)[0];
  const bigWorkspace = byCount(stats.workspaces)[0][0];
  const list = (query) => [`/api/v1/documents${query ? `?${query}` : ''}`];
  return [
    ['search', 'rare code word (2–3 documents each)', q(codeWords)],
    ['search', 'rare project codename', q(rare)],
    ['search', `mid project codename (${middle})`, q([middle])],
    ['search', `most common codename (${common})`, q([common])],
    [
      'search',
      'common words (rollback, latency, migration)',
      q(['rollback', 'latency', 'migration']),
    ],
    ['search', 'very common words (service, data)', q(['service', 'data'])],
    [
      'search',
      'two words (cache invalidation, trait lifetime)',
      q(['cache invalidation', 'trait lifetime']),
    ],
    ['search', 'common word + status=rejected', q(['migration'], '&status=rejected')],
    ['search', `codename + workspace=${bigWorkspace}`, q([middle], `&workspace=${bigWorkspace}`)],
    ['list', 'default (-updated)', list('')],
    ['list', 'sort=title', list('sort=title')],
    ['list', 'status=approved', list('status=approved')],
    ['list', 'status=rejected', list('status=rejected')],
    ['list', 'template=adr', list('template=adr')],
    ['list', 'has_errors=true', list('has_errors=true')],
    ['list', `workspace=${smallWorkspace}`, list(`workspace=${smallWorkspace}`)],
    ['list', `common tag (${stats.commonTag})`, list(`tag=${stats.commonTag}`)],
    ['list', `rare tag (${stats.rareTag})`, list(`tag=${stats.rareTag}`)],
    ['list', 'common author', list(`author=${encodeURIComponent(stats.commonAuthor)}`)],
    ['list', 'rare author', list(`author=${encodeURIComponent(stats.rareAuthor)}`)],
    ['list', `status=draft&tag=${stats.commonTag}`, list(`status=draft&tag=${stats.commonTag}`)],
  ].map(([group, name, paths]) => ({ group, name, paths }));
}

/** One autocannon run over `paths` (each connection cycles through them): latencies from every response. */
async function measure(base, paths, duration, connections) {
  const latencies = [];
  const instance = autocannon({
    url: base,
    connections,
    duration,
    headers: BENCH_AUTH,
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  instance.on('response', (_client, _status, _bytes, time) => latencies.push(time));
  const result = await instance;
  if (result.non2xx > 0 || result.errors > 0)
    die(`${paths[0]}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

async function getJson(base, url) {
  const response = await fetch(new URL(url, base), { headers: BENCH_AUTH });
  if (response.status !== 200) die(`GET ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** The cursor `depth` documents into the default listing, walked page by page like a client. */
async function deepCursor(base, depth) {
  let cursor = null;
  for (let seen = 0; seen < depth; seen += 200) {
    const page = await getJson(
      base,
      `api/v1/documents?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
    );
    cursor = page.next;
    if (!cursor) break;
  }
  return cursor;
}

/** How many documents each search path matches, by paging through nextOffset (capped at 10,000). */
async function matches(base, searchPath) {
  let total = 0;
  for (let offset = 0; ; offset += 100) {
    const page = await getJson(base, `${searchPath.slice(1)}&limit=100&offset=${offset}`);
    total += page.items.length;
    if (page.nextOffset === null || offset + 100 > 10_000)
      return page.nextOffset ? `>${total}` : total;
  }
}

async function queryRun(engine, env, stats) {
  const memory = { samples: [] };
  const { url: base, child } = await startDesigndoc(env, { cwd: work, children });
  const sampler = setInterval(() => memory.samples.push(processMemory(child.pid).rss), 200);
  try {
    const deepName = `deep cursor page (${Math.floor(documents / 2).toLocaleString('en')} in)`;
    const list = scenarios(stats);
    if (!only || only.test(deepName))
      list.push({
        group: 'list',
        name: deepName,
        paths: [`/api/v1/documents?cursor=${await deepCursor(base, Math.floor(documents / 2))}`],
      });
    const result = {};
    for (const s of list.filter((s) => !only || only.test(s.name))) {
      const row = { group: s.group, paths: s.paths.slice(0, 3), connections: {} };
      if (s.group === 'search' && !args['skip-matches'])
        row.matches = await matches(base, s.paths[0]);
      for (const connections of connectionCounts) {
        const warm = await measure(base, s.paths, 1, connections);
        const samples = [];
        for (let run = 0; run < runs; run++)
          samples.push(await measure(base, s.paths, seconds, connections));
        const at = {
          rps: median(samples.map((x) => x.rps)),
          p50: median(samples.map((x) => x.p50)),
          p95: median(samples.map((x) => x.p95)),
          p99: median(samples.map((x) => x.p99)),
          firstP95: warm.p95,
        };
        row.connections[connections] = at;
        log(
          `${engine} ${s.group} ${s.name} @${connections}: p50 ${ms(at.p50)} p95 ${ms(at.p95)} p99 ${ms(at.p99)} ms, ${at.rps.toFixed(0)} req/s${row.matches !== undefined ? `, ${row.matches} matches (first term)` : ''}`,
        );
      }
      // The machine is shared: the 1-minute load average says how much else ran meanwhile.
      row.loadAverage = os.loadavg()[0];
      result[s.name] = row;
    }
    const { peak, rss } = processMemory(child.pid);
    return {
      scenarios: result,
      memory: { peakMiB: peak, endMiB: rss, maxSampledMiB: Math.max(...memory.samples) },
    };
  } finally {
    clearInterval(sampler);
    await stopProcess(child, children);
  }
}

/** A common and a rare author and tag of the scale corpus (skewed picks: the first common, the tail rare). */
function authorsAndTags(material) {
  return {
    commonAuthor: material.authors[0],
    rareAuthor: material.authors[1990],
    commonTag: material.tags[0],
    rareTag: material.tags[190],
  };
}

async function seedOrReuse(target, label, material) {
  const { statsFile: kept, ...where } = target;
  const statsFile = kept ?? (target.dataDir ? path.join(target.dataDir, 'seed.json') : null);
  if (statsFile && existsSync(statsFile)) {
    log(`${label}: reusing the ${documents} documents seeded before (${statsFile})`);
    return JSON.parse(readFileSync(statsFile, 'utf8'));
  }
  if (statsFile) mkdirSync(path.dirname(statsFile), { recursive: true });
  let last = 0;
  const stats = await seedDatabase(where, documents, {
    onProgress: (done) => {
      if (done - last >= 10_000 || done === documents) {
        last = done;
        log(`${label}: seeded ${done}`);
      }
    },
  });
  Object.assign(stats, authorsAndTags(material));
  log(`${label}: seeded ${documents} documents in ${stats.seconds.toFixed(0)} s`);
  if (statsFile) writeFileSync(statsFile, JSON.stringify(stats));
  return stats;
}

async function withPostgresDatabase(fn, { keep = false } = {}) {
  const pg = (await import('pg')).default;
  const name = keep ? `designdoc_scale_${documents}` : `designdoc_scale_${Date.now()}`;
  const admin = new pg.Client({ connectionString: args.postgres });
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount === 0) await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(args.postgres);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    if (!keep) await dropDatabase(pg, name);
  }
}

/** The database's size on disk (tables, indexes and TOAST), as `du` gives SQLite's folder. */
async function postgresDatabaseMiB(databaseUrl) {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('vacuum analyze');
    const { rows } = await client.query('select pg_database_size(current_database()) as bytes');
    return Math.round(Number(rows[0].bytes) / 1048576);
  } finally {
    await client.end();
  }
}

async function dropDatabase(pg, name) {
  const drop = new pg.Client({ connectionString: args.postgres });
  await drop.connect();
  await drop.query(`drop database if exists ${name} with (force)`);
  await drop.end();
}

/** Push `pushFiles` documents into a fresh server twice: everything created, then all unchanged. */
async function pushRun(env, material) {
  const folder = path.join(work, 'push');
  for (let i = 0; i < pushFiles; i++) {
    const doc = scaleDocument(material, 1_000_000 + i);
    const file = path.join(folder, 'docs', doc.workspace, `${String(i).padStart(5, '0')}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, doc.markdown);
  }
  const { url: base, child } = await startDesigndoc(env, { cwd: work, children });
  try {
    await fetch(new URL('api/v1/workspaces', base), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...BENCH_AUTH },
      body: JSON.stringify({ slug: 'bench', name: 'Bench' }),
    });
    const push = () => {
      const started = performance.now();
      const run = spawnSync(process.execPath, [bin, 'push', 'docs', '--workspace', 'bench'], {
        cwd: folder,
        env: { PATH: process.env.PATH, DESIGNDOC_SERVER: base, DESIGNDOC_TOKEN: BENCH_TOKEN },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const secondsTaken = (performance.now() - started) / 1000;
      if (run.status !== 0) die(`push exited ${run.status}: ${run.stderr.slice(0, 2000)}`);
      log(`push: ${run.stdout.trim()} in ${secondsTaken.toFixed(1)} s`);
      return { seconds: secondsTaken, output: run.stdout.trim() };
    };
    const first = push();
    const second = push();
    return { files: pushFiles, first, second, serverPeakMiB: processMemory(child.pid).peak };
  } finally {
    await stopProcess(child, children);
    rmSync(folder, { recursive: true, force: true });
  }
}

const results = {
  machine: machineInfo(),
  documents,
  seconds,
  runs,
  connections: connectionCounts,
  engines: {},
};
try {
  const material = loadMaterial();
  if (parts.includes('seed')) await seedOrReuse({ dataDir }, 'SQLite', material);
  if (parts.includes('queries') && !args['postgres-only']) {
    const stats = await seedOrReuse({ dataDir }, 'SQLite', material);
    results.engines.SQLite = {
      seedSeconds: stats.seconds,
      databaseMiB: Number(
        spawnSync('du', ['-sm', dataDir], { encoding: 'utf8' }).stdout.split('\t')[0],
      ),
      ...(await queryRun('SQLite', { DESIGNDOC_DATA_DIR: dataDir }, stats)),
    };
  }
  if (parts.includes('queries') && args.postgres) {
    const keep = Boolean(args['keep-postgres']);
    await withPostgresDatabase(
      async (databaseUrl) => {
        const pgStats = await seedOrReuse(
          {
            databaseUrl,
            ...(keep ? { statsFile: path.join(dataDir, 'postgres-seed.json') } : {}),
          },
          'PostgreSQL',
          material,
        );
        results.engines.PostgreSQL = {
          seedSeconds: pgStats.seconds,
          databaseMiB: await postgresDatabaseMiB(databaseUrl),
          ...(await queryRun('PostgreSQL', { DATABASE_URL: databaseUrl }, pgStats)),
        };
      },
      { keep },
    );
  }
  if (parts.includes('push')) {
    results.push = {
      SQLite: await pushRun({ DESIGNDOC_DATA_DIR: path.join(work, 'push-data') }, material),
    };
    if (args.postgres)
      results.push.PostgreSQL = await withPostgresDatabase(async (databaseUrl) => {
        const migrate = spawnSync(process.execPath, [bin, 'migrate'], {
          env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl },
        });
        if (migrate.status !== 0) die(`migrate: ${migrate.stderr}`);
        return pushRun({ DATABASE_URL: databaseUrl }, material);
      });
  }
} finally {
  cleanup();
}

mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
for (const [engine, r] of Object.entries(results.engines)) {
  console.log(
    `\n${engine}: ${documents.toLocaleString('en')} documents (seeded in ${r.seedSeconds.toFixed(0)} s${r.databaseMiB ? `, ${r.databaseMiB} MiB on disk` : ''}); ${seconds} s × ${runs} runs, medians; server peak RSS ${r.memory.peakMiB.toFixed(0)} MiB\n`,
  );
  const counts = connectionCounts.map((c) => `${c} conn.`);
  console.log(
    `| kind | scenario | matches | ${counts.map((c) => `${c} p50 | ${c} p95`).join(' | ')} | ${counts.map((c) => `${c} req/s`).join(' | ')} |`,
  );
  console.log(`| --- | --- | --- |${' --- |'.repeat(counts.length * 3)}`);
  for (const [name, s] of Object.entries(r.scenarios)) {
    const at = connectionCounts.map((c) => s.connections[c]);
    console.log(
      `| ${s.group} | ${name} | ${s.matches ?? ''} | ${at.map((x) => `${ms(x.p50)} | ${ms(x.p95)}`).join(' | ')} | ${at.map((x) => x.rps.toFixed(0)).join(' | ')} |`,
    );
  }
}
for (const [engine, p] of Object.entries(results.push ?? {}))
  console.log(
    `\npush ${p.files.toLocaleString('en')} files (${engine}): first ${p.first.seconds.toFixed(1)} s (${p.first.output}); again, unchanged: ${p.second.seconds.toFixed(1)} s; server peak RSS ${p.serverPeakMiB.toFixed(0)} MiB`,
  );
