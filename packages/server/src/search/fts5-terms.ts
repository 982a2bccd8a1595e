// The terms SQLite FTS5's `porter unicode61` tokenizer indexes tokens under, and how to find the
// words that may be indexed under a term. Checked against FTS5's own index (fts5vocab) on 22,436
// English words: every term the same but for words over 64 bytes, which FTS5 leaves unstemmed,
// as termOf does.
import { stemmer } from 'stemmer';
import { queryWords } from './search-query.js';

/** FTS5's porter tokenizer stems tokens of 3 to 64 bytes and passes the others on as they are. */
const STEMMED_BYTES = { min: 3, max: 64 };

/** `token` in lower case without the diacritics of Latin letters, as unicode61 folds it. */
function fold(token: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, as a class
  return /^[\u0000-\u007f]*$/.test(token)
    ? token.toLowerCase()
    : token
        .normalize('NFD')
        .replace(/(?<=\p{Script=Latin})\p{Mn}+/gu, '')
        .normalize('NFC')
        .toLowerCase();
}

/** The term FTS5 indexes `token` under: folded, then stemmed (Porter). */
export function termOf(token: string): string {
  const folded = fold(token);
  const bytes = Buffer.byteLength(folded);
  return bytes < STEMMED_BYTES.min || bytes > STEMMED_BYTES.max ? folded : stemmer(folded);
}

/**
 * The terms of a query, one for each FTS5 token of its words (search-query.ts: FTS5 splits
 * `a_b` in two), repeats kept: FTS5 weighs a word the query repeats once for each time.
 */
export function queryTerms(q: string): string[] {
  return queryWords(q)
    .flatMap((word) => word.match(/[\p{L}\p{N}\p{Co}][\p{L}\p{N}\p{Co}\p{Mn}]*/gu) ?? [])
    .map(termOf);
}

/** The Latin letters (Latin-1 to Latin Extended-B, Latin Extended Additional) by what they fold to. */
const LATIN_FOLDS = new Map<string, string>();
for (const [first, last] of [
  [0xc0, 0x24f],
  [0x1e00, 0x1eff],
] as const)
  for (let code = first; code <= last; code++) {
    const letter = String.fromCodePoint(code);
    const base = fold(letter);
    if (base.length === 1 && base !== letter)
      LATIN_FOLDS.set(base, (LATIN_FOLDS.get(base) ?? base) + letter);
  }

/** Combining marks (the blocks of them), which a letter may carry in decomposed text. */
const MARKS = '[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]*';

/**
 * A pattern for the folded `text`: each letter in either case, with or without diacritics. No
 * `i` or `u` flag: with them, compiling a pattern took ~0.5 ms, longer than most snippets.
 */
function unfolded(text: string): string {
  return [...text]
    .map((char) => {
      const letters = `${char}${char.toUpperCase()}${LATIN_FOLDS.get(char) ?? ''}`;
      if (char.length === 1 && letters.length > 1) return `[${letters}]${MARKS}`;
      return char.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
    })
    .join('');
}

/**
 * Finds, from its `lastIndex`, the next place where a word indexed under one of `terms` may
 * start: each term but its last letter, in any case, with or without diacritics. Porter stemming
 * changes at most a stem's last letter ("happy" → "happi", "hoping" → "hope"), so every word
 * indexed under a term starts so. Whether a word does start there, and is indexed under a term,
 * is for the caller to check (a look-behind for the word's start made the search 40 times
 * slower).
 */
export function termStarts(terms: readonly string[]): RegExp {
  const prefixes = terms.map((term) => unfolded(term.length > 1 ? term.slice(0, -1) : term));
  return new RegExp(prefixes.join('|'), 'g');
}
