import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { MAX_YAML_DEPTH, parseYamlDocument } from './parse-yaml.js';

const flow = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}\n`;
const blockMap = (depth: number) =>
  `${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`;
const blockSeq = (depth: number) => `${'- '.repeat(depth)}1\n`;

describe('parseYamlDocument', () => {
  it('reads what parseDocument reads, errors and places included', () => {
    const texts = fc.constantFrom(
      'title: Ledger\ntags: [a, b]\n',
      'a:\n  - {b: 1, c: [2, 3]}\n  - &x d\n  - *x\n',
      'title: [unclosed\n',
      'a: 1\na: 2\n',
      '---\na: 1\n---\nb: 2\n',
      '',
      '? [a, b]\n: c\n',
    );
    fc.assert(
      fc.property(texts, (text) => {
        const ours = parseYamlDocument(text, { uniqueKeys: true });
        const theirs = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
        expect(ours.toJS()).toEqual(theirs.toJS());
        expect(ours.errors.map((e) => [e.code, e.pos])).toEqual(
          theirs.errors.map((e) => [e.code, e.pos]),
        );
      }),
    );
  });

  it(`reads collections nested ${MAX_YAML_DEPTH} deep, and refuses one level more, in flow and block style`, () => {
    for (const nest of [flow, blockMap, blockSeq]) {
      expect(parseYamlDocument(nest(MAX_YAML_DEPTH)).errors).toEqual([]);
      const deeper = parseYamlDocument(nest(MAX_YAML_DEPTH + 1));
      expect(deeper.errors.map((e) => [e.code, e.message])).toEqual([
        ['RESOURCE_EXHAUSTION', `Collections nest deeper than ${MAX_YAML_DEPTH} levels`],
      ]);
      expect(deeper.toJS()).toBeNull();
    }
  });

  it('stops reading at the limit: 5 MB of "[" is refused in well under a second', () => {
    const started = performance.now();
    const document = parseYamlDocument(`a: ${'['.repeat(5 * 1024 * 1024)}`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(document.errors[0]?.code).toBe('RESOURCE_EXHAUSTION');
  });

  it('counts lines for the places of errors', () => {
    const lineCounter = new LineCounter();
    const document = parseYamlDocument(`x: 1\ny: 2\nz: ${'['.repeat(100)}`, { lineCounter });
    const offset = document.errors[0]?.pos[0] as number;
    expect(lineCounter.linePos(offset).line).toBe(3);
  });
});
