import { type Kysely, sql } from 'kysely';
import { engineOf } from '../engine-of.js';

/**
 * Indexes for listing at scale (100,000 documents, bench/scale.mjs): the list's sort orders
 * across workspaces (the first index leads with the workspace, so a list of every workspace
 * sorted the whole table), the status and template filters in the default order, and tag and author lookups
 * that give the document without reading the row. On SQLite, also re-keys any full-text entry
 * whose rowid is not its document row's (entries written before saves keyed them so), since
 * search now joins on the rowid. Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, columns] of [
    ['documents_updated', ['updated_at', 'id']],
    ['documents_title', ['title', 'id']],
    ['documents_status_updated', ['status', 'updated_at', 'id']],
    ['documents_template_updated', ['template', 'updated_at', 'id']],
  ] as const)
    await db.schema
      .createIndex(name)
      .on('documents')
      .columns([...columns])
      .execute();
  for (const [table, column] of [
    ['document_authors', 'author'],
    ['document_tags', 'tag'],
  ] as const) {
    await db.schema.dropIndex(`${table}_${column}`).execute();
    await db.schema
      .createIndex(`${table}_${column}_document`)
      .on(table)
      .columns([column, 'document_id'])
      .execute();
  }
  if (engineOf(db) === 'sqlite') {
    await sql`create temp table search_rekey as
      select d.rowid as document_rowid, s.rowid as entry_rowid, s.document_id, s.title, s.body
      from search_index s join documents d on d.id = s.document_id
      where s.rowid <> d.rowid`.execute(db);
    await sql`delete from search_index where rowid in (select entry_rowid from search_rekey)`.execute(
      db,
    );
    await sql`insert into search_index (rowid, document_id, title, body)
      select document_rowid, document_id, title, body from search_rekey`.execute(db);
    await sql`drop table search_rekey`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table, column] of [
    ['document_authors', 'author'],
    ['document_tags', 'tag'],
  ] as const) {
    await db.schema.dropIndex(`${table}_${column}_document`).execute();
    await db.schema.createIndex(`${table}_${column}`).on(table).column(column).execute();
  }
  for (const name of [
    'documents_template_updated',
    'documents_status_updated',
    'documents_title',
    'documents_updated',
  ])
    await db.schema.dropIndex(name).execute();
}
