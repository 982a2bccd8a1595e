import type { RenderedHeading } from './markdown-renderer.js';

/** One entry of a table of contents, with the entries under it. */
export interface TocEntry {
  text: string;
  slug: string;
  level: number;
  children: TocEntry[];
}

/**
 * Nest headings into a table of contents, leaving out the document title (the first heading
 * when it is the only one at the top level) and headings deeper than `maxLevel`.
 */
export function tableOfContents(headings: RenderedHeading[], maxLevel = 3): TocEntry[] {
  const first = headings[0];
  const titleOnly =
    first !== undefined && headings.every((h) => h === first || h.level > first.level);
  const shown = headings.filter((h) => h.level <= maxLevel && !(titleOnly && h === first));
  const root: TocEntry[] = [];
  const stack: TocEntry[] = [];
  for (const heading of shown) {
    const entry: TocEntry = { ...heading, children: [] };
    while (stack.length > 0 && (stack[stack.length - 1] as TocEntry).level >= heading.level)
      stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : root).push(entry);
    stack.push(entry);
  }
  return root;
}
