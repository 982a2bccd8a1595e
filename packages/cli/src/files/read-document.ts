import { readFileSync } from 'node:fs';

/** The text of a document, or the one-line reason it cannot be linted. */
export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; message: string; fatal: boolean };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Read a file as UTF-8 text. Binary files (NUL bytes), invalid UTF-8 and unreadable files are
 * refused with a message that says what is wrong and where; an empty file is reported, not linted.
 */
export function readDocument(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'is a directory'
            : (error as Error).message;
    return { ok: false, message: `Cannot read file: ${reason}`, fatal: true };
  }
  return decodeDocument(bytes);
}

/** Decode bytes read from a file (see `readDocument`). */
export function decodeDocument(bytes: Uint8Array): ReadResult {
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    return {
      ok: false,
      message: `Binary file (NUL byte at offset ${nul}), not a Markdown document`,
      fatal: true,
    };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return {
      ok: false,
      message: `Invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}; save the file as UTF-8`,
      fatal: true,
    };
  }
  if (text.trim() === '')
    return { ok: false, message: 'File is empty, expected a design document', fatal: false };
  return { ok: true, text };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b < 0xe0
          ? 1
          : b >= 0xe0 && b < 0xf0
            ? 2
            : b >= 0xf0 && b < 0xf5
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
