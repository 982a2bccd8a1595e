import { ProblemError } from '../plugins/problems.js';

/** The largest document the server parses, in UTF-8 bytes, and the most headings it reads in one. */
export interface DocumentLimits {
  bytes: number;
  headings: number;
}

/** No limits: for callers that prepare documents the server already holds (the demo import). */
export const UNLIMITED: DocumentLimits = {
  bytes: Number.POSITIVE_INFINITY,
  headings: Number.POSITIVE_INFINITY,
};

/**
 * Refuse a document over `DOCUMENT_LIMIT` with a 413 that names the limit and the size, before
 * any parse work: counting bytes costs about a millisecond a megabyte, parsing far more.
 */
export function refuseOversizedDocument(markdown: string, limits: DocumentLimits): void {
  if (markdown.length <= limits.bytes / 3) return; // every UTF-16 unit is at most 3 UTF-8 bytes
  const size = Buffer.byteLength(markdown, 'utf8');
  if (size <= limits.bytes) return;
  throw new ProblemError(
    'document-too-large',
    `The document is ${size} bytes; this server reads documents of at most ${limits.bytes} bytes (DOCUMENT_LIMIT)`,
    { setting: 'DOCUMENT_LIMIT', limit: limits.bytes, size },
  );
}

/** The 422 for a document with more headings than `DOCUMENT_MAX_HEADINGS`. */
export function tooManyHeadings(headings: number, limit: number): ProblemError {
  return new ProblemError(
    'too-many-headings',
    `The document has ${headings} headings; this server reads documents of at most ${limit} (DOCUMENT_MAX_HEADINGS)`,
    { setting: 'DOCUMENT_MAX_HEADINGS', limit, headings },
  );
}
