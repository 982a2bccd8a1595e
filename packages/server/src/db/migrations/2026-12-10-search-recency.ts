import { type Kysely, sql } from 'kysely';
import { engineOf } from '../engine-of.js';

/**
 * On PostgreSQL, an index of search_index by date, newest first, in the order search pages
 * through matches: a word in most documents has its newest 1,000 matches among the newest
 * ~1,500 rows, which walking this index finds without GIN handing over every match to sort
 * (search-documents.ts, rowsToScanByDate). SQLite's FTS5 path walks rowids: nothing changes
 * there. Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (engineOf(db) !== 'postgres') return;
  await sql`create index search_index_recent on search_index (created_at desc, document_id desc)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (engineOf(db) !== 'postgres') return;
  await sql`drop index search_index_recent`.execute(db);
}
