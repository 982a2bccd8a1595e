import { maskedLine, scanMatches } from '../lint/scan-lines.js';
import type { Place } from '../markdown/position.js';
import type { ParsedDocument } from '../model/parse.js';

/** A link destination found in the document body, with the place of the destination text. */
export interface LinkTarget {
  target: string;
  place: Place;
}

const INLINE_LINK =
  /\]\([ \t]*(<[^>\n]*>|[^\s()]+(?:\([^\s()]*\)[^\s()]*)*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*\)/g;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/gm;
const HTML_LINK = /<a\s[^>]*?href\s*=\s*"([^"]*)"/gi;

/** Every link destination in prose (inline links, images, reference definitions, HTML anchors). */
export function linkTargets(doc: ParsedDocument): LinkTarget[] {
  const found: LinkTarget[] = [];
  const add = (line: number, text: string, raw: string, index: number) => {
    const target = raw.startsWith('<') ? raw.slice(1, -1) : raw;
    const column = text.indexOf(raw, index) + 1;
    found.push({ target, place: doc.lines.span(line, column, column + raw.length) });
  };
  for (const { line, match } of scanMatches(doc, INLINE_LINK))
    add(
      line,
      maskedLine(doc, line),
      match[1] as string,
      match.index - (doc.lines.starts[line - 1] as number),
    );
  if (doc.tree.references.size > 0)
    for (const { line, match } of scanMatches(doc, REFERENCE_DEFINITION))
      add(line, maskedLine(doc, line), match[1] as string, 0);
  for (const { line, match } of scanMatches(doc, HTML_LINK))
    add(
      line,
      maskedLine(doc, line),
      match[1] as string,
      match.index - (doc.lines.starts[line - 1] as number),
    );
  found.sort((a, b) => a.place.start.offset - b.place.start.offset);
  return found;
}

const linkCache = new WeakMap<ParsedDocument, LinkTarget[]>();

/** `linkTargets`, computed once per document for the rules that share it. */
export function cachedLinkTargets(doc: ParsedDocument): LinkTarget[] {
  let targets = linkCache.get(doc);
  if (!targets) {
    targets = linkTargets(doc);
    linkCache.set(doc, targets);
  }
  return targets;
}

/** Whether a link target is an external URL (a scheme or protocol-relative), not a file or anchor. */
export function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
}
