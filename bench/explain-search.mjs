#!/usr/bin/env node
// The PostgreSQL search as the server sends it, explained: runs the built server's
// searchDocuments (first page of 20) on a database with auto_explain loaded in its session, so
// each statement's plan (EXPLAIN ANALYZE, BUFFERS) comes back as a notice and is printed.
//
//   node explain-search.mjs 'service data' [--status rejected] [--runs 3] [--quiet]
//        [--database postgres://postgres@127.0.0.1:5432/designdoc_scale_100000]
//
// --quiet: no plans, only each run's time. Needs a superuser (LOAD 'auto_explain').
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { searchDocuments } from '../packages/server/dist/search/search-documents.js';
import { die, parseArgs } from './lib.mjs';

let args;
try {
  args = parseArgs(process.argv.slice(2), { flags: ['quiet'] });
} catch (error) {
  die(error.message);
}
const q = args._?.[0] ?? die('usage: node explain-search.mjs <query> [--status S] [--runs N]');
const explain = !args.quiet;
const pool = new pg.Pool({
  connectionString: args.database ?? 'postgres://postgres@127.0.0.1:5432/designdoc_scale_100000',
  max: 1,
});
pool.on('connect', (client) => {
  client.on('notice', (notice) => console.log(notice.message));
  if (explain)
    client.query(`load 'auto_explain'; set auto_explain.log_min_duration = 0;
      set auto_explain.log_analyze = on; set auto_explain.log_buffers = on;
      set auto_explain.log_level = notice`);
});
const db = new Kysely({ dialect: new PostgresDialect({ pool }) });
for (let run = 0; run < Number(args.runs ?? 1); run++) {
  const started = performance.now();
  const rows = await searchDocuments(db, 'postgres', {
    q,
    limit: 20,
    offset: 0,
    ...(args.status ? { status: args.status } : {}),
  });
  console.log(`# ${rows.length} rows in ${(performance.now() - started).toFixed(1)} ms`);
}
await db.destroy();
