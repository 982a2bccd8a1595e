import { Readable } from 'node:stream';

/** The most text one piece of a large answer carries: about 10 ms of encoding and copying. */
const PIECE = 1024 * 1024;

/**
 * A JSON answer made of stored JSON texts (a document's model can be ten times its Markdown),
 * as a stream of pieces of at most 1 MiB: the event loop turns between pieces while the socket
 * drains, where one 11 MB string held it for about 100 ms (encoded, copied and written at once).
 * Short answers stay one string.
 */
export function jsonPieces(parts: string[]): string | Readable {
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  if (length <= PIECE) return parts.join('');
  return Readable.from(
    (function* pieces() {
      for (const part of parts)
        for (let start = 0; start < part.length; ) {
          let end = Math.min(part.length, start + PIECE);
          // Never cut a surrogate pair: each half alone would be encoded as U+FFFD.
          const last = part.charCodeAt(end - 1);
          if (end < part.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
          yield Buffer.from(part.slice(start, end));
          start = end;
        }
    })(),
    { objectMode: false },
  );
}

/** How much of a list answer one turn of the event loop stringifies and encodes. */
const ITEMS_PIECE = 256 * 1024;

/**
 * A JSON answer `{ items: [...], ...rest }` whose items are stringified a few at a time, as the
 * socket takes them: the 200 threads of 20,000-character comments of one document (4 MB) held the
 * event loop about 33 ms in one serialization. An answer whose items come to less than a piece
 * stays one string. The items must already have the shape the route's schema says (nothing is
 * dropped or coerced, as the schema's serializer would).
 */
export function jsonItemsInPieces<T extends { items: unknown[] }>(answer: T): string | Readable {
  const { items, ...rest } = answer;
  const others = JSON.stringify(rest);
  const close = others === '{}' ? ']}' : `],${others.slice(1)}`;
  let first = '{"items":[';
  let next = 0;
  while (next < items.length && first.length < ITEMS_PIECE)
    first += (next > 0 ? ',' : '') + JSON.stringify(items[next++]);
  if (next === items.length) return first + close;
  return Readable.from(
    (function* pieces() {
      yield Buffer.from(first);
      while (next < items.length) {
        let piece = '';
        while (next < items.length && piece.length < ITEMS_PIECE)
          piece += `,${JSON.stringify(items[next++])}`;
        yield Buffer.from(piece);
      }
      yield Buffer.from(close);
    })(),
    { objectMode: false },
  );
}
