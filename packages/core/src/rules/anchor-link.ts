import { defineRule } from '../lint/rule.js';
import { headingAnchors } from '../markdown/slug.js';
import type { ParsedDocument } from '../model/parse.js';
import { cachedLinkTargets, isUnusedDefinition } from './link-targets.js';

/** The attribute name before an `=`: `id` or `name`, after a space. */
const ATTRIBUTE_NAME = /\s(id|name)\s*$/i;
/** The value after an attribute's `=`: double-quoted, single-quoted or bare. */
const ATTRIBUTE_VALUE = /=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/y;
const TAG_NAME = /^<([A-Za-z][A-Za-z0-9-]*)\s/;

/**
 * The anchors raw HTML makes: the `id` of any element, and the `name` of an `<a>` without an
 * `id` (what GitHub keeps and scrolls to; markdownlint's MD051 fixture checks the same cases).
 * The scan goes from `=` to `=` and reads the attribute and its tag around each: 3 ms on the
 * Rust RFCs, where one regular expression for the attribute took 50 ms.
 */
function htmlAnchors(source: string, anchors: Set<string>): void {
  const tags = new Map<number, { tag: string; id?: string; name?: string }>();
  for (let eq = source.indexOf('='); eq !== -1; eq = source.indexOf('=', eq + 1)) {
    const attribute = ATTRIBUTE_NAME.exec(source.slice(Math.max(0, eq - 16), eq));
    if (!attribute) continue;
    const start = source.lastIndexOf('<', eq);
    const close = source.indexOf('>', start);
    if (start === -1 || (close !== -1 && close < eq)) continue;
    const tag = TAG_NAME.exec(source.slice(start, eq));
    ATTRIBUTE_VALUE.lastIndex = eq;
    const value = ATTRIBUTE_VALUE.exec(source);
    if (!tag || !value) continue;
    let found = tags.get(start);
    if (!found) {
      found = { tag: (tag[1] as string).toLowerCase() };
      tags.set(start, found);
    }
    const text = value[1] ?? value[2] ?? value[3] ?? '';
    if ((attribute[1] as string).toLowerCase() === 'id') found.id ??= text;
    else found.name ??= text;
  }
  for (const { tag, id, name } of tags.values()) {
    if (id !== undefined) anchors.add(id);
    else if (name !== undefined && tag === 'a') anchors.add(name);
  }
}

/** A heading's explicit id, `{#backtrack}` or `{ #id .class }` at its end. */
const HEADING_ID = /\{\s*#([\w:.-]+)(?:\s[^{}]*)?\}\s*$/;

/**
 * Ids headings set themselves (`#### Lack of backtracking { #backtrack }`): Pandoc, kramdown,
 * mdBook, Hugo and Docusaurus give the heading that id, so a project rendered by one of them links
 * to it. (GitHub shows the braces as text; the heading's own anchor stays valid too.)
 */
function headingIds(doc: ParsedDocument, anchors: Set<string>): void {
  for (const block of doc.tree.blocks) {
    if (block.type !== 'heading' || !block.text.includes('{')) continue;
    const id = HEADING_ID.exec(block.text);
    if (id) anchors.add(id[1] as string);
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * In-document links (`[see](#security)`) point at a heading that exists. Anchors are GitHub's,
 * made from every heading of the document (title, sections, headings in quotes and lists), with
 * the document's link definitions read in headings that use them.
 */
export const anchorLink = defineRule({
  meta: {
    id: 'anchor-link',
    description: 'Links to “#anchor” in the same document resolve to a heading.',
    defaultSeverity: 'error',
    fixable: false,
    messages: { missingHeading: 'Link to missing heading “#{{anchor}}”' },
  },
  defaultOptions: {},
  check({ doc, report }) {
    const targets = cachedLinkTargets(doc).filter((t) => t.target.startsWith('#'));
    if (targets.length === 0) return;
    const anchors = new Set(headingAnchors(doc.tree.blocks, doc.tree.references).values());
    htmlAnchors(doc.source, anchors);
    headingIds(doc, anchors);
    for (const link of targets) {
      const { target, place } = link;
      const anchor = safeDecode(target.slice(1));
      if (anchor === '' || anchor === 'top') continue;
      if (!anchors.has(anchor) && !anchors.has(anchor.toLowerCase())) {
        if (isUnusedDefinition(doc, link)) continue;
        report({ messageId: 'missingHeading', data: { anchor }, place });
      }
    }
  },
});
