import { ProblemError } from '../plugins/problems.js';

/**
 * A `date-time` the schema accepted, as the ISO string the database compares; a 400 for one
 * that no Date can hold (a leap second, `23:59:60`, passes the format but not `Date`).
 */
export function isoTime(value: string, part: 'querystring' | 'body', pointer: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time))
    throw new ProblemError(
      'validation-failed',
      `${pointer.slice(1)} is not a time this server can use`,
      {
        errors: [{ in: part, pointer, detail: 'is not a valid time' }],
      },
    );
  return new Date(time).toISOString();
}
