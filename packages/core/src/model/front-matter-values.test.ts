import { describe, expect, it } from 'vitest';
import { getPreset } from '../template/presets/index.js';
import { parseDocument } from './parse.js';

/** What parsing keeps of a document's front matter, and the problems it reports (kind, line). */
function frontMatterOf(yaml: string, template = 'tdd') {
  const doc = parseDocument(`---\n${yaml}---\n# T\n`, getPreset(template));
  return {
    frontMatter: doc.model.frontMatter,
    status: doc.model.status,
    statusText: doc.model.statusText,
    problems: doc.frontMatterProblems.map((p) => [p.kind, p.message, p.place.start.line]),
  };
}

describe('front matter values', () => {
  it('keep lists, from YAML lists or comma-separated text, numbers as strings', () => {
    const read = frontMatterOf('authors: [Ana, 7]\ntags: a, b ,, c\nsupersedes:\n  - old.md\n');
    expect(read.frontMatter).toEqual({
      authors: ['Ana', '7'],
      tags: ['a', 'b', 'c'],
      supersedes: ['old.md'],
    });
    expect(read.problems).toEqual([]);
  });

  it('keep real dates only, and leave the others out with a problem on their line', () => {
    const read = frontMatterOf('created: 2026-02-29\nupdated: 2024-02-29\n');
    expect(read.frontMatter).toEqual({ updated: '2024-02-29' });
    expect(read.problems).toEqual([
      [
        'value',
        'Invalid front matter “created”: “2026-02-29”, expected a date written YYYY-MM-DD',
        2,
      ],
    ]);
  });

  it('trim strings and refuse empty ones', () => {
    const read = frontMatterOf('title: "  Spaced  "\nsuperseded-by: ""\n');
    expect(read.frontMatter).toEqual({ title: 'Spaced' });
    expect(read.problems.map(([kind, message]) => [kind, message])).toEqual([
      ['value', 'Invalid front matter “superseded-by”: “”, expected a non-empty string'],
    ]);
  });

  it('read a status in the template’s words as designdoc’s lifecycle, keeping the words', () => {
    const read = frontMatterOf('status: superseded by ADR-0007\n', 'adr');
    expect([read.frontMatter.status, read.status, read.statusText]).toEqual([
      'superseded',
      'superseded',
      'superseded by ADR-0007',
    ]);
  });

  it('leave an unknown status out, as a draft, naming the statuses there are', () => {
    const read = frontMatterOf('status: someday\n');
    expect([read.frontMatter.status, read.status, read.statusText]).toEqual([
      undefined,
      'draft',
      'someday',
    ]);
    expect(read.problems[0]?.[1]).toBe(
      'Invalid front matter “status”: “someday”, expected one of draft, in-review, approved, rejected, superseded, deprecated',
    );
  });

  it('report a key neither designdoc nor the template knows, and allow the template’s own', () => {
    expect(frontMatterOf('date: 2026-01-01\nowner: me\n', 'adr').problems).toEqual([
      [
        'unknown-key',
        'Unknown front matter key “owner”, expected one of title, status, authors, reviewers, created, updated, tags, supersedes, superseded-by, template, date, decision-makers, consulted, informed',
        3,
      ],
    ]);
  });

  it('report front matter that is not a mapping, and keep nothing of it', () => {
    const read = frontMatterOf('- a\n- b\n');
    expect(read.frontMatter).toEqual({});
    expect(read.problems).toEqual([
      ['syntax', 'Front matter must be a YAML mapping of keys to values', 1],
    ]);
  });
});
