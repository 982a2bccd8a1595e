import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type FieldProblem, ProblemError } from './problems.js';

/**
 * The NUL character, which PostgreSQL refuses in text (a query holding one failed: a 500) while
 * SQLite stores it, and UTF-16 surrogates outside a pair, which have no UTF-8 form (SQLite stored
 * invalid UTF-8, PostgreSQL a replacement character). No text the API takes may hold either.
 */
const UNSAFE = /\0|\p{Cs}/u;

/** Past this many, a request's other bad strings are not listed. */
const MAX_LISTED = 10;

function unsafeDetail(text: string): string | null {
  const found = UNSAFE.exec(text)?.[0];
  if (found === undefined) return null;
  if (found === '\0') return 'must not contain the NUL character (U+0000)';
  const hex = (found.codePointAt(0) as number).toString(16).toUpperCase();
  return `must not contain a lone surrogate (U+${hex}): text must be valid Unicode`;
}

const escapePointer = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * Every string in a decoded request part (and every property name), walked without recursion so
 * that a deeply nested JSON body cannot overflow the stack; its unsafe ones as field problems.
 */
export function unsafeText(value: unknown, part: FieldProblem['in']): FieldProblem[] {
  const found: FieldProblem[] = [];
  const pending: [unknown, string][] = [[value, '']];
  while (pending.length > 0 && found.length < MAX_LISTED) {
    const [current, pointer] = pending.pop() as [unknown, string];
    if (typeof current === 'string') {
      const detail = unsafeDetail(current);
      if (detail) found.push({ in: part, pointer: pointer || '/', detail });
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        const at = `${pointer}/${escapePointer(key)}`;
        const keyDetail = unsafeDetail(key);
        if (keyDetail)
          found.push({ in: part, pointer: at, detail: `has a name that ${keyDetail}` });
        pending.push([item, at]);
      }
    }
  }
  return found;
}

/**
 * Refuses, before anything reads it, a request whose path, query or body holds text no engine
 * may store: a 400 naming each field, the same on SQLite and PostgreSQL. It runs before the
 * access checks that look workspaces and documents up by the ids in the path.
 */
export const safeText = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', (request, _reply, done) => {
    const errors = [
      ...unsafeText(request.params, 'params'),
      ...unsafeText(request.query, 'querystring'),
      ...unsafeText(request.body, 'body'),
    ].slice(0, MAX_LISTED);
    if (errors.length === 0) return done();
    done(
      new ProblemError(
        'validation-failed',
        errors.map((e) => `${e.in} ${e.pointer} ${e.detail}`).join('; '),
        { errors },
      ),
    );
  });
});
