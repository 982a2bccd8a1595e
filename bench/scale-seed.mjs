// Seeding for the scale bench: N documents of scale-documents.mjs stored through the server's
// own code (prepareDocument in worker threads, then the repository's insertDocument, one
// transaction per document, exactly as POST does) into an SQLite file or a PostgreSQL database
// that `designdoc serve` then opens. HTTP would cost ~100 saves/s; this is the same rows faster.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import { openDatabase } from '../packages/server/dist/db/connect.js';
import { migrateToLatest } from '../packages/server/dist/db/migrate.js';
import { insertDocument } from '../packages/server/dist/documents/repo.js';
import { BENCH_DIR } from './lib.mjs';
import { WORKSPACES } from './scale-documents.mjs';

const BATCH = 100;

/**
 * Store documents 0…count-1 in the database `target` names ({dataDir} or {databaseUrl}).
 * Returns what the bench needs to pick queries: documents per workspace, project and code word,
 * and the seconds it took. `onProgress(done)` is called after every batch.
 */
export async function seedDatabase(target, count, { threads = 2, onProgress = () => {} } = {}) {
  const started = performance.now();
  const { db, engine } = openDatabase({ databaseUrl: null, dataDir: '', ...target });
  // A bench database: no fsync per transaction while seeding (the server reopens it with defaults).
  if (engine === 'sqlite') await sql`pragma synchronous = off`.execute(db);
  await migrateToLatest(db);
  const now = new Date().toISOString();
  const workspaceIds = {};
  for (const slug of WORKSPACES) {
    workspaceIds[slug] = randomUUID();
    await db
      .insertInto('workspaces')
      .values({
        id: workspaceIds[slug],
        slug,
        name: slug,
        default_template: 'tdd',
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  const stats = { workspaces: {}, projects: {}, codeWords: {} };
  const count1 = (map, key) => {
    map[key] = (map[key] ?? 0) + 1;
  };
  let next = 0;
  let done = 0;
  const inFlight = engine === 'postgres' ? 8 : 1;
  const insertAll = async (batch) => {
    const queue = [...batch];
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        for (let doc = queue.shift(); doc; doc = queue.shift())
          // Seeded documents keep the status their front matter gives (as the demo seed does),
          // so that the status filters have something to find.
          await insertDocument(db, {
            workspaceId: workspaceIds[doc.workspace],
            doc: doc.prepared,
            status: doc.prepared.status,
          });
      }),
    );
    for (const doc of batch) {
      count1(stats.workspaces, doc.workspace);
      count1(stats.projects, doc.project);
      count1(stats.codeWords, doc.codeWord);
    }
    done += batch.length;
    onProgress(done);
  };
  await Promise.all(
    Array.from({ length: threads }, async () => {
      const worker = new Worker(path.join(BENCH_DIR, 'scale-seed-worker.mjs'));
      const reply = () =>
        new Promise((resolve, reject) => {
          const onMessage = (message) => {
            worker.off('error', reject);
            resolve(message);
          };
          worker.once('message', onMessage);
          worker.once('error', reject);
        });
      await reply();
      // Ask for the next batch before inserting this one, so preparing and inserting overlap.
      const ask = () => {
        if (next >= count) return null;
        const from = next;
        next = Math.min(count, next + BATCH);
        const answer = reply();
        worker.postMessage({ from, to: next });
        return answer;
      };
      try {
        for (let pending = ask(); pending; ) {
          const batch = await pending;
          pending = ask();
          await insertAll(batch);
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  if (engine === 'sqlite') await sql`pragma wal_checkpoint(truncate)`.execute(db);
  else await sql`analyze`.execute(db);
  await db.destroy();
  return { ...stats, seconds: (performance.now() - started) / 1000 };
}
