import { DocumentTextCache } from './detached.js';

/**
 * Replace the contents of inline code spans (and their backticks) with spaces, keeping the
 * string's length so columns found in the result are columns in the source.
 */
export function maskInlineCode(text: string): string {
  if (!text.includes('`')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '`') {
      const next = text.indexOf('`', i);
      const stop = next === -1 ? text.length : next;
      out += text.slice(i, stop);
      i = stop;
      continue;
    }
    let run = 1;
    while (text[i + run] === '`') run++;
    const fence = '`'.repeat(run);
    let close = text.indexOf(fence, i + run);
    while (close !== -1 && text[close + run] === '`') {
      let skip = close;
      while (text[skip] === '`') skip++;
      close = text.indexOf(fence, skip);
    }
    if (close === -1) {
      out += text.slice(i, i + run);
      i += run;
      continue;
    }
    out += ' '.repeat(close + run - i);
    i = close + run;
  }
  return out;
}

const MARKUP = /[[\]*_`~<\\]/;
/**
 * An inline link or image: its text, then a destination and title whose parentheses balance two
 * levels deep (`[sets](https://en.wikipedia.org/wiki/Set_(mathematics))`), as CommonMark reads
 * them.
 */
const INLINE_LINK = /!?\[([^\]]*)\]\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)/g;

/** A code span: a run of backticks, its contents, and a run of the same length (CommonMark). */
const CODE_SPAN = /(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g;
/** An autolink, `<https://…>` or `<name@example.com>`: a reader sees its address. */
const AUTOLINK =
  /<([a-z][a-z\d+.-]{1,31}:[^\s<>]*|[\w.!#$%&'*+/=?^`{|}~-]+@[a-z\d-]+(?:\.[a-z\d-]+)*)>/gi;
/** `_` emphasis markers: an `_` between two letters or digits is text (`snake_case`). */
const UNDERSCORES = /(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;
/** Where `plainText` set a code span aside: a private-use character, and its index. */
const SPAN_MARK = /\uE000(\d+)\uE000/g;

/**
 * Markdown inline text reduced to what a reader sees: no emphasis, code ticks or link targets.
 * Code spans keep their contents as written (`fix_all` stays fix_all) and autolinks their
 * address; raw HTML tags give nothing. Each step runs only when its character is there: this
 * runs for every heading, item and cell (about 1 % of the CPU time of linting the Rust RFCs).
 */
export function plainText(text: string): string {
  if (!MARKUP.test(text)) return text.replace(/\s+/g, ' ').trim();
  const spans: string[] = [];
  let plain = text.includes('`')
    ? text.replace(CODE_SPAN, (_span, _ticks, code: string) => {
        spans.push(code);
        return `\uE000${spans.length - 1}\uE000`;
      })
    : text;
  if (plain.includes('['))
    plain = plain.replace(INLINE_LINK, '$1').replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1');
  if (plain.includes('<')) plain = plain.replace(AUTOLINK, '$1').replace(/<[^>]+>/g, '');
  plain = plain.replace(/[*~`]+/g, '');
  if (plain.includes('_')) plain = plain.replace(UNDERSCORES, '');
  if (plain.includes('\\')) plain = plain.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
  if (spans.length > 0)
    plain = plain.replace(SPAN_MARK, (_mark, i: string) => spans[Number(i)] ?? '');
  return plain.replace(/\s+/g, ' ').trim();
}

/**
 * The key two titles are compared by: case-, punctuation- and numbering-insensitive, so
 * "Non Goals", "Non-Goals" and "2.1 non-goals" are one title, and "&" reads as "and".
 */
export function titleKey(text: string): string {
  return titleKeys.get(text, (title) =>
    plainText(title)
      .toLowerCase()
      .replace(/^(?:\d+(?:\.\d+)*\.?|[ivx]+\.|[a-z]\))\s+/, '')
      .replace(/&/g, ' and ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  );
}

/**
 * Titles repeat within and across documents (the template's, synonyms, headings compared with
 * every section in their place): a bounded cache.
 */
const titleKeys = new DocumentTextCache<string>(20_000);

/** Text compared against template sentences: plain, lower case, single spaces, no end punctuation. */
export function sentenceKey(text: string): string {
  return plainText(text)
    .toLowerCase()
    .replace(/[.:;!?]+$/, '')
    .trim();
}
