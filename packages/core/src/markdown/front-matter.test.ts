import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readFrontMatter } from './front-matter.js';
import { LineIndex } from './position.js';

const read = (yaml: string) => {
  const source = `---\n${yaml}---\n# Title\n`;
  return readFrontMatter(source, new LineIndex(source));
};

describe('front matter', () => {
  it('reads keys, values and their places', () => {
    const block = read(
      'title: Payments ledger\nstatus: draft\nauthors:\n  - Ana\n  - Bo\ntags: [a, b]\n',
    );
    expect(block?.data).toEqual({
      title: 'Payments ledger',
      status: 'draft',
      authors: ['Ana', 'Bo'],
      tags: ['a', 'b'],
    });
    expect(block?.keys.get('status')?.start).toEqual({ line: 3, column: 1, offset: 27 });
    expect(block?.values.get('status')?.start).toEqual({ line: 3, column: 9, offset: 35 });
    expect(block?.values.get('authors')?.end.line).toBe(6);
  });

  it('reports YAML errors with their place', () => {
    const block = read('title: [unclosed\n');
    expect(block?.data).toBeNull();
    expect(block?.errors[0]?.place.start.line).toBeGreaterThanOrEqual(2);
  });

  it('reports front matter nested too deeply as an error on its line, without reading on', () => {
    const block = read(`title: Deep\nlayers: ${'['.repeat(100_000)}\n`);
    expect(block?.data).toBeNull();
    expect(block?.errors.map((e) => [e.message, e.place.start.line])).toEqual([
      ['Collections nest deeper than 64 levels', 3],
    ]);
  });

  const word = fc.constantFrom(
    'draft',
    'Payments ledger',
    '2026-11-26',
    '42',
    '1.5',
    'true',
    'no',
    'null',
    '~',
    '',
    "'quoted: yes'",
    '"double"',
    'a: b',
    'x #y',
    '-x',
    '- x',
    '[a, b]',
    '[]',
    '[a, "b"]',
    '{a: 1}',
    '|',
    '>',
    '&anchor v',
    '*ref',
    'v # comment',
    'http://x.y/z',
    'C#',
    '0x1F',
    '.inf',
    '1e3',
    '-1',
    '+1',
    "it's",
    'k:v',
    '@at',
    '`tick`',
    '%p',
    'a,b',
  );
  const key = fc.constantFrom('title', 'status', 'authors', 'tags', 'created', 'x-extra', 'owner');
  const entry = fc.oneof(
    fc.tuple(key, word).map(([k, v]) => `${k}:${v === '' ? '' : ` ${v}`}\n`),
    fc
      .tuple(key, fc.array(word, { minLength: 1, maxLength: 3 }))
      .map(([k, items]) => `${k}:\n${items.map((i) => `  - ${i}\n`).join('')}`),
  );

  it('reads simple front matter exactly as the YAML library does', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), (entries) => {
        const yaml = entries.join('');
        let expected: unknown;
        try {
          expected = parseYaml(yaml, { uniqueKeys: true }) ?? {};
        } catch {
          expect(read(yaml)?.errors.length).toBeGreaterThan(0);
          return;
        }
        const block = read(yaml);
        if (expected === null || typeof expected !== 'object' || Array.isArray(expected)) return;
        expect(block?.data).toEqual(expected);
      }),
      { numRuns: 3000, seed: 11 },
    );
  });
});
