import { PRESETS, parseDocument, type Section, type TemplateSpec } from '@designdoc/core';
import { describe, expect, it } from 'vitest';
import { sectionBounds } from '../documents/section-bounds.js';
import { anchorSections, findSection, outdatedReason, readerText } from './section-anchors.js';

const MARKDOWN =
  '# T\n\n## Overview\n\nSome **bold** and a [link](https://x.org).\n\n- one\n- two\n\n### Detail\n\nDeep `code`.\n\n## Notes\n\nA\n\n## Notes\n\nB\n';
const model = JSON.stringify(parseDocument(MARKDOWN, PRESETS.tdd as TemplateSpec).model);
const sections = anchorSections(MARKDOWN, sectionBounds(model, MARKDOWN.length));

describe('anchorSections', () => {
  it('gives each section its anchor, title and reader text, subsections included', () => {
    expect(sections.map((s) => s.anchor)).toEqual(['overview', 'detail', 'notes', 'notes-1']);
    expect(sections[0]?.text).toBe('Overview Some bold and a link. one two Detail Deep code.');
    expect(sections[2]?.text).toBe('Notes A');
  });
});

describe('anchorSections at size', () => {
  /**
   * `# Many` over 40,000 parts, each with a subsection (80,001 headings), and a model of the
   * parser's shape: parsing that many headings takes seconds.
   */
  function manyHeadings() {
    let markdown = '# Many\n\n';
    const section = (title: string, level: number, sections: Section[] = []): Section => {
      const offset = markdown.length;
      markdown += `${'#'.repeat(level)} ${title}\n\nText of ${title.toLowerCase()}.\n\n`;
      const place = { start: { line: 1, column: 1, offset }, end: { line: 1, column: 1, offset } };
      const slug = title.toLowerCase().replace(' ', '-');
      return { id: null, title, slug, level, place, blocks: [], fields: [], sections };
    };
    markdown = '';
    const root = section('Many', 1);
    for (let i = 0; i < 40_000; i++) {
      const part = section(`Part ${i}`, 2);
      part.sections.push(section(`Detail ${i}`, 3));
      root.sections.push(part);
    }
    return { markdown, model: JSON.stringify({ sections: [root] }) };
  }

  it('anchors 80,000 headings in one pass, each section running to the next of its level or higher', () => {
    const { markdown, model } = manyHeadings();
    const started = performance.now();
    const many = anchorSections(markdown, sectionBounds(model, markdown.length));
    // Scanning ahead from every heading took minutes here; one pass takes a fraction of a second.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(many).toHaveLength(80_001);
    expect(many[0]?.text).toMatch(/^Many Text of many\. Part 0 .* Text of detail 39999\.$/);
    expect(many[1]).toMatchObject({
      anchor: 'part-0',
      title: 'Part 0',
      text: 'Part 0 Text of part 0. Detail 0 Text of detail 0.',
    });
    expect(many[2]?.text).toBe('Detail 0 Text of detail 0.');
    expect(many.at(-1)?.text).toBe('Detail 39999 Text of detail 39999.');
  });
});

describe('readerText', () => {
  it('drops markup a reader does not see and collapses space', () => {
    expect(readerText('> **a**  _b_\n1. [c][ref] | d \\*')).toBe('a b c d');
  });

  it('keeps a link’s text whole when its destination has parentheses', () => {
    expect(readerText('[sets](https://en.wikipedia.org/wiki/Set_(mathematics)) for tags')).toBe(
      'sets for tags',
    );
  });
});

describe('findSection', () => {
  it('finds by anchor or heading text, and says when heading text is ambiguous or unknown', () => {
    expect(findSection(sections, '#detail')).toMatchObject({ section: { anchor: 'detail' } });
    expect(findSection(sections, ' overview ')).toMatchObject({ section: { anchor: 'overview' } });
    expect(findSection(sections, 'Notes')).toEqual({
      problem: 'ambiguous',
      candidates: ['notes', 'notes-1'],
    });
    expect(findSection(sections, 'Nope')).toMatchObject({ problem: 'unknown' });
  });
});

describe('outdatedReason', () => {
  const byAnchor = new Map(sections.map((s) => [s.anchor, s]));
  it('says whether the section, or the quote in it, is gone', () => {
    expect(outdatedReason(byAnchor, 'overview', 'bold and a link')).toBeNull();
    expect(outdatedReason(byAnchor, 'overview', 'Some *bold*')).toBeNull();
    expect(outdatedReason(byAnchor, 'overview', 'B')).toBe('quote-not-found');
    expect(outdatedReason(byAnchor, 'gone', null)).toBe('section-removed');
  });
});
