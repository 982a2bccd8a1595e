import { describe, expect, it } from 'vitest';
import { tableOfContents } from './table-of-contents.js';

const h = (level: number, text: string) => ({ level, text, slug: text.toLowerCase() });

describe('tableOfContents', () => {
  it('nests headings under the one above, leaving out the title and levels past the maximum', () => {
    const toc = tableOfContents([
      h(1, 'Title'),
      h(2, 'Goals'),
      h(3, 'Non-Goals'),
      h(4, 'Deep'),
      h(2, 'Context'),
    ]);
    expect(toc).toEqual([
      {
        ...h(2, 'Goals'),
        children: [{ ...h(3, 'Non-Goals'), children: [] }],
      },
      { ...h(2, 'Context'), children: [] },
    ]);
  });

  it('keeps a first heading that is not the only one at its level (RFCs have no title)', () => {
    const toc = tableOfContents([h(1, 'Summary'), h(1, 'Motivation'), h(2, 'Detail')]);
    expect(toc.map((e) => e.text)).toEqual(['Summary', 'Motivation']);
    expect(toc[1]?.children.map((e) => e.text)).toEqual(['Detail']);
  });

  it('copes with a document that starts deeper than it goes on', () => {
    const toc = tableOfContents([h(3, 'Deep'), h(2, 'Shallow')]);
    expect(toc.map((e) => e.text)).toEqual(['Deep', 'Shallow']);
  });
});
