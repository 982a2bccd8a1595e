import { describe, expect, it } from 'vitest';
import { GITHUB_ANCHOR_DOCUMENTS } from '../../test/github-anchors.js';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import { getPreset } from '../template/presets/index.js';
import { buildOutline } from './sections.js';

const rfc = getPreset('rfc');

function outlineOf(markdown: string) {
  const tree = parseMarkdown(markdown);
  return buildOutline(tree.blocks, tree.lines, rfc, tree.references);
}

describe('buildOutline section slugs', () => {
  it.each(GITHUB_ANCHOR_DOCUMENTS)('are GitHub’s anchors for the headings of “$name”', (doc) => {
    const headings = doc.headings;
    const markdown = [
      '# Title',
      ...headings.map((h) => `## ${h.markdown}`),
      ...Object.entries(doc.references ?? {}).map(([label, href]) => `[${label}]: ${href}`),
    ].join('\n\n');
    expect(outlineOf(markdown).sections.map((s) => s.slug)).toEqual(headings.map((h) => h.anchor));
  });

  it('count headings in block quotes and lists, as GitHub numbers repeats', () => {
    const outline = outlineOf('# T\n\n## Notes\n\n> ## Notes\n\n- ## Notes\n\n## Notes\n');
    expect(outline.sections.map((s) => s.slug)).toEqual(['notes', 'notes-3']);
  });

  it('count the title heading', () => {
    expect(outlineOf('# Notes\n\n## Notes\n').sections.map((s) => s.slug)).toEqual(['notes-1']);
  });
});
