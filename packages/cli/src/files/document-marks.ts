import { closeSync, openSync, readSync } from 'node:fs';

/** What the head of a Markdown file says about it being a design document. */
export interface DocumentMarks {
  /** The front matter's `template:`, when it names one. */
  template: string | null;
  /** The front matter names a `status:`, or the header has a status line. */
  status: boolean;
}

/** Bytes read from each file: front matter and a header fit in far less. */
const HEAD_BYTES = 16 * 1024;
/** Lines of the header (before the first `##` section) searched for a status line. */
const HEADER_LINES = 30;

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
/** A top-level front-matter key's value, or null when the key is absent or empty. */
function frontMatterValue(yaml: string, key: string): string | null {
  const match = new RegExp(`^${key}:[ \\t]*["']?([^"'\\r\\n#]*?)["']?[ \\t]*(?:#.*)?$`, 'm').exec(
    yaml,
  );
  return match?.[1]?.trim() || null;
}
/**
 * A header's status: `Status: Accepted`, `- Status: Accepted`, `* Status: **Implemented**`,
 * `**Status:** Draft`, `| Status | Draft |`; or a `## Status` section heading (Nygard ADRs).
 */
const STATUS_LINE =
  /^\s*(?:[-*+]\s+|\|\s*)?(?:\*\*|__)?status(?:\*\*|__)?\s*(?::|\|)\s*(?:\*\*|__)?\s*[\w[]/i;
const STATUS_HEADING = /^#{2,3}\s+status\s*$/i;

/** The first bytes of a file as text, or null when it cannot be read. */
export function readHead(file: string): string | null {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const length = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, length).toString('utf8');
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Whether a Markdown text looks like a design document by its own words: front matter that
 * names a `template` or a `status`, or a header (the lines before the first `##` section, at
 * most 30) with a status line as MADR, Nygard ADRs and many RFC templates write it.
 */
export function documentMarks(text: string): DocumentMarks {
  const block = FRONT_MATTER.exec(text);
  let body = text;
  if (block) {
    const yaml = block[1] ?? '';
    const template = frontMatterValue(yaml, 'template');
    const status = frontMatterValue(yaml, 'status') !== null;
    if (template || status) return { template, status };
    body = text.slice(block[0].length);
  }
  const lines = body.split(/\r?\n/, HEADER_LINES + 1);
  for (const line of lines.slice(0, HEADER_LINES)) {
    if (STATUS_HEADING.test(line)) return { template: null, status: true };
    if (/^#{2,6}\s/.test(line)) break;
    if (STATUS_LINE.test(line)) return { template: null, status: true };
  }
  return { template: null, status: false };
}

/** Whether a text is marked as a design document (see `documentMarks`). */
export function isMarkedDocument(text: string): boolean {
  const marks = documentMarks(text);
  return marks.template !== null || marks.status;
}
