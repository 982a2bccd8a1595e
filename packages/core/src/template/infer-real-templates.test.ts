import { describe, expect, it } from 'vitest';
import { lint } from '../lint/lint.js';
import { parseDocument } from '../model/parse.js';
import { inferTemplate } from './infer.js';
import type { SectionSpec, TemplateSpec } from './spec.js';
import { validateTemplate } from './validate-template.js';

/**
 * Templates written the way real projects write theirs (the shapes of Swift Evolution, Go design
 * documents, MADR, React and Rust RFCs and Kubernetes KEPs, in words of our own), and what
 * inference must read from them.
 */
const section = (spec: TemplateSpec, title: string): SectionSpec => {
  const find = (sections: SectionSpec[]): SectionSpec | undefined =>
    sections.find((s) => s.title === title) ??
    sections.map((s) => find(s.sections ?? [])).find(Boolean);
  const found = find(spec.sections);
  if (!found)
    throw new Error(`No section “${title}” in ${spec.sections.map((s) => s.title).join(', ')}`);
  return found;
};

const PROPOSAL = [
  '# Feature name',
  '',
  '* Proposal: [XX-NNNN](NNNN-filename.md)',
  '* Authors: [Author 1](https://example.com/a1)',
  '* Review Manager: TBD',
  '* Status: **Awaiting implementation** or **Awaiting review**',
  '* Bug: *if applicable* [bug#NNNN](https://example.com/bugs/NNNN)',
  '* Previous Proposal: *if applicable* [XX-XXXX](XXXX-filename.md)',
  '',
  'When filling out this template, delete or replace all of the text except for the',
  'section headers and the header fields above. Delete everything from this paragraph',
  'down to the Introduction section below.',
  '',
  '## Summary of changes',
  '',
  'Briefly describe what this proposal would change so that readers',
  'can decide whether it is relevant to them.',
  '',
  '## Detailed design',
  '',
  'Describe the design of the solution in detail.',
  '',
  '#### Data layout',
  '',
  'Describe how the data is laid out.',
  '',
  '## Open issues (if applicable)',
  '',
  '[A discussion of issues the author cannot yet answer. This section may be omitted if there are none.]',
  '',
].join('\n');

describe('inferring a template from what it says about itself', () => {
  const spec = inferTemplate(PROPOSAL, { name: 'proposal' });

  it('reads the header bullet list as fields, those marked *if applicable* optional', () => {
    expect(spec.preamble?.[0]).toEqual({
      kind: 'fields',
      fields: [
        { label: 'Proposal' },
        { label: 'Authors' },
        { label: 'Review Manager' },
        { label: 'Status' },
        { label: 'Bug', required: false },
        { label: 'Previous Proposal', required: false },
      ],
    });
  });

  it('takes the status vocabulary from the Status field and maps it to the lifecycle', () => {
    expect(spec.status).toEqual({
      field: 'Status',
      values: [
        { value: 'Awaiting implementation', lifecycle: 'draft' },
        { value: 'Awaiting review', lifecycle: 'in-review' },
      ],
    });
  });

  it('strips optional markers from headings and keeps levels exactly as written', () => {
    expect(section(spec, 'Open issues')).toMatchObject({
      id: 'open-issues',
      level: 2,
      required: false,
    });
    expect(section(spec, 'Data layout').level).toBe(4);
    expect(spec.allowUnknownSections).toBeUndefined();
  });

  it('remembers each paragraph of guidance whole, however it was wrapped', () => {
    expect(section(spec, 'Summary of changes').templateText).toEqual([
      'Briefly describe what this proposal would change so that readers can decide whether it is relevant to them.',
    ]);
  });

  it('takes a section the guidance names by an older title as an alias of the section below it', () => {
    expect(section(spec, 'Summary of changes').aliases).toEqual(['Introduction']);
  });

  it('reads "Unresolved"/"Open" questions sections as questions without a status vocabulary', () => {
    expect(section(spec, 'Open issues').content).toContainEqual({
      kind: 'questions',
      statuses: [],
    });
  });

  it('keeps only the placeholder patterns the template uses', () => {
    expect(spec.placeholders?.map((p) => p.id)).toEqual(['bracket', 'number']);
    expect(() => validateTemplate(spec)).not.toThrow();
  });

  it('lints a real-looking document against it without noise', () => {
    const doc = [
      '# Faster maps',
      '',
      '* Proposal: [XX-0042](0042-faster-maps.md)',
      '* Author: [Jane Roe](https://example.com/jane)',
      '* Review Manager: [John Doe](https://example.com/john)',
      '* Status: **Implemented (v5.9)**',
      '',
      '## Introduction',
      '',
      'Maps get faster.',
      '',
      '## Detailed design',
      '',
      'A new hash.',
      '',
      '#### Data layout',
      '',
      'Buckets of eight.',
      '',
      '### Benchmarks',
      '',
      'Twice as fast.',
      '',
    ].join('\n');
    const result = lint(doc, { template: spec });
    expect(result.diagnostics.map((d) => d.message)).toEqual([]);
    expect(result.model.status).toBe('approved');
    expect(result.model.statusText).toBe('Implemented (v5.9)');
  });
});

describe('line-style headers, front-matter comments and stand-in headings', () => {
  it('reads `Label: value` lines between the title and the first section as fields', () => {
    const spec = inferTemplate(
      '[A note on how to use this template.]\n\n# Proposal: [Title]\n\nAuthor(s): [Author Name]\n\nLast updated: [Date]\n\n## Abstract\n\n[A short summary.]\n',
      { name: 'lines' },
    );
    expect(spec.preamble?.[0]).toEqual({
      kind: 'fields',
      fields: [{ label: 'Author(s)' }, { label: 'Last updated' }],
    });
    const doc =
      '# Proposal: Faster builds\n\nAuthor: Jane Roe\n\nLast updated: 2024-01-02\n\n## Abstract\n\nBuilds get faster.\n';
    const parsed = parseDocument(doc, spec);
    expect(parsed.model.preamble.fields.map((f) => [f.label, f.value])).toEqual([
      ['Author', 'Jane Roe'],
      ['Last updated', '2024-01-02'],
    ]);
    expect(lint(doc, { template: spec }).diagnostics).toEqual([]);
  });

  it('reads optional front-matter keys and a status vocabulary from commented YAML', () => {
    const spec = inferTemplate(
      [
        '---',
        'parent: Decisions',
        '# These are optional elements. Feel free to remove any of them.',
        '# status: "{proposed | rejected | accepted | deprecated | … | superseded by ADR-0123}"',
        '# date: {YYYY-MM-DD when the decision was last updated}',
        '---',
        '# {short title of solved problem and solution}',
        '',
        '## Context and Problem Statement',
        '',
        '{Describe the context and problem statement.}',
        '',
        '<!-- This is an optional element. Feel free to remove. -->',
        '## Decision Drivers',
        '',
        '* {decision driver 1}',
        '',
        '## Pros and Cons of the Options',
        '',
        '### {title of option 1}',
        '',
        '* Good, because {argument a}',
        '',
        '### {title of other option}',
        '',
        '* Bad, because {argument b}',
        '',
      ].join('\n'),
      { name: 'decision' },
    );
    expect(spec.frontMatter).toEqual({ extraKeys: ['parent', 'date'] });
    expect(spec.status?.open).toBe(true);
    expect(spec.status?.values?.map((v) => `${v.value}=${v.lifecycle}`)).toEqual([
      'proposed=in-review',
      'rejected=rejected',
      'accepted=approved',
      'deprecated=deprecated',
      'superseded by ADR-0123=superseded',
    ]);
    expect(section(spec, 'Decision Drivers').required).toBe(false);
    expect(section(spec, 'Context and Problem Statement').required).toBeUndefined();
    // Stand-in headings are the author's own titles: the parent has no fixed subsections.
    expect(section(spec, 'Pros and Cons of the Options').sections).toBeUndefined();
    expect(spec.placeholders?.map((p) => p.id)).toEqual(['brace']);

    const record = [
      '---',
      'parent: Decisions',
      'status: accepted',
      'date: 2024-03-01',
      '---',
      '# Use PostgreSQL',
      '',
      '## Context and Problem Statement',
      '',
      'We need a database.',
      '',
      '## Pros and Cons of the Options',
      '',
      '### PostgreSQL',
      '',
      '* Good, because it is boring.',
      '',
    ].join('\n');
    const result = lint(record, { template: spec });
    expect(result.diagnostics).toEqual([]);
    expect(result.model.status).toBe('approved');
    expect(lint(record.replace('accepted', 'on hold'), { template: spec }).diagnostics).toEqual([]);
    // Nothing in `fix` may invent a heading named `{title of option 1}`.
    expect(lint(record, { template: spec }).fixableCount).toBe(0);
  });

  it('reads a table of contents and a checklist as structures, not as text to replace', () => {
    const spec = inferTemplate(
      [
        '# KEP-NNNN: Your short, descriptive title',
        '',
        '<!-- toc -->',
        '- [Summary](#summary)',
        '- [Release Signoff Checklist](#release-signoff-checklist)',
        '<!-- /toc -->',
        '',
        '## Release Signoff Checklist',
        '',
        '- [ ] Enhancement issue in release milestone',
        '- [ ] Design details are appropriately documented',
        '  - [ ] Test plan is in place',
        '',
        '## Summary',
        '',
        'Write a summary that a reader can take in at a glance.',
        '',
        '## Unresolved Questions',
        '',
        '<!-- List what is still open. -->',
        '',
      ].join('\n'),
      { name: 'kep' },
    );
    expect(spec.preamble).toEqual([{ kind: 'toc' }]);
    expect(spec.preambleText).toBeUndefined();
    expect(section(spec, 'Release Signoff Checklist').content).toEqual([
      {
        kind: 'checklist',
        items: [
          { label: 'Enhancement issue in release milestone' },
          { label: 'Design details are appropriately documented' },
          { label: 'Test plan is in place' },
        ],
      },
    ]);
    expect(section(spec, 'Release Signoff Checklist').templateText).toBeUndefined();

    const doc = [
      '# KEP-1234: Sidecars',
      '',
      '<!-- toc -->',
      '- [Summary](#summary)',
      '- [Release Signoff Checklist](#release-signoff-checklist)',
      '- [Unresolved Questions](#unresolved-questions)',
      '<!-- /toc -->',
      '',
      '## Release Signoff Checklist',
      '',
      '- [x] Enhancement issue in release milestone',
      '- [ ] Design details are appropriately documented',
      '  - [x] Test plan is in place',
      '',
      '## Summary',
      '',
      'Sidecars start first. <<[UNRESOLVED @jane]>> Which probe decides readiness? <<[/UNRESOLVED]>>',
      '',
      '## Unresolved Questions',
      '',
      '- Do init containers count?',
      '',
    ].join('\n');
    const result = lint(doc, { template: spec });
    expect(result.diagnostics.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
    const checklist = result.model.sections[0]?.fields ?? [];
    expect(checklist.map((f) => [f.label, f.checked])).toEqual([
      ['Enhancement issue in release milestone', true],
      ['Design details are appropriately documented', false],
      ['Test plan is in place', true],
    ]);
    expect(result.model.extracts.openQuestions.map((q) => [q.text, q.note])).toEqual([
      ['Which probe decides readiness?', '@jane'],
      ['Do init containers count?', ''],
    ]);
  });

  it('makes optional what guidance says may be omitted or left empty', () => {
    const spec = inferTemplate(
      [
        '- Start Date: (fill me in with today’s date, YYYY-MM-DD)',
        '- RFC PR: (leave this empty)',
        '',
        '# Summary',
        '',
        'Brief explanation of the feature.',
        '',
        '# Basic example',
        '',
        'If the proposal changes an API, include a code example.',
        'Omit this section if it’s not applicable.',
        '',
        '# Unresolved questions',
        '',
        'Optional, but suggested for first drafts.',
        '',
      ].join('\n'),
      { name: 'react-like' },
    );
    expect(spec.preamble?.[0]).toEqual({
      kind: 'fields',
      fields: [{ label: 'Start Date' }, { label: 'RFC PR', required: false }],
    });
    expect(section(spec, 'Summary').required).toBeUndefined();
    expect(section(spec, 'Basic example').required).toBe(false);
    expect(section(spec, 'Unresolved questions').required).toBe(false);
    expect(spec.placeholders?.map((p) => p.id)).toEqual(['date']);
  });
});
