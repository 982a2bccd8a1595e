import { PRESETS, parseDocument, type TemplateSpec } from '@designdoc/core';
import { describe, expect, it } from 'vitest';
import { anchorSections, findSection, outdatedReason, readerText } from './section-anchors.js';

const MARKDOWN =
  '# T\n\n## Overview\n\nSome **bold** and a [link](https://x.org).\n\n- one\n- two\n\n### Detail\n\nDeep `code`.\n\n## Notes\n\nA\n\n## Notes\n\nB\n';
const model = JSON.stringify(parseDocument(MARKDOWN, PRESETS.tdd as TemplateSpec).model);
const sections = anchorSections(MARKDOWN, model);

describe('anchorSections', () => {
  it('gives each section its anchor, title and reader text, subsections included', () => {
    expect(sections.map((s) => s.anchor)).toEqual(['overview', 'detail', 'notes', 'notes-1']);
    expect(sections[0]?.text).toBe('Overview Some bold and a link. one two Detail Deep code.');
    expect(sections[2]?.text).toBe('Notes A');
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
