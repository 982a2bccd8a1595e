import { defineRule } from '../lint/rule.js';
import { headingAnchors } from '../markdown/slug.js';
import { cachedLinkTargets } from './link-targets.js';

const HTML_TAG = /<([A-Za-z][A-Za-z0-9-]*)(\s[^<>]*)>/g;
const ID_OR_NAME = /\s(id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/**
 * The anchors raw HTML makes: the `id` of any element, and the `name` of an `<a>` without an
 * `id` (what GitHub keeps and scrolls to; markdownlint's MD051 fixture checks the same cases).
 */
function htmlAnchors(source: string, anchors: Set<string>): void {
  if (!/\s(?:id|name)\s*=/i.test(source)) return;
  for (const tag of source.matchAll(HTML_TAG)) {
    let id: string | undefined;
    let name: string | undefined;
    for (const attribute of (tag[2] as string).matchAll(ID_OR_NAME)) {
      const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
      if ((attribute[1] as string).toLowerCase() === 'id') id ??= value;
      else name ??= value;
    }
    if (id !== undefined) anchors.add(id);
    else if (name !== undefined && (tag[1] as string).toLowerCase() === 'a') anchors.add(name);
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
  },
  defaultOptions: {},
  check({ doc, report }) {
    const targets = cachedLinkTargets(doc).filter((t) => t.target.startsWith('#'));
    if (targets.length === 0) return;
    const anchors = new Set(headingAnchors(doc.tree.blocks, doc.tree.references).values());
    htmlAnchors(doc.source, anchors);
    for (const { target, place } of targets) {
      const anchor = safeDecode(target.slice(1));
      if (anchor === '' || anchor === 'top') continue;
      if (!anchors.has(anchor) && !anchors.has(anchor.toLowerCase())) {
        report({ message: `Link to missing heading “#${anchor}”`, place });
      }
    }
  },
});
