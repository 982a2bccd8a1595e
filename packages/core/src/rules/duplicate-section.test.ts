import { describe, expect, it } from 'vitest';
import { lineOf, runRule } from '../../test/rule-tester.js';
import { TDD_DOCUMENT } from '../../test/tdd-document.js';

const findings = (markdown: string, template?: string) =>
  runRule('duplicate-section', markdown, template ? { template } : {}).findings;

describe('duplicate-section', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document', TDD_DOCUMENT],
      [
        'an unknown section repeated (unknown-section covers it)',
        `${TDD_DOCUMENT}\n## Notes\n\nA.\n\n## Notes\n\nB.\n`,
      ],
      [
        'a template title used under another parent',
        `${TDD_DOCUMENT}\n## Appendix\n\n### Overview\n\nMore.\n`,
      ],
    ])('%s', (_name, markdown) => {
      expect(findings(markdown)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports the second occurrence of a top-level section, naming the first line', () => {
      const markdown = `${TDD_DOCUMENT}\n## Overview\n\nAgain.\n`;
      expect(findings(markdown)).toEqual([
        {
          message: 'Duplicate section “Overview”, first at line 8',
          line: lineOf(markdown, 'Again.') - 2,
          column: 1,
          severity: 'error',
        },
      ]);
    });

    it('reports a repeated subsection under its parent', () => {
      const markdown = TDD_DOCUMENT.replace(
        '### Non-Goals',
        '### Goals\n\n- Another goal.\n\n### Non-Goals',
      );
      expect(findings(markdown)).toEqual([
        {
          message: `Duplicate section “Goals”, first at line ${lineOf(markdown, '### Goals')}`,
          line: lineOf(markdown, '- Another goal.') - 2,
          column: 1,
          severity: 'error',
        },
      ]);
    });

    it('matches headings by title key, so a different spelling is still a duplicate', () => {
      const markdown = TDD_DOCUMENT.replace('## Context\n', '## CONTEXT\n\nFirst.\n\n## Context\n');
      expect(findings(markdown)).toEqual([
        {
          message: `Duplicate section “Context”, first at line ${lineOf(markdown, '## CONTEXT')}`,
          line: lineOf(markdown, '## CONTEXT') + 4,
          column: 1,
          severity: 'error',
        },
      ]);
    });

    it('treats an alias as the section it names (rfc: Summary and Overview)', () => {
      expect(
        findings('# Summary\n\nA.\n\n# Motivation\n\nB.\n\n# Overview\n\nC.\n', 'rfc'),
      ).toEqual([
        {
          message: 'Duplicate section “Overview”, first at line 1',
          line: 9,
          column: 1,
          severity: 'error',
        },
      ]);
    });
  });
});
