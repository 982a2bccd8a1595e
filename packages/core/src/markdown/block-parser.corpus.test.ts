import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RFC_DIR, TDD_TEMPLATE } from '../../../../test/shared-paths.js';
import { blockShape } from '../../test/block-shape.js';
import { parseWithMarkdownIt } from '../../test/markdown-it-blocks.js';
import { parseMarkdown } from './parse-markdown.js';

const same = (source: string) => {
  const ours = parseMarkdown(source);
  const reference = parseWithMarkdownIt(source);
  expect(blockShape(ours.blocks)).toEqual(blockShape(reference.blocks));
  expect([...ours.references.keys()].sort()).toEqual([...reference.references.keys()].sort());
};

/** The block parser reads the shared corpora as markdown-it (CommonMark + GFM tables) does. */
describe('block parser agrees with markdown-it on the corpora', () => {
  it('on every file of the Rust RFC corpus', () => {
    const files = readdirSync(RFC_DIR).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(600);
    for (const file of files) {
      const source = readFileSync(`${RFC_DIR}${file}`, 'utf8');
      try {
        same(source);
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message.slice(0, 2000)}`);
      }
    }
  });

  it('on the tdd template', () => {
    same(readFileSync(TDD_TEMPLATE, 'utf8'));
  });
});
