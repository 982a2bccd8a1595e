import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';

/** How many live (not archived) documents are stored: the `designdoc_documents` gauge. */
export async function countLiveDocuments(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}
