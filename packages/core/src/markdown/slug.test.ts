import { describe, expect, it } from 'vitest';
import { GITHUB_ANCHOR_DOCUMENTS } from '../../test/github-anchors.js';
import { headingText } from './heading-text.js';
import { createSlugger } from './slug.js';

const referencesOf = (references: Record<string, string> = {}) =>
  new Map(Object.entries(references).map(([label, href]) => [label.toUpperCase(), href]));

describe('createSlugger', () => {
  it('has at least 40 headings with the anchors GitHub gives them', () => {
    expect(GITHUB_ANCHOR_DOCUMENTS.flatMap((d) => d.headings).length).toBeGreaterThanOrEqual(40);
  });

  describe.each(GITHUB_ANCHOR_DOCUMENTS)('$name', ({ headings, references }) => {
    it('gives each heading GitHub’s anchor, repeats numbered in order', () => {
      const slug = createSlugger(referencesOf(references));
      expect(headings.map((h) => ({ markdown: h.markdown, anchor: slug(h.markdown) }))).toEqual(
        headings.map((h) => ({ markdown: h.markdown, anchor: h.anchor })),
      );
    });
  });
});

describe('headingText', () => {
  it.each([
    ['plain text, as written', 'Key Design Decisions', 'Key Design Decisions'],
    ['intraword underscores, as written', 'foo_bar_baz', 'foo_bar_baz'],
    ['code spans without a parse', 'The `fix_all`  `` a`b `` cmd', 'The fix_all  a`b cmd'],
    ['an unclosed backtick as text', 'a ` b', 'a ` b'],
    ['emphasis with underscores', '_a_ and __b__', 'a and b'],
    ['a code span next to an underscore', '_`x`_ y', 'x y'],
    ['links and images', '[a](b) ![c](d) <e@f.io>', 'a  e@f.io'],
  ])('%s', (_name, markdown, text) => {
    expect(headingText(markdown)).toBe(text);
  });
});
