import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DocumentRow } from '../documents/repo.js';
import { ProblemError } from './problems.js';

/**
 * The document routes' ETag rules, all of them (docs/api.md#documents): how a version's tag is
 * made, how If-Match and If-None-Match are read and compared (RFC 9110 §8.8.3, §13.1.1–2).
 */

/** An entity tag: its opaque characters (without the quotes), and whether it is weak (`W/`). */
export interface EntityTag {
  weak: boolean;
  opaque: string;
}

export type Representation = 'application/json' | 'text/markdown' | 'text/html';

/** The strong ETag of a document's head: its version number and content hash. */
export function etagOf(row: Pick<DocumentRow, 'head_version' | 'content_hash'>): string {
  return `"${row.head_version}.${row.content_hash.slice(0, 16)}"`;
}

/**
 * Each representation of a version has its own ETag (JSON has the plain one, which saves
 * answer), so that a cache never revalidates the HTML with the Markdown's tag and gets a 304
 * for the wrong body. If-Match on a save accepts any of them.
 */
export function representationEtag(etag: string, type: Representation): string {
  if (type === 'application/json') return etag;
  return `${etag.slice(0, -1)}-${type === 'text/markdown' ? 'md' : 'html'}"`;
}

/** An entity tag as a header writes it: `"opaque"` or `W/"opaque"`. */
export function formatEntityTag(tag: EntityTag): string {
  return `${tag.weak ? 'W/' : ''}"${tag.opaque}"`;
}

// One list element, then a comma or the end; etagc is %x21 / %x23-7E / obs-text.
const ELEMENT = /[ \t]*(?:(W\/)?"([\x21\x23-\x7e\x80-\xff]*)")?[ \t]*(,|$)/y;

/**
 * An If-Match / If-None-Match value: `*`, or the list of entity tags it names (empty elements
 * between commas are skipped, as RFC 9110 §5.6.1 lets a recipient do); null when it is neither.
 */
export function parseEtagList(header: string): '*' | EntityTag[] | null {
  if (header.trim() === '*') return '*';
  const tags: EntityTag[] = [];
  ELEMENT.lastIndex = 0;
  while (ELEMENT.lastIndex < header.length) {
    const start = ELEMENT.lastIndex;
    const match = ELEMENT.exec(header);
    if (!match || ELEMENT.lastIndex === start) return null;
    if (match[2] !== undefined) tags.push({ weak: match[1] !== undefined, opaque: match[2] });
    if (match[3] === '') break;
  }
  return tags;
}

/** RFC 9110 strong comparison: both strong, same opaque characters. */
export function strongMatch(a: EntityTag, b: EntityTag): boolean {
  return !a.weak && !b.weak && a.opaque === b.opaque;
}

/** RFC 9110 weak comparison: same opaque characters, weak or not. */
export function weakMatch(a: EntityTag, b: EntityTag): boolean {
  return a.opaque === b.opaque;
}

const tagOf = (etag: string): EntityTag => ({ weak: false, opaque: etag.slice(1, -1) });

/**
 * A save's precondition: no If-Match → 428; `*` → saved over whatever the head is (RFC 9110
 * §13.1.1: the document has a current representation — the client asks to overwrite); else it
 * must name the head's ETag of any representation → else 412 with `currentEtag`. A weak `W/`
 * form of the head's tag counts (a compressing proxy weakens tags; the opaque part still names
 * exactly one version). A value that is neither `*` nor quoted tags → 400, which names it.
 */
export function checkIfMatch(header: string | undefined, current: string): void {
  if (header === undefined || header.trim() === '')
    throw new ProblemError(
      'precondition-required',
      'Send If-Match with the ETag you read, so that a save never overwrites a change you have not seen',
    );
  const wanted = parseEtagList(header);
  if (wanted === null)
    throw new ProblemError(
      'validation-failed',
      'If-Match must be * or the ETag as the server sent it, in double quotes',
      { errors: [{ in: 'headers', pointer: '/if-match', detail: 'is not * or a list of ETags' }] },
    );
  if (wanted === '*') return;
  const heads = (['application/json', 'text/markdown', 'text/html'] as const).map((type) =>
    tagOf(representationEtag(current, type)),
  );
  if (!wanted.some((tag) => heads.some((head) => weakMatch(tag, head)))) throw stale(current);
}

/** The 412 of a save whose version is no longer the head. */
export function stale(current: string): ProblemError {
  return new ProblemError(
    'precondition-failed',
    'The document was saved by someone else since you read it; read it again and reapply your change',
    { currentEtag: current },
  );
}

/**
 * Set the representation's ETag; whether the client's If-None-Match names it or is `*` (→ 304,
 * weak comparison as RFC 9110 §13.1.2 says; a value that cannot be read is ignored).
 */
export function notModified(request: FastifyRequest, reply: FastifyReply, etag: string): boolean {
  reply.header('etag', etag).header('vary', 'accept');
  const header = request.headers['if-none-match'];
  if (!header) return false;
  const listed = parseEtagList(header);
  if (listed === null) return false;
  return listed === '*' || listed.some((tag) => weakMatch(tag, tagOf(etag)));
}

/** The representation the Accept header prefers among JSON, Markdown and HTML (JSON by default). */
export function preferredType(
  accept: string | undefined,
): 'application/json' | 'text/markdown' | 'text/html' {
  if (!accept) return 'application/json';
  let best: { type: 'application/json' | 'text/markdown' | 'text/html'; q: number } = {
    type: 'application/json',
    q: 0,
  };
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.trim().split(';');
    const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1);
    const type = range.trim().toLowerCase();
    const match =
      type === 'text/markdown'
        ? 'text/markdown'
        : type === 'text/html'
          ? 'text/html'
          : type === 'application/json' || type === '*/*' || type === 'application/*'
            ? 'application/json'
            : null;
    if (match && q > best.q) best = { type: match, q };
  }
  return best.type;
}
