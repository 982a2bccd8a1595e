import { applyPatch, createTwoFilesPatch } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from './unified-diff.js';

const names = { before: 'v1', after: 'v2' };
const exactOnly = { maxEdits: Number.POSITIVE_INFINITY, timeoutMs: Number.POSITIVE_INFINITY };
const coarseOnly = { maxEdits: 0, timeoutMs: Number.POSITIVE_INFINITY };

/** Texts of a few short lines from a small alphabet, so that lines repeat and align; line ends vary. */
const text = fc
  .array(fc.constantFrom('a', 'b', 'c', '', 'a b'), { maxLength: 12 })
  .chain((lines) =>
    fc
      .constantFrom('\n', '\r\n')
      .chain((end) =>
        fc.boolean().map((last) => lines.join(end) + (last && lines.length ? end : '')),
      ),
  );

describe('unifiedDiff', () => {
  it('within its budget, is the diff library’s own unified diff', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        expect(unifiedDiff(names, before, after, exactOnly)).toEqual({
          unified: createTwoFilesPatch('v1', 'v2', before, after, '', '', { context: 3 }),
          coarse: false,
        });
      }),
    );
  });

  it('beyond its budget, gives a coarse diff that still turns the old text into the new', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const diff = unifiedDiff(names, before, after, coarseOnly);
        expect(diff.coarse).toBe(before !== after);
        expect(applyPatch(before, diff.unified)).toBe(after);
      }),
    );
  });

  it('keeps the lines both share at the start and end, with three of them as context', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\n';
    const after = 'a\nb\nc\nd\nX\nY\nf\ng\nh\n';
    expect(unifiedDiff(names, before, after, coarseOnly).unified).toBe(
      [
        '===================================================================',
        '--- v1',
        '+++ v2',
        '@@ -2,7 +2,8 @@',
        ' b',
        ' c',
        ' d',
        '-e',
        '+X',
        '+Y',
        ' f',
        ' g',
        ' h',
        '',
      ].join('\n'),
    );
  });

  it('answers quickly for 8,000 lines that all changed, where Myers alone took seconds', () => {
    const lines = (word: string) =>
      Array.from({ length: 8000 }, (_, i) => `${word} line ${i}\n`).join('');
    const started = performance.now();
    const diff = unifiedDiff(names, lines('First'), lines('Second'));
    expect(performance.now() - started).toBeLessThan(1500);
    expect(diff.coarse).toBe(true);
    expect(applyPatch(lines('First'), diff.unified)).toBe(lines('Second'));
  });
});
