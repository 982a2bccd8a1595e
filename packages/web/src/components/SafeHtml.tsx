import DOMPurify from 'dompurify';
import { forwardRef, useLayoutEffect, useMemo, useRef } from 'react';

/**
 * HTML from the server (a rendered document, a search snippet) put into the page. The server
 * has sanitised it already; DOMPurify here is the second lock, so that a fault on one side alone
 * never runs script in the app.
 */
export const SafeHtml = forwardRef<HTMLDivElement, { html: string; className?: string }>(
  function SafeHtml({ html, className }, ref) {
    const clean = useMemo(
      () => DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style'] }),
      [html],
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
  },
);
