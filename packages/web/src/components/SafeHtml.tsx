import DOMPurify from 'dompurify';
import { forwardRef, useMemo } from 'react';

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
    // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised twice, see above
    return <div ref={ref} className={className} dangerouslySetInnerHTML={{ __html: clean }} />;
  },
);
