import sanitizeHtml from 'sanitize-html';

/** Rewrites a link (`a href`) or embedded resource (`img src`) URL; returns it unchanged to keep it. */
export type UrlRewriter = (url: string, kind: 'link' | 'image') => string;

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
 * content, others keep their text), disallowed attributes and URLs removed. Every link and image
 * URL, from Markdown or hand-written HTML alike, passes through `rewriteUrl` first.
 */
export function sanitizeDocumentHtml(html: string, rewriteUrl?: UrlRewriter): string {
  if (!rewriteUrl) return sanitizeHtml(html, BASE_OPTIONS);
  return sanitizeHtml(html, {
    ...BASE_OPTIONS,
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: attribs.href ? { ...attribs, href: rewriteUrl(attribs.href, 'link') } : attribs,
      }),
      img: (tagName, attribs) => ({
        tagName,
        attribs: attribs.src ? { ...attribs, src: rewriteUrl(attribs.src, 'image') } : attribs,
      }),
    },
  });
}
