import { queryTerms, termOf, termStarts } from './fts5-terms.js';
import {
  startsSentence,
  startsToken,
  type Token,
  tokenEnd,
  tokensBefore,
  tokensFrom,
} from './fts5-tokens.js';
import { START, STOP } from './search-query.js';

/** How many tokens a snippet shows, as `snippet(…, 16)` did. */
const WINDOW = 16;

/**
 * How many words starting like a term (termStarts) a snippet checks, and how many matches it
 * weighs, at most: a document's snippet costs the same small amount whatever it holds (a word
 * 40,000 times, or 400,000 words that start like the query's one).
 */
const MAX_CANDIDATES = 4096;
const MAX_MATCHES = 256;

/** The longest text between two tokens, and the longest token, that a snippet shows whole. */
const MAX_GAP = 200;
const MAX_TOKEN = 100;

/** A longer token is no query term's: a query is at most 500 characters. */
const MAX_TERM_SOURCE = 2000;

/** What FTS5's snippet() takes to end a sentence before a token. */
const SENTENCE_END = /[.:][ \t\n\r]+[\p{L}\p{N}\p{Co}]/u;

/** A token indexed under a query term, and its place among the text's tokens. */
interface Match extends Token {
  term: string;
  /** Tokens before it: exact near the text's start, else relative to the matches before it. */
  position: number;
  /** The token starting its sentence (when that may matter): position, offset, and whether first. */
  sentence?: { position: number; at: number; atStart: boolean };
}

/** The tokens a snippet shows: from `from` tokens after the one at `at` (negative: before). */
interface Window {
  at: number;
  from: number;
  /** Whether a window running past the text's end moves back to show WINDOW tokens. */
  keepsSize: boolean;
}

/**
 * What SQLite FTS5's `snippet(search_index, 2, START, STOP, '…', 16)` gave for a document's
 * `body` and the query `q`, made here instead. FTS5's snippet() weighs every match against every
 * other one, so its time grew with the square of a word's repeats: 8.3 s for one word 40,000
 * times in 320 KB, the event loop blocked throughout. This one scans for words starting like the
 * query's terms (one regular expression: a few ms for 5 MB), then checks at most MAX_CANDIDATES of
 * them and weighs at most MAX_MATCHES matches, as FTS5 does: the window with the most distinct
 * terms (a term the query repeats counts as often), then the most matches, or the one starting
 * the sentence of a match (a bonus), centred on its matches. It differs from FTS5 past those
 * limits, and in marking a phrase such as `a_b` word by word.
 */
export function sqliteSnippet(body: string, q: string): string {
  const weights = new Map<string, number>();
  for (const term of queryTerms(q)) weights.set(term, (weights.get(term) ?? 0) + 1);
  const matches = weights.size > 0 ? findMatches(body, new Set(weights.keys())) : [];
  const long = tokensFrom(body, 0, WINDOW + 1).length > WINDOW;
  const first = tokensFrom(body, 0, 1)[0]?.start ?? 0;
  const window = bestWindow(matches, weights, long) ?? { at: first, from: 0, keepsSize: false };
  return windowText(body, window, weights);
}

/**
 * The first MAX_MATCHES matches of `terms` in `body`; then, for each term not met yet, the first
 * match of it and the matches around it (a window holding one more term beats every window
 * without it); in all, among at most MAX_CANDIDATES candidates.
 */
function findMatches(body: string, terms: Set<string>): Match[] {
  const matches: Match[] = [];
  const termsOf = new Map<string, string>();
  /** The term `token` is indexed under, if it is one of `terms`. */
  const termAt = ({ start, end }: Token): string | undefined => {
    if (end - start > MAX_TERM_SOURCE) return undefined;
    const word = body.slice(start, end);
    const term = termsOf.get(word) ?? termOf(word);
    termsOf.set(word, term);
    return terms.has(term) ? term : undefined;
  };
  const add = (token: Token, term: string) =>
    matches.push(placed({ ...token, term, position: 0 }, matches.at(-1), body));
  let budget = MAX_CANDIDATES;
  /** The next token from `search`'s lastIndex that is indexed under one of `wanted`. */
  const next = (search: RegExp, wanted: Set<string>) => {
    for (; budget > 0; budget--) {
      const found = search.exec(body);
      if (!found) return undefined;
      const token = { start: found.index, end: tokenEnd(body, found.index) };
      search.lastIndex = Math.max(token.end, token.start + 1);
      const term = startsToken(body, token.start) ? termAt(token) : undefined;
      if (term && wanted.has(term)) return { token, term };
    }
    return undefined;
  };
  const starts = termStarts([...terms]);
  while (matches.length < MAX_MATCHES) {
    const found = next(starts, terms);
    if (!found) return matches;
    add(found.token, found.term);
  }
  const unseen = new Set(terms);
  for (const { term } of matches) unseen.delete(term);
  while (unseen.size > 0) {
    const rare = termStarts([...unseen]);
    rare.lastIndex = matches.at(-1)?.end ?? 0;
    const found = next(rare, unseen);
    if (!found) break;
    const { start } = found.token;
    const around = [
      ...tokensBefore(body, start, WINDOW - 1).tokens,
      ...tokensFrom(body, start, WINDOW),
    ];
    for (const token of around) {
      // In order, once each: past the last match.
      const term = token.start >= (matches.at(-1)?.end ?? 0) ? termAt(token) : undefined;
      if (!term) continue;
      add(token, term);
      unseen.delete(term);
    }
  }
  return matches;
}

/**
 * `match` with its position and its sentence's start, counted from the match before it (when
 * fewer than WINDOW tokens lie between, else only the WINDOW tokens before it are read).
 */
function placed(match: Match, previous: Match | undefined, body: string): Match {
  const between = previous ? tokensFrom(body, previous.end, WINDOW, match.start) : [];
  const near = previous !== undefined && between.length < WINDOW;
  const before = near
    ? { tokens: between, atStart: false }
    : tokensBefore(body, match.start, WINDOW - 1);
  let position = WINDOW;
  if (previous) position = previous.position + 1 + between.length;
  else if (before.atStart) position = before.tokens.length;
  const tokens = [...before.tokens, match];
  const starting = tokens.findLastIndex(
    (token, i) => (i === 0 && before.atStart) || startsSentence(body, token.start),
  );
  if (starting >= 0) {
    const at = (tokens[starting] as Token).start;
    const atStart = before.atStart && starting === 0;
    return {
      ...match,
      position,
      sentence: { position: position - tokens.length + 1 + starting, at, atStart },
    };
  }
  // No sentence starts after the match before: this one is in its sentence.
  const unread = body.slice(previous?.end ?? 0, (tokens[0] as Token).start);
  if (previous?.sentence && !SENTENCE_END.test(unread))
    return { ...match, position, sentence: previous.sentence };
  return { ...match, position };
}

/**
 * The window FTS5's snippet() picks among `matches`: for each match in turn, the WINDOW tokens
 * from it (1,000 points a distinct term, 1 a repeat, times the term's weight), moved back to
 * centre its matches; then, in a text longer than a window, the WINDOW tokens from the start of
 * its sentence if that is before it (100 points more, 120 at the text's start). The first best.
 */
function bestWindow(
  matches: Match[],
  weights: Map<string, number>,
  long: boolean,
): Window | undefined {
  let best: Window | undefined;
  let bestScore = 0;
  matches.forEach((match, i) => {
    const ahead = score(matches, weights, i, match.position);
    if (ahead.points > bestScore) {
      bestScore = ahead.points;
      const span = ahead.last + 1 - match.position;
      best = { at: match.start, from: -Math.floor((WINDOW - span) / 2), keepsSize: true };
    }
    const { sentence } = match;
    if (!long || !sentence || sentence.position >= match.position) return;
    let first = i;
    while (first > 0 && (matches[first - 1] as Match).position >= sentence.position) first--;
    const bonus = sentence.atStart ? 120 : 100;
    const fromSentence = score(matches, weights, first, sentence.position).points + bonus;
    if (fromSentence > bestScore) {
      bestScore = fromSentence;
      best = { at: sentence.at, from: 0, keepsSize: false };
    }
  });
  return best;
}

/** The points of the WINDOW tokens from `position`, whose first match is `matches[i]`. */
function score(
  matches: Match[],
  weights: Map<string, number>,
  i: number,
  position: number,
): { points: number; last: number } {
  const seen = new Set<string>();
  let points = 0;
  let last = position;
  for (let j = i; j < matches.length && (matches[j] as Match).position < position + WINDOW; j++) {
    const { term, position: at } = matches[j] as Match;
    points += (seen.has(term) ? 1 : 1000) * (weights.get(term) ?? 1);
    seen.add(term);
    last = at;
  }
  return { points, last };
}

/** The tokens of `window` and the text between them, matches between START and STOP, '…' at cuts. */
function windowText(body: string, window: Window, terms: Map<string, number>): string {
  const before = tokensBefore(body, window.at, WINDOW);
  const after = tokensFrom(body, window.at, WINDOW + 1);
  const tokens = [...before.tokens, ...after];
  const atEnd = after.length <= WINDOW;
  let first = Math.max(0, before.tokens.length + window.from);
  if (window.keepsSize && atEnd) first = Math.max(0, Math.min(first, tokens.length - WINDOW));
  const shown = tokens.slice(first, first + WINDOW);
  const last = shown.at(-1);
  if (!last) return '';
  let text = first === 0 && before.atStart ? between(body, 0, (shown[0] as Token).start) : '…';
  shown.forEach((token, i) => {
    if (i > 0) text += between(body, (shown[i - 1] as Token).end, token.start);
    const long = token.end - token.start > MAX_TOKEN;
    const word = long
      ? `${body.slice(token.start, token.start + MAX_TOKEN)}…`
      : body.slice(token.start, token.end);
    const marked =
      token.end - token.start <= MAX_TERM_SOURCE &&
      terms.has(termOf(body.slice(token.start, token.end)));
    text += marked ? `${START}${word}${STOP}` : word;
  });
  const toEnd = atEnd && first + WINDOW >= tokens.length;
  return text + (toEnd ? between(body, last.end, body.length) : '…');
}

/** The text from `start` to `end`, its middle left out when it is longer than MAX_GAP. */
function between(body: string, start: number, end: number): string {
  return end - start > MAX_GAP
    ? `${body.slice(start, start + MAX_GAP / 2)} … ${body.slice(end - MAX_GAP / 2, end)}`
    : body.slice(start, end);
}
