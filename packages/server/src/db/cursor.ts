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
