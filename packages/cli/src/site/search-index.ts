import { createHash } from 'node:crypto';
import { detached } from '@designdoc/core';
import { encodeLength, encodePostings } from './search-encoding.js';
import { searchIndexPath, searchPiecePath } from './search-shards.js';
import { STOP_WORDS, searchTerms } from './search-terms.js';
import type { SiteDocument, SiteSection } from './site-manifest.js';
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

/** What the index needs of a document: its title, its page and its searchable sections. */
export type IndexedDocument = Pick<SiteDocument, 'title' | 'page'> & { sections: SiteSection[] };

type StoredDocument = [title: string, page: SitePath, sections: [string, string, string][]];

/**
 * One shard's part of the site's full-text index, one entry per heading of its documents: a
 * small manifest (the shard's counts and field lengths for scoring, where each piece starts)
 * and pieces the browser loads on demand. The inverted index is cut by term in sorted order
 * (prefix and fuzzy queries need only the pieces that cover their first letters); the stored
 * fields (title, page, excerpt) by section, for the top results only. Scripts, not JSON, so
 * that search works from file:// too; deterministic: the same documents give the same bytes.
 *
 * Documents are added one at a time and their text is not kept: the stored fields go out in
 * pieces as the documents come, and what grows with the shard is the postings (two small
 * integers per term and section, encoded as they grow), so a build holds no document's text
 * longer than it takes to index it. What is kept is copied (`detached`): a substring would keep
 * its whole section.
 */
export class SearchIndexBuilder {
  /** Term → its postings, encoded as they grow (see `TermPostings`). */
  private readonly postings = new Map<string, TermPostings>();
  private readonly lengths = [0, 0];
  /** Each document's field lengths (`encodeLength`), joined at the end. */
  private readonly norms: string[] = [];
  private sections = 0;
  /** The stored fields not yet written, the first section they hold, their size. */
  private stored: StoredDocument[] = [];
  private storedFirst = 0;
  private storedChars = 0;
  /** Where each piece of stored fields starts: [first section, piece]. */
  private readonly store: [number, SitePath][] = [];

  constructor(
    private readonly shard: number,
    private readonly write: (file: SearchFile) => void,
    private readonly sizes: PieceSizes = PIECE_SIZES,
  ) {}

  add(document: IndexedDocument): void {
    const sections: [string, string, string][] = [];
    let norms = '';
    for (const section of document.sections) {
      [section.title, section.text].forEach((text, field) => {
        const terms = searchTerms(text);
        const counts = new Map<string, number>();
        for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
        for (const [term, count] of counts) {
          const postings = this.postings.get(term);
          if (postings) addPosting(postings, this.sections, count * 2 + field);
          // A term of 13 characters or more is a slice of its section's text (V8): copied, so
          // that the key does not keep the whole section.
          else
            this.postings.set(detached(term), {
              encoded: [],
              previous: 0,
              pairs: [this.sections, count * 2 + field],
            });
        }
        this.lengths[field] = (this.lengths[field] as number) + terms.length;
        norms += encodeLength(terms.length);
      });
      sections.push([section.title, section.slug, excerptOf(section.text)]);
      this.sections++;
    }
    this.norms.push(detached(norms));
    this.stored.push([document.title, document.page, sections]);
    // The stored fields are cut between documents, about every `sizes.store` characters.
    this.storedChars += document.title.length + document.page.length;
    for (const [title, slug, excerpt] of sections)
      this.storedChars += title.length + slug.length + excerpt.length + 12;
    if (this.storedChars >= this.sizes.store) this.flushStored();
  }

  /** Write the term pieces and the shard's manifest. */
  finish(): void {
    if (this.stored.length > 0) this.flushStored();
    const terms: [string, SitePath][] = [];
    let chunk: string[] = [];
    let chunkPostings: string[] = [];
    let chars = 0;
    const flush = () => {
      terms.push([
        chunk[0] as string,
        this.piece({ t: chunk.join('\n'), p: chunkPostings.join(' ') }),
      ]);
      chunk = [];
      chunkPostings = [];
      chars = 0;
    };
    for (const term of [...this.postings.keys()].sort()) {
      const postings = this.postings.get(term) as TermPostings;
      const encoded = postings.encoded.join('') + encodePostings(postings.pairs, postings.previous);
      chunk.push(term);
      chunkPostings.push(encoded);
      chars += term.length + encoded.length + 2;
      if (chars >= this.sizes.terms) flush();
    }
    if (chunk.length > 0) flush();
    this.write([
      searchIndexPath(this.shard),
      searchScript({
        stopWords: STOP_WORDS,
        sections: this.sections,
        lengths: this.lengths,
        norms: this.norms.join(''),
        terms,
        store: this.store,
      }),
    ]);
  }

  private flushStored(): void {
    this.store.push([this.storedFirst, this.piece({ d: this.stored })]);
    this.storedFirst = this.sections;
    this.stored = [];
    this.storedChars = 0;
  }

  /** Write a piece, named by its content, and return its path. */
  private piece(data: unknown): SitePath {
    const script = searchScript(data);
    const path = searchPiecePath(this.shard, createHash('sha1').update(script).digest('hex'));
    this.write([path, script]);
    return path;
  }
}

/**
 * A term's postings: the older ones already encoded, 64 at a time (about 2.5 bytes a posting,
 * where a pair of numbers in an array takes 16), `previous` the last section they hold, then the latest pairs
 * (section, count × 2 + field). At 5,000 documents the arrays alone held 36 MB per shard, and
 * the heap a build grows to is a multiple of what it keeps.
 */
interface TermPostings {
  encoded: string[];
  previous: number;
  pairs: number[];
}

/** Pairs are encoded 64 at a time. */
const PAIRS_PER_ENCODING = 64;

function addPosting(postings: TermPostings, section: number, code: number): void {
  const { pairs } = postings;
  pairs.push(section, code);
  if (pairs.length < PAIRS_PER_ENCODING * 2) return;
  postings.encoded.push(encodePostings(pairs, postings.previous));
  postings.previous = section;
  pairs.length = 0;
}

/** The index files of a shard of `documents` (tests; builds add documents as they go). */
export function searchIndexFiles(
  documents: IndexedDocument[],
  shard: number,
  sizes: PieceSizes = PIECE_SIZES,
): SearchFile[] {
  const files: SearchFile[] = [];
  const builder = new SearchIndexBuilder(shard, (file) => files.push(file), sizes);
  for (const document of documents) builder.add(document);
  builder.finish();
  return files;
}

function excerptOf(text: string): string {
  return text.length > EXCERPT_LENGTH
    ? `${text.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, '')} …`
    : text;
}
