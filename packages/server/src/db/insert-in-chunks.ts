import type { Insertable, Kysely } from 'kysely';
import type { Database } from './database.js';

/**
 * The most bound parameters one statement carries: SQLite takes at most 32,766 variables a
 * statement and PostgreSQL 65,535 parameters, so this stays under both with room to spare.
 */
export const MAX_PARAMETERS_PER_STATEMENT = 30_000;

/**
 * Insert `rows` (all with the same columns) in as few statements as keep each one under both
 * engines' parameter limits: one multi-row INSERT of a document's 20,000 open questions would
 * carry 140,000 parameters, which SQLite refuses and PostgreSQL's wire protocol cannot count.
 */
export async function insertInChunks<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  const columns = Math.max(1, Object.keys(rows[0] ?? {}).length);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS_PER_STATEMENT / columns));
  // Kysely cannot type an insert into a table chosen at run time; the rows are typed above.
  const anyTable = table as 'document_tags';
  for (let start = 0; start < rows.length; start += perStatement)
    await db
      .insertInto(anyTable)
      .values(rows.slice(start, start + perStatement) as never)
      .execute();
}
