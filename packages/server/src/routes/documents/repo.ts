import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, DocumentsTable, VersionsTable } from '../../db/database.js';
import type { PreparedDocument } from './prepare-document.js';

export type DocumentRow = Selectable<DocumentsTable>;
export type VersionRow = Selectable<VersionsTable>;

/** The strong ETag of a document's head: its version number and content hash. */
export function etagOf(row: Pick<DocumentRow, 'head_version' | 'content_hash'>): string {
  return `"${row.head_version}.${row.content_hash.slice(0, 16)}"`;
}

export function findDocument(db: Kysely<Database>, id: string): Promise<DocumentRow | undefined> {
  return db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findVersion(
  db: Kysely<Database>,
  id: string,
  number: number,
): Promise<VersionRow | undefined> {
  return db
    .selectFrom('versions')
    .selectAll()
    .where('document_id', '=', id)
    .where('number', '=', number)
    .executeTakeFirst();
}

export function listVersions(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('versions')
    .select(['number', 'content_hash', 'created_at'])
    .where('document_id', '=', id)
    .orderBy('number', 'desc')
    .execute();
}

async function writeVersion(
  trx: Transaction<Database>,
  id: string,
  number: number,
  doc: PreparedDocument,
  now: string,
) {
  await trx
    .insertInto('versions')
    .values({
      document_id: id,
      number,
      markdown: doc.markdown,
      model: JSON.stringify(doc.model),
      diagnostics: JSON.stringify(doc.diagnostics),
      content_hash: doc.contentHash,
      created_at: now,
    })
    .execute();
  await trx.deleteFrom('document_authors').where('document_id', '=', id).execute();
  await trx.deleteFrom('document_tags').where('document_id', '=', id).execute();
  const authors = [...new Set(doc.authors)];
  const tags = [...new Set(doc.tags)];
  if (authors.length > 0)
    await trx
      .insertInto('document_authors')
      .values(authors.map((author) => ({ document_id: id, author })))
      .execute();
  if (tags.length > 0)
    await trx
      .insertInto('document_tags')
      .values(tags.map((tag) => ({ document_id: id, tag })))
      .execute();
}

function headColumns(doc: PreparedDocument) {
  return {
    title: doc.title,
    status: doc.status,
    template: doc.template,
    content_hash: doc.contentHash,
    error_count: doc.errorCount,
    warning_count: doc.warningCount,
  };
}

/** Create a document with its first version, in one transaction. */
export async function insertDocument(
  db: Kysely<Database>,
  workspaceId: string,
  doc: PreparedDocument,
): Promise<DocumentRow> {
  const now = new Date().toISOString();
  const row: DocumentRow = {
    id: randomUUID(),
    workspace_id: workspaceId,
    head_version: 1,
    archived_at: null,
    created_at: now,
    updated_at: now,
    ...headColumns(doc),
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('documents').values(row).execute();
    await writeVersion(trx, row.id, 1, doc, now);
  });
  return row;
}

/**
 * Append a version if the head is still `expectedVersion` (the version the client read): the
 * check and the write are one conditional UPDATE inside the transaction, so of two concurrent
 * saves from the same version exactly one wins. Returns null when the head has moved.
 */
export async function appendVersion(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  doc: PreparedDocument,
): Promise<DocumentRow | null> {
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('documents')
      .set({ ...headColumns(doc), head_version: expectedVersion + 1, updated_at: now })
      .where('id', '=', id)
      .where('head_version', '=', expectedVersion)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return null;
    await writeVersion(trx, id, expectedVersion + 1, doc, now);
    return (
      (await trx.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst()) ??
      null
    );
  });
}

/** Archive a document (never a hard delete): it leaves lists and reads, its versions stay. */
export async function archiveDocument(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db
    .updateTable('documents')
    .set({ archived_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
