import { type Kysely, sql } from 'kysely';
import { engineOf } from '../engine-of.js';

/**
 * The dashboards' tables (open questions and decisions of each document's head version,
 * rewritten on every save) and the full-text index in each engine's own form: an FTS5 table on
 * SQLite, a weighted tsvector with a GIN index on PostgreSQL. Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('questions')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('questions_pk', ['document_id', 'position'])
    .execute();
  await db.schema.createIndex('questions_status').on('questions').column('status').execute();
  await db.schema
    .createTable('decisions')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('trade_offs', 'text', (c) => c.notNull())
    .addColumn('section', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('decisions_pk', ['document_id', 'position'])
    .execute();
  if (engineOf(db) === 'sqlite') {
    await sql`create virtual table search_index using fts5(document_id unindexed, title, body, tokenize = 'porter unicode61')`.execute(
      db,
    );
  } else {
    await sql`create table search_index (
      document_id text primary key references documents(id),
      title text not null,
      body text not null,
      vector tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')
      ) stored
    )`.execute(db);
    await sql`create index search_index_vector on search_index using gin (vector)`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['search_index', 'decisions', 'questions'])
    await db.schema.dropTable(table).execute();
}
