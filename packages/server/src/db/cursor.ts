import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { ProblemError } from '../plugins/problems.js';

/** A page cursor: the sort key values of the last row of the previous page, opaque to clients. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** What a cursor slot holds: text, or a whole number a database column can hold. */
export type CursorSlot = 'string' | 'integer';

function fits(value: unknown, slot: CursorSlot): boolean {
  // A NUL is in no key this server gives out, and PostgreSQL refuses it in a query (a 500).
  return slot === 'string'
    ? typeof value === 'string' && !value.includes('\u0000')
    : Number.isSafeInteger(value) && Math.abs(value as number) <= 2_147_483_647;
}

/** The values of a cursor this server gave out, one per slot; a 400 problem for anything else. */
export function decodeCursor(cursor: string, slots: CursorSlot[]): (string | number)[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === slots.length &&
      value.every((v, i) => fits(v, slots[i] as CursorSlot))
    )
      return value as (string | number)[];
  } catch {}
  throw new ProblemError('validation-failed', 'The cursor is not one this server gave out', {
    errors: [{ in: 'querystring', pointer: '/cursor', detail: 'is not a valid cursor' }],
  });
}

/**
 * Keyset pagination's condition: rows after (or before, with `<`) the position `values` in the
 * order of `columns`, as a row-value comparison, (a, b, c) > (x, y, z), which both engines plan
 * as a range of an index on those columns. Every column must sort the same way. (Spelled out as
 * an OR of prefixes, SQLite walked its sort index from the start and tested every row: a page
 * 50,000 rows into 100,000 documents took 5 ms of query alone, the first page 0.2 ms.)
 */
export function keysetAfter(
  columns: string[],
  values: (string | number)[],
  op: '>' | '<',
): RawBuilder<SqlBool> {
  return sql<SqlBool>`((${sql.join(columns.map((column) => sql.ref(column)))}) ${sql.raw(op)} (${sql.join(values)}))`;
}

/** One page of rows fetched with `limit + 1`: the rows to show and the cursor of the next page. */
export function pageOf<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => (string | number)[],
): { shown: T[]; next: string | null } {
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return {
    shown,
    next: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
