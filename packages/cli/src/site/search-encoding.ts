/**
 * The compact text encodings of the static site's search index, read by assets/search.js (which
 * holds the same definitions): 64 digits that need no escaping in a JavaScript string.
 */
export const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';

/**
 * A whole number ≥ 0 in base 32, most significant digit first: the last digit is one of the
 * first 32 `DIGITS`, the ones before it of the other 32, so numbers need no separator.
 */
export function encodeNumber(value: number): string {
  let out = DIGITS[value % 32] as string;
  for (let rest = Math.floor(value / 32); rest > 0; rest = Math.floor(rest / 32))
    out = (DIGITS[32 + (rest % 32)] as string) + out;
  return out;
}

/** Search fields, in the order postings and lengths list them. */
export const FIELDS = ['title', 'text'] as const;

/**
 * The postings of one term: flat pairs (section, count × 2 + field) in ascending section order,
 * as the gap from the previous section then `count × 2 + field`. `after`: the section of the
 * posting before the first pair, when they go on an encoding already made.
 */
export function encodePostings(pairs: number[], after = 0): string {
  // Joined, not concatenated: a flat string, where `+=` leaves a tree of a node per number
  // (SearchIndexBuilder keeps these).
  const out: string[] = [];
  let previous = after;
  for (let i = 0; i < pairs.length; i += 2) {
    const section = pairs[i] as number;
    out.push(encodeNumber(section - previous), encodeNumber(pairs[i + 1] as number));
    previous = section;
  }
  return out.join('');
}

/**
 * A field's length in terms as one digit, like Lucene's one-byte norms: exact up to 16, then
 * in steps of 25 % (up to about 600,000 terms). Scoring needs the length only roughly.
 */
export function encodeLength(length: number): string {
  const code = length <= 16 ? length : 16 + Math.round(Math.log(length / 16) / Math.log(1.25));
  return DIGITS[Math.min(code, 63)] as string;
}
