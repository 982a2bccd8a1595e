/** The longest document path, in characters (after `//` is made `/`). */
export const MAX_DOCUMENT_PATH_LENGTH = 500;
/** The longest folder or file name in a path, in UTF-8 bytes: what ext4, APFS and NTFS hold. */
export const MAX_PATH_SEGMENT_BYTES = 255;

/** A document path as stored (`ok`), or why it cannot be one. */
export type DocumentPathCheck = { ok: true; path: string } | { ok: false; reason: string };

// C0 controls, DEL and C1 controls: invisible in listings, and some end a file name on disk.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
const DRIVE = /^[A-Za-z]:/;

/**
 * The one form of a document's repository path, or why it has none. A path is relative, with
 * `/` between folders; runs of `/` become one (`docs//x.md` → `docs/x.md`), and nothing else is
 * changed: a `.` or `..` segment, a leading or trailing `/`, a drive (`C:`), a backslash, a
 * control character, a blank segment or one that starts or ends with white space, a segment
 * over 255 UTF-8 bytes or a path over 500 characters is refused, since each either escapes the
 * folder it is exported to, names a folder rather than a file, or differs from what a file
 * system or shell gives back. Idempotent: an accepted path is accepted unchanged.
 */
export function normaliseDocumentPath(input: string): DocumentPathCheck {
  const refuse = (reason: string): DocumentPathCheck => ({ ok: false, reason });
  if (input.length === 0) return refuse('is empty');
  const control = CONTROL.exec(input);
  if (control)
    return refuse(
      `contains the control character U+${(control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
  if (input.includes('\\')) return refuse('contains a backslash; separate folders with “/”');
  if (input.startsWith('/')) return refuse('starts with “/”; a document path is relative');
  if (input.endsWith('/')) return refuse('ends with “/”; a document path names a file');
  if (DRIVE.test(input)) return refuse('starts with a drive; a document path is relative');
  const segments = input.split(/\/+/);
  for (const segment of segments) {
    if (segment === '.' || segment === '..')
      return refuse(`has a “${segment}” segment; name the folders`);
    if (segment.trim() === '') return refuse('has a blank segment');
    if (segment.trim() !== segment)
      return refuse(`has a segment that starts or ends with white space (“${segment}”)`);
    if (utf8Length(segment) > MAX_PATH_SEGMENT_BYTES)
      return refuse(`has a segment longer than ${MAX_PATH_SEGMENT_BYTES} bytes`);
  }
  const path = segments.join('/');
  if (path.length > MAX_DOCUMENT_PATH_LENGTH)
    return refuse(`is longer than ${MAX_DOCUMENT_PATH_LENGTH} characters`);
  return { ok: true, path };
}

/** The folders a normalised path lies in, outermost first: `a/b/c.md` → `a`, `a/b`. */
export function folderPathsOf(path: string): string[] {
  const folders: string[] = [];
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1))
    folders.push(path.slice(0, i));
  return folders;
}

/**
 * Whether two normalised paths cannot both be files under one folder: they are equal, or one
 * is a folder of the other (`dir` and `dir/file.md`).
 */
export function documentPathsClash(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}

/** A string's length in UTF-8 bytes (core has no TextEncoder type: it runs anywhere). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
