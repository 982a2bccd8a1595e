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
