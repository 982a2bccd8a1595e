import MiniSearch from 'minisearch';
import type { SiteDocument } from './site-manifest.js';

/**
 * Words too common to search for (Lucene's English stop words) and one-letter tokens: about a
 * third of all words in design documents, left out of the index to keep it small and fast to
 * build. The browser drops them from queries the same way (the list travels in the index file).
 */
const STOP_WORDS = [
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'if',
  'in',
  'into',
  'is',
  'it',
  'no',
  'not',
  'of',
  'on',
  'or',
  'such',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'will',
  'with',
];

const STOP = new Set(STOP_WORDS);

function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return lower.length < 2 || STOP.has(lower) ? null : lower;
}

/** The MiniSearch options the browser must load the index with (written into the index file). */
export const SEARCH_OPTIONS = {
  stopWords: STOP_WORDS,
  fields: ['title', 'text'],
  storeFields: ['title', 'document', 'url', 'excerpt'],
  searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
};

const EXCERPT_LENGTH = 180;

/**
 * One shard of the site's full-text index, one entry per heading of the shard's documents, as
 * a script that adds it to `window.designdocSearch` (a script, not JSON, so that search works
 * from file:// too, where pages cannot fetch). The browser searches every shard and merges the
 * results by score; shards hold a hash-chosen half of the documents each, so their term
 * statistics, and so their scores, are alike. Deterministic: the same documents give the same
 * bytes.
 */
export function searchIndexScript(documents: SiteDocument[]): string {
  const index = new MiniSearch({
    fields: SEARCH_OPTIONS.fields,
    storeFields: SEARCH_OPTIONS.storeFields,
    processTerm,
  });
  let id = 0;
  for (const document of documents) {
    for (const section of document.sections) {
      index.add({
        id: id++,
        title: section.title,
        text: section.text,
        document: document.title,
        url: document.page + (section.slug ? `#${section.slug}` : ''),
        excerpt:
          section.text.length > EXCERPT_LENGTH
            ? `${section.text.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, '')} …`
            : section.text,
      });
    }
  }
  const payload = { options: SEARCH_OPTIONS, index: index.toJSON() };
  return `(window.designdocSearch = window.designdocSearch || []).push(${JSON.stringify(payload)});\n`;
}
