// Where SQLite FTS5's unicode61 tokenizer finds tokens in a text: runs of letters, digits and
// private-use characters (categories L*, N*, Co), with the combining marks inside them. Read a
// character at a time (a regular expression per token cost ~1 µs, ten times more).

/** A token's place in its text: UTF-16 offsets, end exclusive. */
export interface Token {
  start: number;
  end: number;
}

const STARTS_TOKEN = /[\p{L}\p{N}\p{Co}]/u;
const COMBINING = /\p{Mn}/u;

/** What each code point of the Basic Multilingual Plane is: 0 not known yet, else kind + 1. */
const KINDS = new Uint8Array(0x10000);

/** 2: the code point starts a token (and goes on one); 1: it goes on one (a mark); 0: neither. */
function kindOf(code: number): number {
  if (code < 0x10000 && KINDS[code]) return (KINDS[code] as number) - 1;
  const char = String.fromCodePoint(code);
  const kind = STARTS_TOKEN.test(char) ? 2 : COMBINING.test(char) ? 1 : 0;
  if (code < 0x10000) KINDS[code] = kind + 1;
  return kind;
}

/** The kind of the code point at `i` (none past the end), and the code point's length. */
function at(text: string, i: number): { kind: number; size: number } {
  const code = text.codePointAt(i);
  if (code === undefined) return { kind: 0, size: 1 };
  return { kind: kindOf(code), size: code > 0xffff ? 2 : 1 };
}

/** The kind of the code point ending at `i`, and the code point's length. */
function before(text: string, i: number): { kind: number; size: number } {
  const low = text.charCodeAt(i - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2;
  return pair ? at(text, i - 2) : { kind: kindOf(low), size: 1 };
}

/** Where the token running at `i` ends. */
export function tokenEnd(text: string, i: number): number {
  let end = i;
  for (let c = at(text, end); end < text.length && c.kind > 0; c = at(text, end)) end += c.size;
  return end;
}

/** Whether a token starts at `i`. */
export function startsToken(text: string, i: number): boolean {
  return at(text, i).kind === 2 && (i === 0 || before(text, i).kind === 0);
}

/** Up to `max` tokens starting from `from` on and before `until`. */
export function tokensFrom(text: string, from: number, max: number, until = text.length): Token[] {
  const found: Token[] = [];
  let i = from;
  while (found.length < max) {
    for (let c = at(text, i); i < until && c.kind !== 2; c = at(text, i)) i += c.size;
    if (i >= until) break;
    const start = i;
    i = tokenEnd(text, i);
    found.push({ start, end: i });
  }
  return found;
}

/**
 * The last `max` tokens that end by `offset` (which is not inside one), and whether they are all
 * the tokens before it (`atStart`).
 */
export function tokensBefore(
  text: string,
  offset: number,
  max: number,
): { tokens: Token[]; atStart: boolean } {
  const tokens: Token[] = [];
  let i = offset;
  for (;;) {
    while (i > 0 && before(text, i).kind === 0) i -= before(text, i).size;
    if (i === 0 || tokens.length === max) break;
    const end = i;
    while (i > 0 && before(text, i).kind > 0) i -= before(text, i).size;
    // A token starts at its first letter or digit: a mark before that is no part of it.
    let start = i;
    while (start < end && at(text, start).kind === 1) start += at(text, start).size;
    if (start < end) tokens.push({ start, end });
  }
  return { tokens: tokens.reverse(), atStart: i === 0 };
}

/** Whether FTS5's snippet() takes the token at `start` to begin a sentence: ". " or ": " before it. */
export function startsSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && ' \t\n\r'.includes(text[i] as string)) i--;
  return i < start - 1 && (text[i] === '.' || text[i] === ':');
}
