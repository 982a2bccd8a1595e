/**
 * Words too common to search for (Lucene's English stop words): about a third of all words in
 * design documents, left out of the index to keep it small. One-letter tokens are left out too.
 * The browser drops them from queries the same way (the list travels in the index manifest).
 */
export const STOP_WORDS = [
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

/** Where text splits into words: spaces, line breaks and punctuation (assets/search.js too). */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

/**
 * The terms of a text, in order, as the index holds them and the browser looks them up: lower
 * case, without stop words and one-letter tokens. assets/search.js does the same to queries.
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of text.split(SPACE_OR_PUNCTUATION)) {
    const term = token.toLowerCase();
    if (term.length >= 2 && !STOP.has(term)) terms.push(term);
  }
  return terms;
}
