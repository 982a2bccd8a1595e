import MarkdownItFactory, { type MarkdownIt } from 'markdown-it';

let parser: MarkdownIt | undefined;

/**
 * The CommonMark inline parser (markdown-it, with raw HTML read as HTML, as GitHub does), made on
 * first use: lint rarely needs it, and making it costs a few milliseconds.
 */
export function inlineParser(): MarkdownIt {
  parser ??= MarkdownItFactory({ html: true, linkify: false, typographer: false });
  return parser;
}

/**
 * A link destination as CommonMark reads it: backslash escapes (`\_`) and entity references
 * (`&amp;`) decoded.
 */
export function decodeDestination(raw: string): string {
  if (!raw.includes('\\') && !raw.includes('&')) return raw;
  return inlineParser().utils.unescapeAll(raw);
}
