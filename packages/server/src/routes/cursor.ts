import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { ProblemError } from '../plugins/problems.js';

/** A page cursor: the sort key values of the last row of the previous page, opaque to clients. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The values of a cursor this server gave out; a 400 problem for anything else. */
export function decodeCursor(cursor: string, length: number): (string | number)[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === length &&
      value.every((v) => typeof v === 'string' || typeof v === 'number')
    )
      return value;
  } catch {}
  throw new ProblemError('validation-failed', 'The cursor is not one this server gave out', {
    errors: [{ in: 'querystring', pointer: '/cursor', detail: 'is not a valid cursor' }],
  });
}

/**
 * Keyset pagination's condition: rows after (or before, with `<`) the position `values` in the
 * order of `columns`, i.e. (a, b, c) > (x, y, z) spelled out as an OR of prefixes, which both
 * engines plan with the sort index.
 */
export function keysetAfter(
  columns: string[],
  values: (string | number)[],
  op: '>' | '<',
): RawBuilder<SqlBool> {
  const branches = columns.map((column, i) =>
    sql.join(
      [
        ...columns.slice(0, i).map((previous, j) => sql`${sql.ref(previous)} = ${values[j]}`),
        sql`${sql.ref(column)} ${sql.raw(op)} ${values[i]}`,
      ],
      sql` and `,
    ),
  );
  return sql<SqlBool>`(${sql.join(
    branches.map((branch) => sql`(${branch})`),
    sql` or `,
  )})`;
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
