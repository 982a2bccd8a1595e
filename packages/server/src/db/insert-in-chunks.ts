import { setImmediate } from 'node:timers/promises';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from './database.js';

/**
 * The most bound parameters one statement carries. SQLite takes at most 32,766 variables a
 * statement and PostgreSQL 65,535 parameters; 1,000 stays far under both and keeps each
 * statement's compile and (on SQLite, synchronous) run to a few milliseconds of event loop
 * (at 3,000 a statement of a document's open questions took 6–10 ms on SQLite).
 */
export const MAX_PARAMETERS_PER_STATEMENT = 1_000;

/**
 * Insert `rows` (all with the same columns) in statements of at most `maxParameters` parameters, turning the event loop between them: one multi-row INSERT of a document's 20,000 open questions would
 * carry 140,000 parameters, which SQLite refuses and PostgreSQL's wire protocol cannot count.
 */
export async function insertInChunks<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  maxParameters = MAX_PARAMETERS_PER_STATEMENT,
): Promise<void> {
  const columns = Math.max(1, Object.keys(rows[0] ?? {}).length);
  const perStatement = Math.max(1, Math.floor(maxParameters / columns));
  // Kysely cannot type an insert into a table chosen at run time; the rows are typed above.
  const anyTable = table as 'document_tags';
  for (let start = 0; start < rows.length; start += perStatement) {
    // Let other requests in between statements: a document's 26,000 questions in one go held
    // the event loop about 190 ms on SQLite, whose statements run synchronously.
    if (start > 0) await setImmediate();
    await db
      .insertInto(anyTable)
      .values(rows.slice(start, start + perStatement) as never)
      .execute();
  }
}
