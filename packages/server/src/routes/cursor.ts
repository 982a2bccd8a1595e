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
