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

  it('reads “written by …” in an opening sentence as the authors', () => {
    const doc = parseDocument(
      '# Generalized types\n\nThis is a proposal for adding generics, written by Ann Lee and\nBo Chen in March, 2011.\n\n## Abstract\n\nA.\n',
      GO_LIKE,
    );
    expect(doc.model.preamble.fields.map((f) => [f.label, f.value])).toEqual([
      ['Author(s)', 'Ann Lee, Bo Chen'],
    ]);
  });

  it('takes “Proposed …”, “Draft design”, “Alternate …” and “Deployment” for the template’s sections', () => {
    const doc = [
      '# Proposal: Vendoring',
      '',
      'Author: Jane Roe',
      '',
      'Last updated: 2015-03-01',
      '',
      '## Abstract',
      '',
      'A.',
      '',
      '## Background',
      '',
      'B.',
      '',
      '## Proposed definition',
      '',
      'C.',
      '',
      '## Alternate proposals',
      '',
      'D.',
      '',
      '## Compatibility',
      '',
      'E.',
      '',
      '## Deployment',
      '',
      'F.',
      '',
    ].join('\n');
    const withImplementation = inferTemplate(
      '# Proposal: [Title]\n\n## Abstract\n\nA.\n\n## Background\n\nB.\n\n## Proposal\n\nC.\n\n## Rationale\n\nD.\n\n## Compatibility\n\nE.\n\n## Implementation\n\nF.\n',
      { name: 'go-like' },
    );
    expect(messages(doc, withImplementation)).toEqual([]);
    expect(messages(doc.replace('## Deployment', '## Draft design'), withImplementation)).toContain(
      'Missing section “Implementation” (required by template go-like)',
    );
  });

  it('takes an “Effect on …” heading for the template’s “Implications on …” section', () => {
    const swiftLike = inferTemplate(
      '# Feature\n\n## Motivation\n\nA.\n\n## ABI compatibility\n\nDoes it change the ABI?\n\n## Implications on adoption\n\nWhat adopters should know.\n\n## Alternatives considered\n\nB.\n',
      { name: 'swift-like' },
    );
    const doc =
      '# Feature\n\n## Motivation\n\nA.\n\n## Effect on ABI stability\n\nNone.\n\n## Effect on API resilience\n\nNone.\n\n## Alternatives considered\n\nB.\n';
    expect(messages(doc, swiftLike)).toEqual([]);
  });

  it('leaves a subsection named like a later template section to its parent when the template’s order says so', () => {
    const withImplementation = inferTemplate(
      '# P\n\n## Proposal\n\nA.\n\n## Rationale\n\nB.\n\n## Implementation\n\nC.\n',
      { name: 'go-like' },
    );
    const own = parseDocument(
      '# T\n\n## Proposal\n\nA.\n\n### Implementation\n\nThe API.\n\n## Rationale\n\nB.\n',
      withImplementation,
    );
    expect(own.model.sections.map((s) => [s.title, s.id, s.sections.map((c) => c.id)])).toEqual([
      ['Proposal', 'proposal', [null]],
      ['Rationale', 'rationale', []],
    ]);
    // In its place (after Rationale), one level too deep is still that section.
    const deep = parseDocument(
      '# T\n\n## Proposal\n\nA.\n\n## Rationale\n\nB.\n\n### Implementation\n\nC.\n',
      withImplementation,
    );
    expect(deep.model.sections.map((s) => s.id)).toEqual([
      'proposal',
      'rationale',
      'implementation',
    ]);
  });

  it('picks, of tied templates, the one the document leaves fewest sections missing from', () => {
    const language = inferTemplate(
      '# Feature\n\n## Introduction\n\nA.\n\n## Motivation\n\nB.\n\n## Source compatibility\n\nC.\n\n## Future directions\n\nD.\n',
      { name: 'language' },
    );
    const packages = inferTemplate(
      '# Package feature\n\n## Introduction\n\nA.\n\n## Motivation\n\nB.\n\n## Security\n\nC.\n',
      { name: 'packages' },
    );
    // One section each that the other template lacks; the language template would miss one more.
    const doc =
      '# Warnings\n\n## Introduction\n\nA.\n\n## Motivation\n\nB.\n\n## Security\n\nC.\n\n## Future directions\n\nD.\n';
    expect(closestTemplate(doc, [language, packages]).name).toBe('packages');
  });

  it('reads a header label by its last noun when the template has one label ending so', () => {
    const rfc = getPreset('rfc');
    const doc =
      '- Feature Name: `cargo_script`\n- Start Date: 2023-03-31\n- eRFC PR: [rust-lang/rfcs#3424](https://x.io)\n- Tracking Issue: [rust-lang/cargo#12207](https://x.io)\n\n# Summary\n\nA.\n';
    expect(
      lint(doc, { template: rfc }).diagnostics.filter((d) => d.ruleId === 'required-field'),
    ).toEqual([]);
    expect(parseDocument(doc, rfc).model.preamble.fields.map((f) => f.label)).toEqual([
      'Feature Name',
      'Start Date',
      'eRFC PR',
      'Tracking Issue',
    ]);
    // One word is not enough, and a noun two template labels end in names neither.
    const twoDates = inferTemplate(
      '# T\n\n- Start Date: [date]\n- End Date: [date]\n\n## A\n\nB.\n',
      {
        name: 'dates',
      },
    );
    expect(
      messages('# T\n\n- Due Date: 2020-01-01\n\n## A\n\nB.\n', twoDates).filter((m) =>
        m.startsWith('Missing field'),
      ),
    ).toEqual([
      'Missing field “Start Date” in the document header',
      'Missing field “End Date” in the document header',
    ]);
  });

  it('leaves an index of other documents alone, as a pointer', () => {
    const index =
      '# Go 2 Draft Designs\n\nThese draft designs are not proposals; each has an overview and a design.\n\n**Errors**:\n\n - [overview](errors-overview.md)\n - [draft design](errors.md)\n\n**Generics**:\n\n - [overview](generics-overview.md)\n - [draft design](contracts.md)\n - [feedback](https://example.org/wiki)\n';
    expect(messages(index)).toEqual([]);
  });

  it('takes a heading that joins two names for both sections', () => {
    const doc =
      '# Proposal: X\n\nAuthor: Ann Lee\n\nLast updated: 2020-01-01\n\n## Abstract\n\nA.\n\n## Background\n\nB.\n\n## The proposed API\n\nC.\n\n## Rationale and compatibility\n\nD.\n';
    expect(messages(doc)).toEqual([]);
  });

  it('leaves a part of the author’s own above the sections, with sections of its own, at its level', () => {
    const doc =
      '# Proposal: X\n\nAuthor: Ann Lee\n\nLast updated: 2020-01-01\n\n## Abstract\n\nA.\n\n## Background\n\nB.\n\n## Proposal\n\nC.\n\n## Rationale\n\nD.\n\n## Compatibility\n\nE.\n\n# Appendix\n\n## A1. Usage\n\nF.\n';
    expect(messages(doc)).toEqual([]);
    // A section after such a part stays at its level (one deeper, it would fall into the part).
    expect(messages(`${doc}\n# Backwards compatibility\n\nG.\n`)).toEqual([]);
    expect(messages(doc.replace('\n## A1. Usage\n', ''))).toEqual([
      'Section “Appendix” is level 1, expected level 2',
    ]);
  });

  it('reads a byline that credits others under the author’s name', () => {
    const doc = parseDocument(
      '# Go 1.5 Vendor Experiment\n\nRuss Cox\\\nbased on work by Keith Rarick\\\nJuly 2015\n\n## Abstract\n\nA.\n',
      GO_LIKE,
    );
    expect(doc.model.preamble.fields.map((f) => [f.label, f.value])).toEqual([
      ['Author(s)', 'Russ Cox'],
      ['Last updated', 'July 2015'],
    ]);
  });
});
