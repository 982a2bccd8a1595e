import { describe, expect, it } from 'vitest';
import { expectFindings, lineOf, runRule } from '../../test/rule-tester.js';
import { replaceSection, TDD_DOCUMENT } from '../../test/tdd-document.js';
import { getPreset } from '../template/presets/index.js';

const findings = (markdown: string, options?: Record<string, unknown>, template = 'tdd') =>
  runRule('unknown-section', markdown, { template, ...(options ? { options } : {}) }).findings;
const unknown = (message: string, line: number) => ({
  message,
  line,
  column: 1,
  severity: 'warning',
});

describe('unknown-section', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document', TDD_DOCUMENT, 'tdd'],
      [
        'subsections of a template section that has none of its own',
        replaceSection(TDD_DOCUMENT, '## Context', '## Context\n\nA.\n\n### History\n\nB.\n\n'),
        'tdd',
      ],
      [
        'option subsections under an ADR’s Pros and Cons',
        '# T\n\n## Pros and Cons of the Options\n\n### PostgreSQL\n\nGood.\n',
        'adr',
      ],
      [
        'RFC sections under their older names',
        '# Summary\n\nA.\n\n# Detailed design\n\nB.\n\n# How we teach this\n\nC.\n',
        'rfc',
      ],
    ])('%s', (_name, markdown, template) => {
      expect(findings(markdown, undefined, template)).toEqual([]);
    });

    it('accepts the titles the allow option lists, in any spelling', () => {
      expect(
        findings(`${TDD_DOCUMENT}\n## Appendix A\n\nMore.\n`, { allow: ['appendix a'] }),
      ).toEqual([]);
    });
  });

  it('accepts sections of the author’s own where the template is open (the default)', () => {
    expect(findings(`${TDD_DOCUMENT}\n## Random Thoughts\n\nA.\n`)).toEqual([]);
    expect(
      findings(replaceSection(TDD_DOCUMENT, '### Storage Strategy', '### Caching\n\nA.\n\n')),
    ).toEqual([]);
    expect(
      findings('# Summary\n\nA.\n\n# Appendix\n\n## Tables\n\nB.\n', undefined, 'rfc'),
    ).toEqual([]);
  });

  it('accepts a subsection named like a template section the document has in its place too', () => {
    const markdown = replaceSection(TDD_DOCUMENT, '### Storage Strategy', '### Goals\n\n- A.\n\n');
    expect(findings(markdown)).toEqual([]);
  });

  describe('invalid', () => {
    it('with the closed option, warns about an unknown top-level section, naming the template when it has many sections', () => {
      const markdown = `${TDD_DOCUMENT}\n## Random Thoughts\n\nA.\n`;
      expect(findings(markdown, { closed: true })).toEqual([
        unknown(
          'Unknown section “Random Thoughts” (not a section of template tdd)',
          lineOf(markdown, '## Random'),
        ),
      ]);
    });

    it('lists the expected sections when there are few', () => {
      const markdown = replaceSection(
        TDD_DOCUMENT,
        '### Storage Strategy',
        '### Caching\n\nA.\n\n',
      );
      expect(findings(markdown, { closed: true })).toEqual([
        unknown(
          'Unknown section “Caching” in “Data Model”, expected one of “Entity Relationships”, “Key Entities”, “Storage Strategy”',
          lineOf(markdown, '### Caching'),
        ),
      ]);
      expect(
        findings('# T\n\n## Context\n\nA.\n\n## Random\n\nB.\n', { closed: true }, 'adr'),
      ).toEqual([
        unknown(
          'Unknown section “Random”, expected one of “Context and Problem Statement”, “Decision Drivers”, “Considered Options”, “Decision Outcome”, “Pros and Cons of the Options”, “More Information”',
          7,
        ),
      ]);
    });

    it('says where a template section that sits under the wrong parent belongs', () => {
      const markdown = replaceSection(
        replaceSection(TDD_DOCUMENT, '## Goals and Non-Goals', ''),
        '### Storage Strategy',
        '### Goals\n\n- A.\n\n',
      );
      expect(findings(markdown)).toEqual([
        unknown(
          'Unknown section “Goals” in “Data Model”, expected as “Goals and Non-Goals › Goals”',
          markdown.split('\n').lastIndexOf('### Goals') + 1,
        ),
      ]);
    });

    it('says that a top-level template section nested under another belongs at the top level', () => {
      const markdown = replaceSection(TDD_DOCUMENT, '## Security', '').replace(
        '### High-Level Design',
        '### Security',
      );
      expect(findings(markdown)).toEqual([
        unknown(
          'Unknown section “Security” in “Architecture”, expected at the top level',
          lineOf(markdown, '### Security'),
        ),
      ]);
    });

    it('with the closed option, reports an unknown section but not its subsections', () => {
      expect(
        findings('# Summary\n\nA.\n\n# Appendix\n\n## Tables\n\nB.\n', { closed: true }, 'rfc'),
      ).toEqual([unknown('Unknown section “Appendix” (not a section of template rfc)', 5)]);
    });

    it('checks the subsections of a section the template closes', () => {
      const closedAdr = {
        ...getPreset('adr'),
        sections: getPreset('adr').sections.map((section) =>
          section.id === 'decision-outcome' ? { ...section, allowUnknownSections: false } : section,
        ),
      };
      expect(
        runRule('unknown-section', '# T\n\n## Decision Outcome\n\nChosen.\n\n### Extra\n\nA.\n', {
          template: closedAdr,
        }).findings,
      ).toEqual([
        unknown(
          'Unknown section “Extra” in “Decision Outcome”, expected one of “Consequences”, “Confirmation”',
          7,
        ),
      ]);
    });
  });

  describe('message ids', () => {
    it('say where a section belongs, or what belongs where it is', () => {
      const closed = { template: 'rfc', options: { closed: true } };
      expectFindings(
        'unknown-section',
        '# Summary\n\nA.\n\n# Appendix\n\nB.\n',
        [{ messageId: 'notInTemplate', data: { section: 'Appendix', where: '', template: 'rfc' } }],
        closed,
      );
      expectFindings(
        'unknown-section',
        '# T\n\n## Context\n\nA.\n\n## Decision Outcome\n\nB.\n\n### Risks\n\nC.\n',
        [
          {
            messageId: 'expectedOneOf',
            data: {
              section: 'Risks',
              where: ' in “Decision Outcome”',
              titles: '“Consequences”, “Confirmation”',
            },
          },
        ],
        { template: 'adr', options: { closed: true } },
      );
      const nested = replaceSection(TDD_DOCUMENT, '## Security', '').replace(
        '### High-Level Design',
        '### Security',
      );
      expectFindings('unknown-section', nested, [
        { messageId: 'expectedAtTop', data: { section: 'Security', where: ' in “Architecture”' } },
      ]);
    });
  });
});
