import { expect } from 'vitest';
import { parseMarkdown } from '../src/markdown/parse-markdown.js';
import { blockShape } from './block-shape.js';
import { parseWithMarkdownIt } from './markdown-it-blocks.js';

/** How a parser read a document: the outline of its blocks and its reference labels, sorted. */
interface Reading {
  blocks: unknown[];
  labels: string[];
}

/** The block parser's reading of `source` and markdown-it's, side by side. */
export function bothReadings(source: string): { ours: Reading; markdownIt: Reading } {
  const ours = parseMarkdown(source);
  const reference = parseWithMarkdownIt(source);
  return {
    ours: { blocks: blockShape(ours.blocks), labels: [...ours.references.keys()].sort() },
    markdownIt: {
      blocks: blockShape(reference.blocks),
      labels: [...reference.references.keys()].sort(),
    },
  };
}

/** Whether the block parser reads `source` as markdown-it does. */
export function readsAsMarkdownIt(source: string): boolean {
  const { ours, markdownIt } = bothReadings(source);
  return JSON.stringify(ours) === JSON.stringify(markdownIt);
}

/** Assert that the block parser reads `source` as markdown-it does, showing the difference. */
export function expectSameReading(source: string): void {
  const { ours, markdownIt } = bothReadings(source);
  expect(ours).toEqual(markdownIt);
}
