import { defineRule } from '../lint/rule.js';
import { createSlugger } from '../markdown/slug.js';
import { cachedLinkTargets } from './link-targets.js';

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** In-document links (`[see](#security)`) point at a heading that exists (GitHub anchors). */
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
    const anchors = new Set<string>();
    for (const { section } of doc.outline.headings) anchors.add(section.slug);
    // The title heading's own text, not the front-matter title: the anchor comes from the heading.
    if (doc.outline.title) anchors.add(createSlugger()(doc.outline.title.text));
    if (doc.source.includes('<a '))
      for (const match of doc.source.matchAll(/<a\s[^>]*?(?:id|name)\s*=\s*"([^"]+)"/gi))
        anchors.add(match[1] as string);
    for (const { target, place } of targets) {
      const anchor = safeDecode(target.slice(1));
      if (anchor === '' || anchor === 'top') continue;
      if (!anchors.has(anchor) && !anchors.has(anchor.toLowerCase())) {
        report({ message: `Link to missing heading “#${anchor}”`, place });
      }
    }
  },
});
