import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';

// What a live event stream reads of documents besides the outbox (outbox-reads.ts): whether the
// one it follows is still there, and which are confidential now.

/** Whether a document exists and is not archived: an archived one has no stream, as no read. */
export async function isLiveDocument(db: Kysely<Database>, documentId: string): Promise<boolean> {
  const row = await db
    .selectFrom('documents')
    .select('id')
    .where('id', '=', documentId)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Which of these documents are confidential now (archived ones included). */
export async function confidentialAmong(db: Kysely<Database>, ids: string[]): Promise<Set<string>> {
  const rows = await db
    .selectFrom('documents')
    .select('id')
    .where('id', 'in', ids)
    .where('restricted', '=', 1)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Whether a document is confidential now; undefined when there is no such document. */
export async function isConfidential(
  db: Kysely<Database>,
  documentId: string,
): Promise<boolean | undefined> {
  const row = await db
    .selectFrom('documents')
    .select('restricted')
    .where('id', '=', documentId)
    .executeTakeFirst();
  return row && row.restricted !== 0;
}
