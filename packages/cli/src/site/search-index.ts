import { createHash } from 'node:crypto';
import { encodeLength, encodePostings } from './search-encoding.js';
import { searchIndexPath, searchPiecePath } from './search-shards.js';
import { STOP_WORDS, searchTerms } from './search-terms.js';
import type { SiteDocument } from './site-manifest.js';
import type { SitePath } from './site-paths.js';

/** A file of the search index: site path and content. */
export type SearchFile = [SitePath, string];

/** How large the index's pieces grow before the next one starts, in characters. */
export interface PieceSizes {
  /**
   * Terms and postings: a query loads one or two such pieces per shard and word (more for a
   * word of two letters, or a fuzzy one: those load every term beginning with its first two
   * letters). A piece exceeds it by at most one term's postings, a few characters per section
   * of the shard, so pieces stay far under 2 MB at any corpus size.
   */
  terms: number;
  /** Titles, pages and excerpts, cut between documents: the top results' pieces are loaded. */
  store: number;
}

const PIECE_SIZES: PieceSizes = { terms: 128 * 1024, store: 32 * 1024 };
const EXCERPT_LENGTH = 180;

/**
 * The script around every file of the index: it hands its data to the script element that
 * loaded it (site.js reads it from there), so that no global name, which an element of a
 * document could shadow (`<a id="…">` becomes a property of `window`), is read or written.
 */
function searchScript(data: unknown): string {
  return `(s=>{if(s instanceof HTMLScriptElement)s.designdocData=${JSON.stringify(data)}})(document.currentScript);\n`;
}

/**
 * One shard's part of the site's full-text index, one entry per heading of its documents: a
 * small manifest (the shard's counts and field lengths for scoring, where each piece starts)
 * and pieces the browser loads on demand. The inverted index is cut by term in sorted order
 * (prefix and fuzzy queries need only the pieces that cover their first letters); the stored
 * fields (title, page, excerpt) by section, for the top results only. Scripts, not JSON, so
 * that search works from file:// too; deterministic: the same documents give the same bytes.
 */
export function searchIndexFiles(
  documents: SiteDocument[],
  shard: number,
  sizes: PieceSizes = PIECE_SIZES,
): SearchFile[] {
  const files: SearchFile[] = [];
  const piece = (data: unknown): SitePath => {
    const script = searchScript(data);
    const path = searchPiecePath(shard, createHash('sha1').update(script).digest('hex'));
    files.push([path, script]);
    return path;
  };
  const { postings, norms, lengths, sections } = invert(documents);
  const terms: [string, SitePath][] = [];
  let chunk: string[] = [];
  let chunkPostings: string[] = [];
  let chars = 0;
  const flush = () => {
    terms.push([chunk[0] as string, piece({ t: chunk.join('\n'), p: chunkPostings.join(' ') })]);
    chunk = [];
    chunkPostings = [];
    chars = 0;
  };
  for (const term of [...postings.keys()].sort()) {
    const encoded = encodePostings(postings.get(term) as number[]);
    chunk.push(term);
    chunkPostings.push(encoded);
    chars += term.length + encoded.length + 2;
    if (chars >= sizes.terms) flush();
  }
  if (chunk.length > 0) flush();
  const store = storePieces(documents, sizes.store).map(([first, data]): [number, SitePath] => [
    first,
    piece(data),
  ]);
  files.push([
    searchIndexPath(shard),
    searchScript({ stopWords: STOP_WORDS, sections, lengths, norms, terms, store }),
  ]);
  return files;
}

/** Term → flat (section, field, count) triples; and every section's field lengths. */
function invert(documents: SiteDocument[]) {
  const postings = new Map<string, number[]>();
  const lengths = [0, 0];
  let norms = '';
  let id = 0;
  for (const document of documents)
    for (const section of document.sections) {
      [section.title, section.text].forEach((text, field) => {
        const terms = searchTerms(text);
        const counts = new Map<string, number>();
        for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
        for (const [term, count] of counts) {
          const list = postings.get(term);
          if (list) list.push(id, field, count);
          else postings.set(term, [id, field, count]);
        }
        lengths[field] = (lengths[field] as number) + terms.length;
        norms += encodeLength(terms.length);
      });
      id++;
    }
  return { postings, norms, lengths, sections: id };
}

type StoredDocument = [title: string, page: SitePath, sections: [string, string, string][]];

/** The stored fields, cut between documents: [first section, documents] per piece. */
function storePieces(
  documents: SiteDocument[],
  pieceChars: number,
): [number, { d: StoredDocument[] }][] {
  const pieces: [number, { d: StoredDocument[] }][] = [];
  let current: StoredDocument[] = [];
  let first = 0;
  let next = 0;
  let chars = 0;
  for (const document of documents) {
    const sections = document.sections.map((s): [string, string, string] => [
      s.title,
      s.slug,
      excerptOf(s.text),
    ]);
    current.push([document.title, document.page, sections]);
    next += sections.length;
    chars += document.title.length + document.page.length;
    for (const [title, slug, excerpt] of sections)
      chars += title.length + slug.length + excerpt.length + 12;
    if (chars >= pieceChars) {
      pieces.push([first, { d: current }]);
      current = [];
      first = next;
      chars = 0;
    }
  }
  if (current.length > 0) pieces.push([first, { d: current }]);
  return pieces;
}

function excerptOf(text: string): string {
  return text.length > EXCERPT_LENGTH
    ? `${text.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, '')} …`
    : text;
}
