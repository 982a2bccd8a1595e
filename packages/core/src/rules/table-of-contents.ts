import { defineRule } from '../lint/rule.js';
import type { Block, HeadingBlock, ListBlock } from '../markdown/blocks.js';
import { titleKey } from '../markdown/inline-text.js';
import { flattenItems, isTableOfContents } from '../template/template-wording.js';

/** A table of contents entry: `[Security](#security)`. */
const ENTRY = /^\[[^\]]*\]\(#([^)\s]*)\)\s*$/;

/**
 * A table of contents a document keeps matches its headings: every heading at the levels the
 * table lists is in it. (Entries that point at no heading are anchor-link's.) A list counts as
 * a table of contents when it sits under a "Contents" heading or a `<!-- toc -->` comment, or
 * when all of at least three items, nested ones too, link to headings of the document.
 */
export const tableOfContents = defineRule({
  meta: {
    id: 'table-of-contents',
    description: 'A table of contents lists every heading at the levels it covers.',
    defaultSeverity: 'warning',
    fixable: false,
    messages: { notListed: 'Table of contents (line {{line}}) does not list “{{heading}}”' },
  },
  defaultOptions: {},
  check({ doc, report }) {
    const tocs = findTables(doc.tree.blocks);
    if (tocs.length === 0) return;
    const headings = doc.outline.headings.map(({ heading, section }) => ({
      heading,
      slug: section.slug,
    }));
    const targets = anchorTargets(doc.source, headings);
    for (const toc of tocs) {
      const listed = new Set<HeadingBlock>();
      for (const item of flattenItems(toc.items)) {
        const anchor = ENTRY.exec(item.text.trim())?.[1];
        const heading =
          anchor === undefined ? undefined : targets.get(safeDecode(anchor).toLowerCase());
        if (heading) listed.add(heading);
      }
      if (listed.size === 0) continue;
      const depths = [...listed].map((h) => h.depth);
      const offsets = [...listed].map((h) => h.place.start.offset);
      // The stretch of the document the table covers: from its first entry to its last. A table
      // of the additions a proposal makes need not list the sections around them.
      const [from, to] = [Math.min(...offsets), Math.max(...offsets)];
      const [shallowest, deepest] = [Math.min(...depths), Math.max(...depths)];
      for (const { heading } of headings) {
        const at = heading.place.start.offset;
        if (at < from || at > to || listed.has(heading) || isContentsTitle(heading)) continue;
        if (heading.depth < shallowest || heading.depth > deepest) continue;
        report({
          messageId: 'notListed',
          data: { line: toc.place.start.line, heading: heading.text.replace(/[*_`]/g, '') },
          place: heading.place,
        });
      }
    }
  },
});

/**
 * Where each anchor leads: a heading's own slug, or an `<a name="…">`/`<a id="…">` written
 * just before a heading (older documents anchor their tables of contents that way).
 */
function anchorTargets(
  source: string,
  headings: { heading: HeadingBlock; slug: string }[],
): Map<string, HeadingBlock> {
  const targets = new Map<string, HeadingBlock>();
  for (const { heading, slug } of headings) targets.set(slug.toLowerCase(), heading);
  if (!source.includes('<a ')) return targets;
  for (const match of source.matchAll(/<a\s[^>]*?(?:name|id)\s*=\s*["']([^"']+)["']/gi)) {
    const at = match.index ?? 0;
    const next = headings.find(({ heading }) => heading.place.end.offset > at);
    const name = (match[1] as string).toLowerCase();
    if (next && !targets.has(name)) targets.set(name, next.heading);
  }
  return targets;
}

function isContentsTitle(heading: HeadingBlock): boolean {
  return /^(?:table of )?contents$|^toc$/.test(titleKey(heading.text));
}

/** The lists of a document that are tables of contents. */
function findTables(blocks: Block[]): ListBlock[] {
  const found: ListBlock[] = [];
  blocks.forEach((block, i) => {
    if (block.type !== 'list') return;
    const previous = blocks[i - 1];
    const underContents = previous?.type === 'heading' && isContentsTitle(previous);
    const entries = flattenItems(block.items);
    const allLinks = entries.every((item) => ENTRY.test(item.text.trim()));
    if (!allLinks) return;
    if (underContents || isTableOfContents(block, previous) || entries.length >= 3)
      found.push(block);
  });
  return found;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
