/** A heading of a rendered document, for the table of contents. */
export interface Heading {
  id: string;
  text: string;
  level: number;
}

/** The h2 and h3 headings of rendered HTML, in order (h1 is the document's title). */
export function headingsOf(html: string): Heading[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return [...parsed.querySelectorAll('h2[id], h3[id]')].map((h) => ({
    id: h.id,
    text: h.textContent ?? '',
    level: Number(h.tagName[1]),
  }));
}

/**
 * Links to the document's sections, nested by level, each with its number of unresolved
 * comment threads when it has any.
 */
export function TableOfContents({
  headings,
  unresolved = {},
}: {
  headings: Heading[];
  unresolved?: Record<string, number>;
}) {
  if (headings.length === 0) return null;
  return (
    <nav aria-label="Table of contents" className="toc">
      <h2>Contents</h2>
      <ol>
        {headings.map((h) => (
          <li key={h.id} className={`toc-level-${h.level}`}>
            <a href={`#${h.id}`}>{h.text}</a>
            {(unresolved[h.id] ?? 0) > 0 && (
              <span className="toc-count" title={`${unresolved[h.id]} unresolved threads`}>
                {unresolved[h.id]}
                <span className="visually-hidden"> unresolved threads</span>
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
