import type { SectionBounds } from '../documents/section-bounds.js';

/**
 * A section of a version, as comments anchor to it. Its text is made when first read: a request
 * reads that of the sections its quotes are in, and reducing every section (each passage once
 * per enclosing level) took about a second for 80,000 headings.
 */
export class AnchorSection {
  #text: string | undefined;

  constructor(
    /** The heading's GitHub-compatible anchor (core's slug): what a thread keeps. */
    readonly anchor: string,
    readonly title: string,
    private readonly markdown: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** Its Markdown, heading to end, subsections included. */
  get markdownSource(): string {
    return this.markdown.slice(this.start, this.end);
  }

  /** Its text as a reader sees it, subsections included (reader text, below). */
  get text(): string {
    this.#text ??= readerText(this.markdownSource);
    return this.#text;
  }
}

/**
 * The sections of a version, in document order, as comments anchor to them: from its Markdown
 * and the bounds its stored model gives (sectionBounds). A section's text runs from its heading
 * to the next heading of the same or a higher level, so a passage of a subsection is also in its
 * parent.
 */
export function anchorSections(markdown: string, bounds: SectionBounds): AnchorSection[] {
  const { anchors, titles, starts, ends } = bounds;
  return anchors.map(
    (anchor, i) =>
      new AnchorSection(anchor, titles[i] as string, markdown, starts[i] ?? 0, ends[i] ?? 0),
  );
}

/**
 * Markdown reduced to what a reader sees and selects on the page: no heading, list or quote
 * markers, no emphasis, code ticks, link targets or table pipes, whitespace collapsed. Quotes
 * are compared in this form, so that a passage copied from the rendered page matches its source.
 */
export function readerText(markdown: string): string {
  return markdown
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/^[ \t]*(?:#{1,6}|[-*+]|\d{1,9}[.)]|>)(?:[ \t]+\[[ xX]\])?[ \t]+/gm, '')
    .replace(/!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\|/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Heading text compared loosely: case, markup and spacing aside, and an optional leading `#`s.
 * Text of letters, digits and spaces only (most headings) has no markup to drop: collapsing its
 * spaces gives what readerText gives, six times faster, which counts when a lookup by
 * heading text goes through 80,000 of them.
 */
function headingKey(text: string): string {
  if (/^[\p{L}\p{N} ]*$/u.test(text)) return text.replace(/ +/g, ' ').trim().toLowerCase();
  return readerText(text.replace(/^#+\s*/, '')).toLowerCase();
}

/** What a thread's anchor names in a version, or why it names nothing there. */
export type AnchorLookup =
  | { section: AnchorSection }
  | { problem: 'unknown' | 'ambiguous'; candidates: string[] };

/**
 * The section a client names for a new thread: by its anchor (`data-flow`, `#data-flow`) or its
 * heading text (`Data Flow`). Heading text that several sections share is ambiguous (their
 * anchors differ: `notes`, `notes-1`), and the client must send the anchor.
 */
export function findSection(sections: AnchorSection[], wanted: string): AnchorLookup {
  const anchor = wanted.trim().replace(/^#/, '');
  const byAnchor = sections.find((s) => s.anchor === anchor);
  if (byAnchor) return { section: byAnchor };
  const key = headingKey(wanted);
  const byTitle = sections.filter((s) => headingKey(s.title) === key);
  if (byTitle.length === 1) return { section: byTitle[0] as AnchorSection };
  return byTitle.length > 1
    ? { problem: 'ambiguous', candidates: byTitle.map((s) => s.anchor) }
    : { problem: 'unknown', candidates: sections.map((s) => s.anchor) };
}

/** Why a thread no longer applies to the head: its section is gone, or its quote is. */
export type OutdatedReason = 'section-removed' | 'quote-not-found';

/**
 * Whether a thread still applies to a version: its section (by anchor) is there and, when it
 * quotes a passage, the section still holds it. Null when it does.
 */
export function outdatedReason(
  byAnchor: ReadonlyMap<string, AnchorSection>,
  anchor: string,
  quote: string | null,
): OutdatedReason | null {
  const section = byAnchor.get(anchor);
  if (!section) return 'section-removed';
  if (quote !== null && !section.text.includes(readerText(quote))) return 'quote-not-found';
  return null;
}
