import type { Token } from 'markdown-it';
import { inlineParser } from './inline-parser.js';

/** Link reference definitions by normalised label, as the block parser collects them. */
export type ReferenceMap = ReadonlyMap<string, string>;

/**
 * The text of a heading as GitHub reads it to make the heading's anchor: the text of the
 * rendered heading, which is what its anchor generator slugs. Emphasis and strikethrough
 * markers are gone but an intraword `_` stays; code spans give their contents verbatim
 * (spaces included); links give their text, not their destination; images give nothing (an
 * `<img>`'s alt is an attribute, not text); raw HTML tags and comments give nothing; entities and
 * backslash escapes are decoded. `references` lets `[text][label]` be read as a link, as it is
 * when the document defines `label`.
 *
 * The inline parse is CommonMark's (markdown-it). Most headings have no markup that changes
 * their anchor, and this runs for every heading of every linted document, so those skip the
 * parse: `*` and `~` may stay in the result, because the anchor drops them anyway, and code
 * spans are read without a parse when nothing else needs one.
 */
export function headingText(markdown: string, references?: ReferenceMap): string {
  if (!MARKUP.test(markdown) || !NEEDS_PARSE.test(markdown)) return markdown;
  if (!NEEDS_FULL_PARSE.test(markdown)) {
    const spans = withCodeSpans(markdown);
    if (spans !== null) return spans;
  }
  const tokens = inlineParser().parseInline(markdown, { references: referenceEnv(references) });
  return inlineTokensText(tokens[0]?.children ?? []);
}

/** The rendered text of markdown-it inline tokens (a heading's children), as `headingText` reads it. */
export function inlineTokensText(tokens: Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'code_inline') text += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') text += '\n';
  }
  return text;
}

/**
 * Markup that can change a heading's text: escapes, code spans, links and images, raw HTML and
 * autolinks, entities, and an `_` that is not between two letters or digits (only that one can
 * open or close emphasis).
 */
const NEEDS_PARSE = /[\\`[<&]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/u;
/** The characters `NEEDS_PARSE` looks at: most headings have none, and this test is cheaper. */
const MARKUP = /[\\`[<&_]/;
/** An `_` that is not between two letters or digits. */
const CAN_BE_EMPHASIS = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/u;
/** The same without code spans: what `withCodeSpans` cannot read on its own. */
const NEEDS_FULL_PARSE = /[\\[<&]/;

/**
 * A heading whose only markup is code spans, read without a parse: each span gives its contents
 * (line endings as spaces, one space stripped from each end when both ends have one, as
 * CommonMark says). `null` when an `_` outside the spans could be emphasis.
 */
function withCodeSpans(text: string): string | null {
  let out = '';
  let outside = '';
  let i = 0;
  while (i < text.length) {
    const tick = text.indexOf('`', i);
    if (tick === -1) break;
    let run = 1;
    while (text[tick + run] === '`') run++;
    const fence = '`'.repeat(run);
    let close = text.indexOf(fence, tick + run);
    while (close !== -1 && (text[close + run] === '`' || text[close - 1] === '`')) {
      let skip = close;
      while (text[skip] === '`') skip++;
      close = text.indexOf(fence, skip);
    }
    if (close === -1) {
      // A run with no closing run of its length is literal backticks.
      out += text.slice(i, tick + run);
      outside += text.slice(i, tick + run);
      i = tick + run;
      continue;
    }
    let code = text.slice(tick + run, close).replace(/\n/g, ' ');
    if (code.startsWith(' ') && code.endsWith(' ') && /[^ ]/.test(code)) code = code.slice(1, -1);
    out += text.slice(i, tick) + code;
    outside += `${text.slice(i, tick)}\``;
    i = close + run;
  }
  if (CAN_BE_EMPHASIS.test(outside + text.slice(i))) return null;
  return out + text.slice(i);
}

const referenceEnvs = new WeakMap<ReferenceMap, Record<string, { href: string; title: string }>>();

/** The block parser's definitions in the shape markdown-it's link rule looks them up. */
function referenceEnv(references: ReferenceMap | undefined) {
  if (!references || references.size === 0) return undefined;
  let env = referenceEnvs.get(references);
  if (!env) {
    env = {};
    for (const [label, href] of references) env[label] = { href, title: '' };
    referenceEnvs.set(references, env);
  }
  return env;
}
