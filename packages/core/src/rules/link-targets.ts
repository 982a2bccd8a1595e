import { maskedLine, scanMatches } from '../lint/scan-lines.js';
import { decodeDestination } from '../markdown/inline-parser.js';
import type { Place } from '../markdown/position.js';
import type { ParsedDocument } from '../model/parse.js';

/** A link destination found in the document body, with the place of the destination text. */
export interface LinkTarget {
  /** The destination as CommonMark reads it (escapes and entities decoded), not yet %-decoded. */
  target: string;
  place: Place;
  /** For a link reference definition, its label (normalised): see `isUnusedDefinition`. */
  label?: string;
}

/** A character of a destination: not a space or a parenthesis, or a backslash escape. */
const DESTINATION_CHAR = String.raw`(?:[^\s()\\]|\\\S?)`;
/**
 * An inline link or image's destination and optional title, after `](`. Parentheses in a
 * destination must balance (`Set_(mathematics)`); two levels are read, which CommonMark allows
 * and documents do not exceed.
 */
const INLINE_LINK = new RegExp(
  String.raw`\]\([ \t]*(<[^<>\n]*>|(?:${DESTINATION_CHAR}|\((?:${DESTINATION_CHAR}|\(${DESTINATION_CHAR}*\))*\))+)` +
    String.raw`(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*\)`,
  'g',
);
/**
 * The `]:` of a possible link reference definition and its destination: the scan looks for this
 * literal, which few lines hold, and then checks the line up to it with `DEFINITION_LABEL`.
 */
const DEFINITION_END = /\]:[ \t]*(<[^<>\n]*>|[^\s<>]\S*)/g;
/** A line's start up to `]:`: block quote and list markers, then `[label`. */
const DEFINITION_LABEL =
  /^(?:[ \t]*(?:>|[-+*][ \t]|\d{1,9}[.)][ \t]))*[ \t]*\[((?:[^\\[\]]|\\.){1,999})$/;
const HTML_LINK = /<a\s[^>]*?href\s*=\s*"([^"]*)"/gi;

/** Every link destination in prose (inline links, images, reference definitions, HTML anchors). */
export function linkTargets(doc: ParsedDocument): LinkTarget[] {
  const found: LinkTarget[] = [];
  // Every match is on one line, so a place is the line's start plus columns.
  const add = (line: number, offset: number, raw: string, decode: boolean, label?: string) => {
    const target = raw.startsWith('<') ? raw.slice(1, -1) : raw;
    const column = offset - (doc.lines.starts[line - 1] as number) + 1;
    found.push({
      target: decode ? decodeDestination(target) : target,
      place: doc.lines.span(line, column, column + raw.length),
      ...(label !== undefined ? { label } : {}),
    });
  };
  for (const { line, match } of scanMatches(doc, INLINE_LINK)) {
    const raw = match[1] as string;
    add(line, match.index + match[0].indexOf(raw, 2), raw, true);
  }
  referenceDefinitions(doc, (line, offset, raw, label) => add(line, offset, raw, true, label));
  for (const { line, match } of scanMatches(doc, HTML_LINK)) {
    const raw = match[1] as string;
    add(line, match.index + match[0].length - raw.length - 1, raw, false);
  }
  found.sort((a, b) => a.place.start.offset - b.place.start.offset);
  return found;
}

/**
 * The link reference definitions GitHub uses: lines the block parser took as definitions (its
 * reference map holds the label with this destination), the first of each label only (a later
 * one with the same label is ignored), and no footnote definitions (`[^1]: …` is a footnote on
 * GitHub, whatever follows it). The label may hold inline code. A rule skips a broken one that
 * no link uses (`isUnusedDefinition`): GitHub shows nothing for it (Rust RFCs keep the template's
 * `[alternatives]: #alternatives` under a renamed heading by the dozen).
 */
function referenceDefinitions(
  doc: ParsedDocument,
  found: (line: number, offset: number, raw: string, label: string) => void,
): void {
  const { references, literalLines } = doc.tree;
  if (references.size === 0) return;
  const seen = new Set<string>();
  // Inline code in the label is the label's text, so the scan keeps code and skips literal
  // lines (code and HTML blocks) itself.
  for (const { line, column, match } of scanMatches(doc, DEFINITION_END, { includeCode: true })) {
    if (literalLines[line] !== 0) continue;
    const start = DEFINITION_LABEL.exec(doc.lines.lineText(line).slice(0, column - 1));
    if (!start) continue;
    const label = (start[1] as string).trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
    const raw = match[1] as string;
    if (label.startsWith('^') || seen.has(label)) continue;
    if (references.get(label) !== raw.replace(/^<|>$/g, '')) continue;
    // A destination inside an HTML comment is no destination.
    const offset = match.index + match[0].length - raw.length;
    const at = offset - (doc.lines.starts[line - 1] as number);
    if (maskedLine(doc, line).slice(at, at + raw.length) !== raw) continue;
    seen.add(label);
    found(line, offset, raw, label);
  }
}

/** `[text][label]`, `[label][]` and `[label]`: a bracket not followed by `(` or `:`. */
const REFERENCE_USE = /\[((?:[^\\[\]]|\\.){1,999})\](?:\[((?:[^\\[\]]|\\.){0,999})\])?(?![(:])/g;

const usedCache = new WeakMap<ParsedDocument, Set<string>>();

/**
 * Whether a link reference definition is one no link uses (`[text][label]`, `[label][]`,
 * `[label]`). GitHub shows nothing for it, so its target sends no reader anywhere: the rules
 * leave its broken target alone. Asked only for broken targets, so the scan is rare.
 */
export function isUnusedDefinition(doc: ParsedDocument, target: LinkTarget): boolean {
  if (target.label === undefined) return false;
  let used = usedCache.get(doc);
  if (!used) {
    used = new Set();
    for (const { match } of scanMatches(doc, REFERENCE_USE, { includeCode: true })) {
      const label = match[2] ? match[2] : (match[1] as string);
      used.add(label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase());
    }
    usedCache.set(doc, used);
  }
  return !used.has(target.label);
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
