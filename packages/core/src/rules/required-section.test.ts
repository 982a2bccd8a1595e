import { describe, expect, it } from 'vitest';
import { lineOf, runRule } from '../../test/rule-tester.js';
import { replaceSection, TDD_DOCUMENT } from '../../test/tdd-document.js';

const run = (markdown: string, template = 'tdd') =>
  runRule('required-section', markdown, { template });
const TITLE_LINE = lineOf(TDD_DOCUMENT, '# Ledger');
const missingTop = (title: string, template = 'tdd', line = TITLE_LINE) => ({
  message: `Missing section “${title}” (required by template ${template})`,
  line,
  column: 1,
  severity: 'error',
});

/** Expect the fix to give `expected`, and fixing that again to change nothing. */
function expectFix(markdown: string, expected: string, template = 'tdd') {
  const { fixOutput } = run(markdown, template);
  expect(fixOutput).toBe(expected);
  expect(run(fixOutput, template).fixOutput).toBe(fixOutput);
  expect(run(fixOutput, template).findings).toEqual([]);
}

const RFC = [
  '# Summary',
  '# Motivation',
  '# How we teach this',
  '# Detailed design',
  '# Drawbacks',
  '# Alternatives',
  '# Prior art',
  '# Unresolved questions',
  '# Future possibilities',
]
  .map((heading) => `${heading}\n\nText.\n`)
  .join('\n');

describe('required-section', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document', TDD_DOCUMENT, 'tdd'],
      ['an RFC with level-1 sections, no title and the older section names', RFC, 'rfc'],
      [
        'an ADR without its optional sections',
        '# Use PostgreSQL\n\n## Context\n\nA.\n\n## Considered Options\n\n- B\n\n## Decision Outcome\n\nC.\n',
        'adr',
      ],
    ])('%s', (_name, markdown, template) => {
      const { findings, fixOutput } = run(markdown, template);
      expect(findings).toEqual([]);
      expect(fixOutput).toBe(markdown);
    });
  });

  describe('invalid', () => {
    it('reports a missing top-level section at the title and inserts its heading after the section before it', () => {
      const markdown = replaceSection(TDD_DOCUMENT, '## Security', '');
      expect(run(markdown).findings).toEqual([missingTop('Security')]);
      expectFix(markdown, replaceSection(TDD_DOCUMENT, '## Security', '## Security\n\n'));
    });

    it('reports a missing subsection at its parent and inserts it at the end of the parent', () => {
      const markdown = replaceSection(TDD_DOCUMENT, '### Non-Goals', '');
      expect(run(markdown).findings).toEqual([
        {
          message:
            'Missing section “Non-Goals” in “Goals and Non-Goals” (required by template tdd)',
          line: lineOf(markdown, '## Goals and Non-Goals'),
          column: 1,
          severity: 'error',
        },
      ]);
      expectFix(markdown, replaceSection(TDD_DOCUMENT, '### Non-Goals', '### Non-Goals\n\n'));
    });

    it('inserts a missing first section before the section that follows it', () => {
      const markdown = replaceSection(
        replaceSection(TDD_DOCUMENT, '## Overview', ''),
        '### Goals',
        '',
      );
      expect(run(markdown).findings).toEqual([
        missingTop('Overview'),
        {
          message: 'Missing section “Goals” in “Goals and Non-Goals” (required by template tdd)',
          line: lineOf(markdown, '## Goals and Non-Goals'),
          column: 1,
          severity: 'error',
        },
      ]);
      expectFix(
        markdown,
        replaceSection(
          replaceSection(TDD_DOCUMENT, '## Overview', '## Overview\n\n'),
          '### Goals',
          '### Goals\n\n',
        ),
      );
    });

    it('inserts the last section at the end of the document', () => {
      const markdown = `${TDD_DOCUMENT.slice(0, TDD_DOCUMENT.indexOf('## References')).trimEnd()}\n`;
      expect(run(markdown).findings).toEqual([missingTop('References')]);
      expectFix(markdown, `${markdown}\n## References\n`);
    });

    it('inserts a missing section, then its required subsections on the next pass', () => {
      const markdown = replaceSection(TDD_DOCUMENT, '## Data Model', '');
      expect(run(markdown).findings).toEqual([missingTop('Data Model')]);
      expectFix(
        markdown,
        replaceSection(
          TDD_DOCUMENT,
          '## Data Model',
          '## Data Model\n\n### Entity Relationships\n\n### Key Entities\n\n### Storage Strategy\n\n',
        ),
      );
    });

    it('puts a missing last subsection under its parent, not under a missing section that follows the parent', () => {
      const markdown = replaceSection(
        replaceSection(TDD_DOCUMENT, '### Storage Strategy', ''),
        '## Integration Points',
        '',
      );
      expect(run(markdown).findings).toEqual([
        missingTop('Integration Points'),
        {
          message: 'Missing section “Storage Strategy” in “Data Model” (required by template tdd)',
          line: lineOf(markdown, '## Data Model'),
          column: 1,
          severity: 'error',
        },
      ]);
      expectFix(
        markdown,
        replaceSection(
          replaceSection(TDD_DOCUMENT, '### Storage Strategy', '### Storage Strategy\n\n'),
          '## Integration Points',
          '## Integration Points\n\n',
        ),
      );
    });

    it('inserts headings at the level the document uses (an RFC with level-1 sections)', () => {
      const markdown = RFC.replace('# Drawbacks\n\nText.\n\n', '');
      expect(run(markdown, 'rfc').findings).toEqual([missingTop('Drawbacks', 'rfc', 1)]);
      expectFix(markdown, RFC.replace('# Drawbacks\n\nText.\n', '# Drawbacks\n'), 'rfc');
    });

    it('fills an empty document with the required headings', () => {
      expect(run('', 'adr').findings).toEqual([
        missingTop('Context and Problem Statement', 'adr', 1),
        missingTop('Considered Options', 'adr', 1),
        missingTop('Decision Outcome', 'adr', 1),
      ]);
      expectFix(
        '',
        '## Context and Problem Statement\n\n## Considered Options\n\n## Decision Outcome\n\n',
        'adr',
      );
    });

    it('appends to a file without a final newline one blank line apart, keeping it without one', () => {
      expectFix(
        '# Use PostgreSQL\n\nNotes.',
        '# Use PostgreSQL\n\nNotes.\n\n## Context and Problem Statement\n\n## Considered Options\n\n## Decision Outcome',
        'adr',
      );
    });
  });
});

describe('required-section: documentTitle.required', () => {
  it('reports a document without its title heading when the template requires one', async () => {
    const { lint } = await import('../index.js');
    const template = {
      name: 'memo',
      title: 'Memo',
      documentTitle: { level: 1, required: true },
      sections: [{ id: 'summary', title: 'Summary', level: 2 }],
    };
    const off = { 'empty-section': 'off' as const };
    const without = lint('## Summary\n\nText.\n', { template, rules: off }).diagnostics.map((d) => [
      d.place.start.line,
      d.message,
    ]);
    expect(without).toEqual([[1, 'Missing title heading (“# Title”, required by template memo)']]);
    expect(lint('# Memo\n\n## Summary\n\nText.\n', { template, rules: off }).diagnostics).toEqual(
      [],
    );
  });
});
