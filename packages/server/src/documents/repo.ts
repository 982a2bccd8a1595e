import { randomUUID } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import { compiledQuery } from '../db/compiled-query.js';
import type { Database, DocumentsTable, VersionsTable } from '../db/database.js';
import { insertInChunks } from '../db/insert-in-chunks.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import { refusePathClash } from './document-path.js';
import type { PreparedDocument } from './prepare-document.js';
import { replaceSearchEntry } from './search-entry.js';

export type DocumentRow = Selectable<DocumentsTable>;
export type VersionRow = Selectable<VersionsTable>;

export function findDocument(db: Kysely<Database>, id: string): Promise<DocumentRow | undefined> {
  return db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A live (not archived) document with its workspace's slug, in one query. */
export function findLiveDocument(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('documents')
    .innerJoin('workspaces', 'workspaces.id', 'documents.workspace_id')
    .selectAll('documents')
    .select('workspaces.slug as workspace')
    .where('documents.id', '=', id)
    .where('documents.archived_at', 'is', null)
    .executeTakeFirst();
}

const headOf = (db: Kysely<Database>, id: string) =>
  db
    .selectFrom('documents')
    .innerJoin('versions', (join) =>
      join
        .onRef('versions.document_id', '=', 'documents.id')
        .onRef('versions.number', '=', 'documents.head_version'),
    )
    .where('documents.id', '=', id)
    .where('documents.archived_at', 'is', null);

/**
 * A live document's head Markdown in one query, with what its ETag and HTML rendering need.
 * The hottest read of the API, so compiled once (see compiledQuery).
 */
export const findHeadMarkdown = compiledQuery((db, id: string) =>
  headOf(db, id).select([
    'documents.head_version',
    'documents.content_hash',
    'documents.workspace_id',
    'documents.template',
    'versions.markdown',
  ]),
);

/**
 * A live document's head in one query: the row, its workspace's slug, and the head version's
 * stored model and diagnostics JSON (sent as they are).
 */
export const findHeadJson = compiledQuery((db, id: string) =>
  headOf(db, id)
    .innerJoin('workspaces', 'workspaces.id', 'documents.workspace_id')
    .selectAll('documents')
    .select(['workspaces.slug as workspace', 'versions.model', 'versions.diagnostics']),
);

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

/** The derived rows' hashes as the head has them, or null for a new document. */
type DerivedHashes = Pick<DocumentRow, 'rows_hash' | 'search_hash'> | null;

/**
 * Write a version row and bring the rows derived from the head up to date: authors, tags, open
 * questions, decisions and the full-text entry. Derived rows whose hash matches the head's are
 * left as they are (most saves change prose, not the lists), which on PostgreSQL also saves a
 * round trip per statement.
 */
async function writeVersion(
  trx: Transaction<Database>,
  id: string,
  number: number,
  doc: PreparedDocument,
  now: string,
  previous: DerivedHashes,
  authorId: string | null,
) {
  await trx
    .insertInto('versions')
    .values({
      document_id: id,
      number,
      markdown: doc.markdown,
      model: doc.modelJson,
      diagnostics: doc.diagnosticsJson,
      content_hash: doc.contentHash,
      author_id: authorId,
      created_at: now,
    })
    .execute();
  // The version row of a large document (Markdown, model and diagnostics: several MB) takes
  // some 10 ms to write on SQLite: the event loop turns before the rows derived from it.
  await setImmediate();
  const before =
    doc.rowsHash !== previous?.rows_hash
      ? await replaceDerivedRows(trx, id, doc, now, previous)
      : [];
  if (doc.searchHash !== previous?.search_hash)
    await replaceSearchEntry(trx, id, doc.title, doc.searchText);
  return before;
}

/** An open question of the head as it was before a save replaced the derived rows. */
export interface PreviousQuestion {
  text: string;
  status: string | null;
}

async function replaceDerivedRows(
  trx: Transaction<Database>,
  id: string,
  doc: PreparedDocument,
  now: string,
  previous: DerivedHashes,
): Promise<PreviousQuestion[]> {
  await replaceRows(
    trx,
    'document_authors',
    id,
    doc.authors.map((author) => ({ document_id: id, author })),
  );
  await replaceRows(
    trx,
    'document_tags',
    id,
    doc.tags.map((tag) => ({ document_id: id, tag })),
  );
  // A question keeps the time it first appeared while its text stays, so the board can show its age.
  const before =
    previous === null
      ? []
      : await trx
          .selectFrom('questions')
          .select(['text', 'status', 'first_seen_at'])
          .where('document_id', '=', id)
          .execute();
  const seen = new Map(before.map((q) => [q.text, q.first_seen_at]));
  const { openQuestions, decisions } = doc;
  await replaceRows(
    trx,
    'questions',
    id,
    openQuestions.map((q, position) => ({
      document_id: id,
      position,
      text: q.text,
      status: q.status,
      note: q.note,
      section: q.section,
      first_seen_at: seen.get(q.text) ?? now,
    })),
  );
  await replaceRows(
    trx,
    'decisions',
    id,
    decisions.map((d, position) => ({
      document_id: id,
      position,
      decision: d.decision,
      rationale: d.rationale,
      trade_offs: d.tradeOffs,
      section: d.section,
    })),
  );
  return before.map((q) => ({ text: q.text, status: q.status }));
}

type PerDocumentTable = 'document_authors' | 'document_tags' | 'questions' | 'decisions';

/** Replace a document's rows in a table derived from its head version. */
async function replaceRows<T extends PerDocumentTable>(
  trx: Transaction<Database>,
  table: T,
  id: string,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  // Every one of these tables has a document_id column; Kysely cannot see that through the union.
  await trx
    .deleteFrom(table as 'document_tags')
    .where('document_id', '=', id)
    .execute();
  await insertInChunks(trx, table, rows);
}

/** The document row's columns that follow its head version (not the status: review owns it). */
function headColumns(doc: PreparedDocument) {
  return {
    title: doc.title,
    template: doc.template,
    content_hash: doc.contentHash,
    error_count: doc.errorCount,
    warning_count: doc.warningCount,
    rows_hash: doc.rowsHash,
    search_hash: doc.searchHash,
  };
}

/** A document to create, with its first version. */
export interface NewDocument {
  workspaceId: string;
  doc: PreparedDocument;
  /** Where it lives in a repository (unique per workspace), or null. */
  path?: string | null;
  /** Principals (identity/visibility.ts) that may read it: confidential from its first moment. */
  grants?: string[] | null;
  /** The user who creates it; null when seeded. */
  createdBy?: string | null;
  /** Its status in the review workflow: a draft, unless seeded with what its front matter says. */
  status?: string;
}

/** The row of a document to create, with the columns its first version decides. */
export function newDocumentRow(input: NewDocument): DocumentRow {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    workspace_id: input.workspaceId,
    path: input.path ?? null,
    head_version: 1,
    status: input.status ?? 'draft',
    archived_at: null,
    restricted: input.grants ? 1 : 0,
    created_by: input.createdBy ?? null,
    superseded_by: null,
    created_at: now,
    updated_at: now,
    ...headColumns(input.doc),
  };
}

/**
 * Write a new document (`row`, from `newDocumentRow`) with its grants and first version in
 * `trx`. Throws `DocumentPathClash` when another document's path is a folder of its path or lies
 * in it, and the engine's unique violation when another has the same path (see `uniqueOrNull`).
 * `path` must be normalised (`documentPathOf`).
 */
export async function insertDocumentRows(
  trx: Transaction<Database>,
  row: DocumentRow,
  input: NewDocument,
): Promise<void> {
  if (row.path !== null) await refusePathClash(trx, row.workspace_id, row.path);
  await trx.insertInto('documents').values(row).execute();
  if (input.grants)
    await insertInChunks(
      trx,
      'document_grants',
      input.grants.map((principal) => ({ document_id: row.id, principal })),
    );
  await writeVersion(trx, row.id, 1, input.doc, row.created_at, null, row.created_by);
}

/**
 * The result of a transaction that creates a document at a path, or null when another document
 * of the workspace took that path first: the unique index decides, so concurrent pushes of one
 * file create it once.
 */
export async function uniqueOrNull<T>(hasPath: boolean, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    if (hasPath && isUniqueViolation(error)) return null;
    throw error;
  }
}

/**
 * Create a document with its first version, in a transaction of its own (seeding and imports;
 * the API's create is `createDocument`, which also audits and records the event). Null when
 * another document of the workspace has this `path`.
 */
export async function insertDocument(
  db: Kysely<Database>,
  input: NewDocument,
): Promise<DocumentRow | null> {
  const row = newDocumentRow(input);
  return uniqueOrNull(row.path !== null, () =>
    db.transaction().execute(async (trx) => {
      await insertDocumentRows(trx, row, input);
      return row;
    }),
  );
}

/**
 * Append a version in `trx` if the head is still the one the client read (`current`): the check
 * and the write are one conditional UPDATE, so of two concurrent saves from the same version
 * exactly one wins. `status` is the review status the document has after the save. Returns the
 * new head row with the head's open questions as they were before the save replaced them (empty
 * when they were unchanged), or null when the head has moved.
 */
export async function appendVersion(
  trx: Transaction<Database>,
  current: DocumentRow,
  save: { doc: PreparedDocument; authorId: string | null; status: string },
): Promise<{ row: DocumentRow; previousQuestions: PreviousQuestion[] } | null> {
  const { doc } = save;
  const now = new Date().toISOString();
  const head = {
    ...headColumns(doc),
    status: save.status,
    head_version: current.head_version + 1,
    updated_at: now,
  };
  const result = await trx
    .updateTable('documents')
    .set(head)
    .where('id', '=', current.id)
    .where('head_version', '=', current.head_version)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return null;
  // The update matched the head `current` was read at, so its derived hashes are the stored ones.
  const previousQuestions = await writeVersion(
    trx,
    current.id,
    head.head_version,
    doc,
    now,
    current,
    save.authorId,
  );
  return { row: { ...current, ...head }, previousQuestions };
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

/** Bring an archived document back; false when there is no archived document with this id. */
export async function restoreDocument(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db
    .updateTable('documents')
    .set({ archived_at: null })
    .where('id', '=', id)
    .where('archived_at', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
