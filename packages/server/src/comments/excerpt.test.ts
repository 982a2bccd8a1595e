import { describe, expect, it } from 'vitest';
import { excerptOf } from './excerpt.js';

/** The excerpt as it was defined before it read only a prefix: the whole body collapsed. */
function wholeBodyExcerpt(body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text.length <= 200) return text;
  const cut = text.slice(0, 200);
  const space = cut.lastIndexOf(' ');
  return `${(space > 100 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

describe('excerptOf', () => {
  const bodies = {
    short: 'Looks good to me.',
    'exactly 200 characters': 'a'.repeat(200),
    '201 characters': 'a'.repeat(201),
    'words of 20,000 characters': 'lorem ipsum dolor '.repeat(1200),
    'one word of 20,000 characters': 'x'.repeat(20_000),
    'whitespace runs around the cut': `${'word   \n\t '.repeat(79)}end`,
    'mostly whitespace, words at the end': `${' \n'.repeat(9_000)}the actual comment ${'z'.repeat(300)}`,
    'only whitespace': ' \n\t'.repeat(5_000),
    'whitespace between every letter': 'a \n'.repeat(6_000),
  };
  for (const [name, body] of Object.entries(bodies))
    it(`reads only what it needs and says the same as the whole body: ${name}`, () => {
      expect(excerptOf(body)).toBe(wholeBodyExcerpt(body));
    });

  it('cuts at a word near 200 characters and ends with an ellipsis', () => {
    const excerpt = excerptOf('lorem ipsum dolor '.repeat(1200));
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(201);
    expect(excerpt).toMatch(/^(lorem ipsum dolor )+lorem( ipsum)?( dolor)?…$/);
  });
});
