import { describe, expect, it } from 'vitest';
import { lint } from '../lint/lint.js';
import { inferTemplate } from '../template/infer.js';
import { getPreset } from '../template/presets/index.js';
import { closestTemplate } from './closest-template.js';
import { parseDocument } from './parse.js';

/** A template in the shape of Go's design-doc template (our own words). */
const GO_LIKE = inferTemplate(
  [
    '# Proposal: [Title]',
    '',
    'Author(s): [Author Name]',
    '',
    'Last updated: [Date]',
    '',
    '## Abstract',
    '',
    '[A short summary of the proposal.]',
    '',
    '## Background',
    '',
    '[The problem being solved.]',
    '',
    '## Proposal',
    '',
    '[A precise statement of the proposed change.]',
    '',
    '## Rationale',
    '',
    '[A discussion of alternate approaches.]',
    '',
    '## Compatibility',
    '',
    '[How the change keeps existing programs working.]',
    '',
  ].join('\n'),
  { name: 'go-like' },
);

const messages = (markdown: string, template = GO_LIKE) =>
  lint(markdown, { template }).diagnostics.map((d) => d.message);

describe('reading documents written before, beside or loosely after their template', () => {
  it('takes the names design documents use for the same part, in that part’s place', () => {
    const doc = [
      '# Proposal: Faster builds',
      '',
      'Author: Jane Roe',
      '',
      'Last update: 2019-03-01',
      '',
      '## Summary',
      '',
      'Builds get faster.',
      '',
      '## Motivation',
      '',
      'They are slow.',
      '',
      '## Design',
      '',
      'Cache more.',
      '',
      '## Alternatives considered',
      '',
      'Buy faster machines.',
      '',
      '## Backwards compatibility',
      '',
      'Nothing changes for users.',
      '',
    ].join('\n');
    expect(messages(doc)).toEqual([]);
    // Out of its place, a heading is still taken when nothing else could be that section.
    expect(
      messages(`${doc.replace('## Summary\n\nBuilds get faster.\n\n', '')}\n## Summary\n\nX.\n`),
    ).toEqual([]);
  });

  it('reads an untitled opening summary as the first section', () => {
    const opening =
      'This proposal makes builds faster by caching the results of every package compile step, so that an unchanged package is never compiled twice on one machine.';
    const doc = `# Proposal: Faster builds\n\nAuthor: Jane Roe\n\nLast updated: 2019-03-01\n\n${opening}\n\n## Background\n\nA.\n\n## Proposal\n\nB.\n\n## Rationale\n\nC.\n\n## Compatibility\n\nD.\n`;
    expect(messages(doc)).toEqual([]);
  });

  it('leaves a document that only points elsewhere alone', () => {
    expect(
      messages(
        'Moved to [golang.org/design/25530-sumdb](https://golang.org/design/25530-sumdb).\n',
      ),
    ).toEqual([]);
    expect(
      messages(
        '# Type Parameters - Draft Design\n\nThis draft design has [become a proposal](https://example.org/43651).\n',
      ),
    ).toEqual([]);
  });

  it('finds header fields under a title written at the sections’ level', () => {
    const doc = parseDocument(
      '## Shorter tail lifetimes\n\n- Feature Name: `shorter_tail_lifetimes`\n- Start Date: 2023-05-04\n- RFC PR: [rust-lang/rfcs#3606](https://x.io)\n- Rust Issue: [rust-lang/rust#1](https://x.io)\n\n## Summary\n\nA.\n',
      getPreset('rfc'),
    );
    expect(doc.outline.title?.text).toBe('Shorter tail lifetimes');
    expect(doc.model.preamble.fields.map((f) => f.label)).toEqual([
      'Feature Name',
      'Start Date',
      'RFC PR',
      'Rust Issue',
    ]);
  });

  it('does not take a subsection for a top-level section the document has at the top too', () => {
    const doc = parseDocument(
      '# T\n\n## Proposal\n\nA.\n\n### Compatibility\n\nOf the proposal alone.\n\n## Compatibility\n\nB.\n',
      GO_LIKE,
    );
    expect(doc.model.sections.map((s) => [s.title, s.id, s.sections.map((c) => c.id)])).toEqual([
      ['Proposal', 'proposal', [null]],
      ['Compatibility', 'compatibility', []],
    ]);
  });

  it('lints each document of a folder with several templates against the one it follows', () => {
    const packages = inferTemplate(
      '# Package feature\n\n## Introduction\n\nA.\n\n## Security\n\nB.\n\n## Impact on existing packages\n\nC.\n',
      {
        name: 'packages',
      },
    );
    const doc =
      '# Local registries\n\n## Introduction\n\nA.\n\n## Security\n\nB.\n\n## Impact on existing packages\n\nC.\n';
    expect(closestTemplate(doc, [GO_LIKE, packages]).name).toBe('packages');
    expect(closestTemplate('# P\n\n## Abstract\n\nA.\n', [GO_LIKE, packages]).name).toBe('go-like');
  });

  it('reads a name the template does not know, right before its sections, as the title', () => {
    const react = inferTemplate('# Summary\n\nBrief explanation.\n\n# Basic example\n\nCode.\n', {
      name: 'react-like',
    });
    const summary =
      'The hook reads a mutable external source safely in concurrent rendering, detects mutations during a render to avoid tearing, and schedules an update when the source changes.';
    const doc = `# useMutableSource\n\n${summary}\n\n# Basic example\n\nA.\n`;
    expect(parseDocument(doc, react).outline.title?.text).toBe('useMutableSource');
    expect(messages(doc, react)).toEqual([]);
  });

  it('reads a byline under the title as the authors and the date', () => {
    const doc = parseDocument(
      '# Proposal: Number literals\n\nRuss Cox\\\nRobert Griesemer\\\nMarch 6, 2019\n\n## Abstract\n\nA.\n',
      GO_LIKE,
    );
    expect(doc.model.preamble.fields.map((f) => [f.label, f.value])).toEqual([
      ['Author(s)', 'Russ Cox, Robert Griesemer'],
      ['Last updated', 'March 6, 2019'],
    ]);
    // A sentence is no byline.
    expect(
      parseDocument('# P\n\nThis proposal will not be adopted.\n\n## Abstract\n\nA.\n', GO_LIKE)
        .model.preamble.fields,
    ).toEqual([]);
  });

  it('reads a byline with its link lines, a Date: field, and a document written all in # headings', () => {
    expect(
      messages(
        '# Go 1.5 Bootstrap Plan\n\nRuss Cox \\\nJanuary 2015 \\\ngolang.org/s/go15bootstrap \\\n([comments](https://example.org/c))\n\n# Abstract\n\nA.\n\n# Background\n\nB.\n\n# Proposal\n\nC.\n\n# Rationale\n\nD.\n\n# Compatibility\n\nE.\n',
      ),
    ).toEqual([]);
    const dated = parseDocument(
      '# P\n\nAuthor: Ann Lee\n\nDate: 15 September 2021\n\n## Abstract\n\nA.\n',
      GO_LIKE,
    );
    expect(dated.model.preamble.fields.map((f) => f.label)).toEqual(['Author', 'Date']);
    expect(
      messages('# P\n\nAuthor: Ann Lee\n\nDate: 15 September 2021\n\n## Abstract\n\nA.\n'),
    ).not.toContain('Missing field “Last updated” in the document header');
  });
});
