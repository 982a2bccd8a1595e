import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProblemError } from './problems.js';
import {
  checkIfMatch,
  type EntityTag,
  formatEntityTag,
  parseEtagList,
  representationEtag,
  strongMatch,
  weakMatch,
} from './representations.js';

/** etagc: %x21 / %x23-7E / obs-text (a header string holds bytes as latin1 characters). */
const etagc = fc.constantFrom(
  ...[0x21, ...Array.from({ length: 0x7e - 0x23 + 1 }, (_, i) => 0x23 + i), 0x80, 0xe9, 0xff].map(
    (c) => String.fromCharCode(c),
  ),
);
const entityTag: fc.Arbitrary<EntityTag> = fc.record({
  weak: fc.boolean(),
  opaque: fc.array(etagc, { maxLength: 24 }).map((c) => c.join('')),
});
const ows = fc.constantFrom('', ' ', '\t', '  ');

/** What a save's If-Match check answers: 'ok', or the problem's status. */
function ifMatchOutcome(header: string | undefined, current: string): 'ok' | number {
  try {
    checkIfMatch(header, current);
    return 'ok';
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    return (
      { 'precondition-required': 428, 'precondition-failed': 412 }[error.code as string] ?? 400
    );
  }
}

describe('ETag rules', () => {
  it('parses any list of entity tags it formats, whatever the white space and empty elements', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(ows, entityTag, ows, fc.boolean())), (items) => {
        const header = items
          .map(
            ([before, tag, after, empty]) =>
              `${before}${formatEntityTag(tag)}${after}${empty ? ', ' : ''}`,
          )
          .join(',');
        expect(parseEtagList(header)).toEqual(items.map(([, tag]) => tag));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads * alone as any, and anything not quoted tags as unreadable', () => {
    expect(parseEtagList('*')).toBe('*');
    expect(parseEtagList(' * ')).toBe('*');
    for (const bad of ['"a", *', '3.abc', '"a" "b"', 'W/a', '"a', 'w/"a"', '"a b"', '"a"x'])
      expect([bad, parseEtagList(bad)]).toEqual([bad, null]);
  });

  it('compares as RFC 9110 §8.8.3.2 does: strong needs both strong, weak only the opaque part', () => {
    const tag = (text: string) => (parseEtagList(text) as EntityTag[])[0] as EntityTag;
    const table = [
      ['W/"1"', 'W/"1"', false, true],
      ['W/"1"', 'W/"2"', false, false],
      ['W/"1"', '"1"', false, true],
      ['"1"', '"1"', true, true],
    ] as const;
    for (const [a, b, strong, weak] of table)
      expect([a, b, strongMatch(tag(a), tag(b)), weakMatch(tag(a), tag(b))]).toEqual([
        a,
        b,
        strong,
        weak,
      ]);
    fc.assert(
      fc.property(entityTag, entityTag, (a, b) => {
        expect(strongMatch(a, b)).toBe(strongMatch(b, a));
        expect(weakMatch(a, b)).toBe(weakMatch(b, a));
        if (strongMatch(a, b)) expect(weakMatch(a, b)).toBe(true);
        expect(weakMatch(a, a)).toBe(true);
        expect(strongMatch(a, a)).toBe(!a.weak);
      }),
    );
  });

  it('saves with the head’s tag of any representation, weak or strong, or *; 428 without; 412 when stale; 400 when unreadable', () => {
    const version = fc.tuple(fc.integer({ min: 1, max: 99 }), fc.stringMatching(/^[0-9a-f]{16}$/));
    const header = (current: string, other: string) =>
      fc.oneof(
        fc.constant({ header: undefined, expected: 428 as const }),
        fc.constant({ header: '', expected: 428 as const }),
        fc.constant({ header: '*', expected: 'ok' as const }),
        fc.constantFrom('application/json', 'text/markdown', 'text/html').chain((type) =>
          fc
            .record({
              weak: fc.boolean(),
              others: fc.array(fc.constant(other), { maxLength: 2 }),
            })
            .map(({ weak, others }) => ({
              header: [
                ...others,
                `${weak ? 'W/' : ''}${representationEtag(current, type as never)}`,
              ]
                .sort()
                .join(', '),
              expected: 'ok' as const,
            })),
        ),
        fc.array(fc.constant(other), { minLength: 1, maxLength: 3 }).map((tags) => ({
          header: tags.join(', '),
          expected: 412 as const,
        })),
        fc.constantFrom(current.slice(1, -1), `${current}, *`, `"${current}"`).map((bad) => ({
          header: bad,
          expected: 400 as const,
        })),
      );
    fc.assert(
      fc.property(
        version,
        version.filter(([n]) => n !== 1),
        ([n, hash], [m, otherHash]) => {
          const current = `"${n}.${hash}"`;
          const other = `"${n + m}.${otherHash}"`;
          fc.assert(
            fc.property(header(current, other), ({ header, expected }) => {
              expect(ifMatchOutcome(header, current)).toBe(expected);
            }),
            { numRuns: 30 },
          );
        },
      ),
      { numRuns: 30 },
    );
  });
});
