import DOMPurify from 'dompurify';
import { forwardRef, useLayoutEffect, useMemo, useRef } from 'react';

const PROFILES = {
  document: { USE_PROFILES: { html: true }, FORBID_TAGS: ['style'] },
  // A comment: only what Markdown makes of text (no headings, images, ids or styles), so a
  // body can neither break the page's outline nor pose as part of the document.
  comment: {
    ALLOWED_TAGS: [
      'p',
      'br',
      'em',
      'strong',
      'del',
      's',
      'code',
      'pre',
      'a',
      'ul',
      'ol',
      'li',
      'blockquote',
      'hr',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
    ],
    ALLOWED_ATTR: ['href', 'title', 'start'],
  },
} satisfies Record<string, Parameters<typeof DOMPurify.sanitize>[1]>;

/**
 * HTML rendered by designdoc's core (a document from the server, a search snippet, a comment
 * rendered in the browser) put into the page. The core has sanitised it already; DOMPurify here
 * is the second lock, so that a fault on one side alone never runs script in the app.
 */
export const SafeHtml = forwardRef<
  HTMLDivElement,
  { html: string; className?: string; profile?: keyof typeof PROFILES }
>(function SafeHtml({ html, className, profile = 'document' }, ref) {
  const clean = useMemo(
    () => DOMPurify.sanitize(html, PROFILES[profile]) as string,
    [html, profile],
  );
  const own = useRef<HTMLDivElement | null>(null);
  // Code blocks scroll sideways (ASCII diagrams keep their alignment): keyboard users reach
  // them with Tab to scroll them too. Again whenever the HTML changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: clean is the new HTML to visit
  useLayoutEffect(() => {
    for (const pre of own.current?.querySelectorAll('pre') ?? []) pre.tabIndex = 0;
  }, [clean]);
  const setRef = (element: HTMLDivElement | null) => {
    own.current = element;
    if (typeof ref === 'function') ref(element);
    else if (ref) ref.current = element;
  };
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised twice, see above
  return <div ref={setRef} className={className} dangerouslySetInnerHTML={{ __html: clean }} />;
});
