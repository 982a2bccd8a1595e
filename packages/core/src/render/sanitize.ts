import sanitizeHtml from 'sanitize-html';
import type { UrlRewriter } from './markdown-renderer.js';
import { REWRITTEN_MARKER } from './markdown-renderer.js';

export type { UrlRewriter } from './markdown-renderer.js';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * What rendered documents may contain: the HTML that Markdown produces plus the handful of tags
 * design documents write by hand (details, sup, kbd, …). No script, no event handlers, no
 * styles beyond table alignment, no iframes or forms; URLs only http(s), mailto and relative.
 */
const BASE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags,
    'img',
    'details',
    'summary',
    'del',
    's',
    'ins',
    'sup',
    'sub',
    'kbd',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'id', 'name'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    ...Object.fromEntries(HEADINGS.map((h) => [h, ['id']])),
    code: ['class'],
    pre: ['class'],
    th: ['style'],
    td: ['style'],
    ol: ['start'],
    details: ['open'],
  },
  allowedClasses: {
    code: [/^language-[\w+#.-]+$/],
    pre: ['mermaid'],
  },
  allowedStyles: {
    th: { 'text-align': [/^(?:left|right|center)$/] },
    td: { 'text-align': [/^(?:left|right|center)$/] },
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https', 'data'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

/**
 * Reduce HTML to the safe subset above. Disallowed tags are dropped (script and style with their
 * content, others keep their text), disallowed attributes and URLs removed. Link and image URLs
 * of hand-written HTML pass through `rewriteUrl` first (those the renderer marked as rewritten
 * already do not).
 */
export function sanitizeDocumentHtml(html: string, rewriteUrl?: UrlRewriter): string {
  if (!rewriteUrl) return sanitizeHtml(html, BASE_OPTIONS);
  return sanitizeHtml(html, {
    ...BASE_OPTIONS,
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs:
          attribs.href && !(REWRITTEN_MARKER in attribs)
            ? { ...attribs, href: rewriteUrl(attribs.href, 'link') }
            : attribs,
      }),
      img: (tagName, attribs) => ({
        tagName,
        attribs:
          attribs.src && !(REWRITTEN_MARKER in attribs)
            ? { ...attribs, src: rewriteUrl(attribs.src, 'image') }
            : attribs,
      }),
    },
  });
}
