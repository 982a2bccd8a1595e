import { maskInlineCode } from '../markdown/inline-text.js';
import type { ParsedDocument } from '../model/parse.js';

const HTML_COMMENT = /<!--[\s\S]*?-->/g;

/** A regular-expression match found by a scan, with its 1-based line and column. */
export interface LineMatch {
  line: number;
  column: number;
  match: RegExpExecArray;
}

const maskedCache = new WeakMap<ParsedDocument, Map<number, string>>();

/** A line with inline code spans and HTML comments blanked out (same length, so columns hold). */
export function maskedLine(doc: ParsedDocument, line: number): string {
  let cache = maskedCache.get(doc);
  if (!cache) {
    cache = new Map();
    maskedCache.set(doc, cache);
  }
  let text = cache.get(line);
  if (text === undefined) {
    text = doc.lines.lineText(line);
    if (text.includes('`')) text = maskInlineCode(text);
    if (text.includes('<!--')) text = text.replace(HTML_COMMENT, (m) => ' '.repeat(m.length));
    cache.set(line, text);
  }
  return text;
}

/**
 * Find every match of a line-local pattern in the document body. The regular expression runs
 * once over the whole source (most lines never match, so per-line work is avoided); matches in
 * front matter are dropped unless `includeFrontMatter` is set, and unless `includeCode` is set so are matches in code blocks, HTML
 * blocks, inline code and HTML comments.
 */
export function* scanMatches(
  doc: ParsedDocument,
  pattern: RegExp,
  {
    includeCode = false,
    includeFrontMatter = false,
  }: { includeCode?: boolean; includeFrontMatter?: boolean } = {},
): Generator<LineMatch> {
  const regex = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  const bodyStart = doc.frontMatterBlock
    ? (doc.lines.starts[doc.frontMatterBlock.lineCount] ?? doc.source.length)
    : 0;
  regex.lastIndex = includeFrontMatter ? 0 : bodyStart;
  const { literalLines } = doc.tree;
  for (let match = regex.exec(doc.source); match !== null; match = regex.exec(doc.source)) {
    if (match[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const point = doc.lines.pointAtOffset(match.index);
    if (!includeCode) {
      if (literalLines[point.line] !== 0) continue;
      const masked = maskedLine(doc, point.line);
      if (masked.slice(point.column - 1, point.column - 1 + match[0].length) !== match[0]) continue;
    }
    yield { line: point.line, column: point.column, match };
  }
}
