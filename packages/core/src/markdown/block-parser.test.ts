import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockShape } from '../../test/block-shape.js';
import { parseWithMarkdownIt } from '../../test/markdown-it-blocks.js';
import { parseMarkdown } from './parse-markdown.js';

const same = (source: string) => {
  const ours = parseMarkdown(source);
  const reference = parseWithMarkdownIt(source);
  expect(blockShape(ours.blocks)).toEqual(blockShape(reference.blocks));
  expect([...ours.references.keys()].sort()).toEqual([...reference.references.keys()].sort());
};

/**
 * The block parser must read documents as markdown-it (CommonMark + GFM tables) does: every
 * Rust RFC, the repository's own documents, and generated documents are compared block for block.
 */
describe('block parser agrees with markdown-it', () => {
  it('on DESIGN.md, the README and the examples', () => {
    const root = new URL('../../../../', import.meta.url);
    for (const file of [
      'DESIGN.md',
      'README.md',
      'examples/payments-ledger.md',
      'examples/broken.md',
      'examples/adr-0001-use-postgresql.md',
      'examples/rfc-0001-workspace-templates.md',
    ]) {
      let source = '';
      try {
        source = readFileSync(new URL(file, root), 'utf8');
      } catch {
        continue;
      }
      same(source);
    }
  });

  const line = fc.oneof(
    fc.constantFrom(
      '',
      '',
      'Plain text with words',
      'more text',
      '# Heading',
      '## Overview',
      '### Sub heading ###',
      '#NoSpace',
      'Setext',
      '===',
      '---',
      '***',
      '- item',
      '- **Label**: value',
      '* star item',
      '1. first',
      '2) second',
      '  - nested',
      '    - deeper',
      '   continuation',
      '> quote',
      '> - quoted item',
      '>',
      '```',
      '```yaml',
      '~~~',
      '    indented code',
      '| A | B |',
      '|---|---|',
      '| 1 | 2 |',
      'a | b',
      '--- | ---',
      '<!-- comment -->',
      '<!-- open',
      '-->',
      '<div>',
      '</div>',
      '[ref]: https://example.com',
      '[ref2]: #anchor "title"',
      '- [ ] task',
      '- [x] done',
      '\tTabbed text',
    ),
    fc.stringMatching(/^[a-z]{1,3}(?: [a-z]{1,4}){0,3}$/),
  );

  it('on generated documents', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        same(`${lines.join('\n')}\n`);
      }),
      { numRuns: 3000, seed: 42 },
    );
  });
});
