import { describe, expect, it } from 'vitest';
import { lineOf, runRule } from '../../test/rule-tester.js';
import { TDD_DOCUMENT } from '../../test/tdd-document.js';
import { inferTemplate } from '../template/infer.js';
import type { TemplateSpec } from '../template/spec.js';

const run = (markdown: string, template: string | TemplateSpec = 'tdd') =>
  runRule('heading-level', markdown, { template });

describe('heading-level', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document', TDD_DOCUMENT, 'tdd'],
      [
        'an RFC with a title and level-2 sections',
        '# My RFC\n\n## Summary\n\nA.\n\n## Motivation\n\nB.\n',
        'rfc',
      ],
      [
        'an RFC without a title whose sections are level 1',
        '# Summary\n\nA.\n\n# Motivation\n\nB.\n\n## Details\n\nC.\n',
        'rfc',
      ],
      [
        'an RFC without a title whose sections are level 2',
        '- Feature Name: x\n\n## Summary\n\nA.\n',
        'rfc',
      ],
      [
        'a tdd document without a title whose sections are level 1',
        '# Overview\n\nA.\n\n# Context\n\nB.\n',
        'tdd',
      ],
      [
        'setext headings at the right levels',
        'Ledger\n======\n\nOverview\n--------\n\nA.\n',
        'tdd',
      ],
      [
        'an unknown subsection one level below its parent',
        '# T\n\n## Overview\n\n### Aside\n\nA.\n',
        'tdd',
      ],
    ])('%s', (_name, markdown, template) => {
      const { findings, fixOutput } = run(markdown, template);
      expect(findings).toEqual([]);
      expect(fixOutput).toBe(markdown);
    });
  });

  describe('invalid', () => {
    it('warns about a skipped level and the fix moves the heading up', () => {
      const markdown = TDD_DOCUMENT.replace('### Data Flow', '#### Data Flow');
      const { findings, fixOutput } = run(markdown);
      expect(findings).toEqual([
        {
          message: 'Section “Data Flow” is level 4, expected level 3 under “Architecture”',
          line: lineOf(markdown, '#### Data Flow'),
          column: 1,
          severity: 'warning',
        },
      ]);
      expect(fixOutput).toBe(TDD_DOCUMENT);
    });

    it('warns about top-level sections at the wrong level and fixes them', () => {
      const markdown = '# T\n\n### Overview\n\nA.\n\n### Context\n\nB.\n';
      const { findings, fixOutput } = run(markdown);
      expect(findings).toEqual([
        {
          message: 'Section “Overview” is level 3, expected level 2',
          line: 3,
          column: 1,
          severity: 'warning',
        },
        {
          message: 'Section “Context” is level 3, expected level 2',
          line: 7,
          column: 1,
          severity: 'warning',
        },
      ]);
      expect(fixOutput).toBe('# T\n\n## Overview\n\nA.\n\n## Context\n\nB.\n');
      expect(run(fixOutput).fixOutput).toBe(fixOutput);
    });

    it('fixes the title level together with the sections, so the title stays the title', () => {
      const markdown = '## T\n\n### Overview\n\nA.\n';
      const { findings, fixOutput } = run(markdown);
      expect(findings).toEqual([
        {
          message: 'Title heading is level 2, expected level 1',
          line: 1,
          column: 1,
          severity: 'warning',
        },
        {
          message: 'Section “Overview” is level 3, expected level 2',
          line: 3,
          column: 1,
          severity: 'warning',
        },
      ]);
      expect(fixOutput).toBe('# T\n\n## Overview\n\nA.\n');
      expect(run(fixOutput).findings).toEqual([]);
    });

    it('reports but does not fix setext headings; leaves the author’s own sections alone', () => {
      const markdown = '# T\n\n## Overview\n\nA.\n\n#### Aside\n\nB.\n';
      expect(run('Ledger\n------\n\n### Overview\n\nA.\n').findings).toEqual([
        {
          message: 'Title heading is level 2, expected level 1',
          line: 1,
          column: 1,
          severity: 'warning',
        },
        {
          message: 'Section “Overview” is level 3, expected level 2',
          line: 4,
          column: 1,
          severity: 'warning',
        },
      ]);
      const { findings, fixOutput } = run(markdown);
      expect(findings).toEqual([]);
      expect(fixOutput).toBe(markdown);
    });

    it('keeps up to three spaces of indentation when fixing', () => {
      const markdown = '# T\n\n   ### Overview\n\nA.\n';
      const { findings, fixOutput } = run(markdown);
      expect(findings).toEqual([
        {
          message: 'Section “Overview” is level 3, expected level 2',
          line: 3,
          column: 1,
          severity: 'warning',
        },
      ]);
      expect(fixOutput).toBe('# T\n\n   ## Overview\n\nA.\n');
    });

    it('moves the sections of an RFC without a title to level 2 when they are deeper than level 1 or 2', () => {
      const markdown = '### Summary\n\nA.\n\n### Motivation\n\nB.\n';
      const { findings, fixOutput } = run(markdown, 'rfc');
      expect(findings).toEqual([
        {
          message: 'Section “Summary” is level 3, expected level 2',
          line: 1,
          column: 1,
          severity: 'warning',
        },
        {
          message: 'Section “Motivation” is level 3, expected level 2',
          line: 5,
          column: 1,
          severity: 'warning',
        },
      ]);
      expect(fixOutput).toBe('## Summary\n\nA.\n\n## Motivation\n\nB.\n');
    });

    it('leaves the levels under a section the template does not know to the author', () => {
      const markdown = '# Summary\n\nA.\n\n# Appendix\n\n### Tables\n\nB.\n';
      const { findings, fixOutput } = run(markdown, 'rfc');
      expect(findings).toEqual([]);
      expect(fixOutput).toBe(markdown);
    });

    it('counts levels as the template does: a subsection it writes two levels down stays there', () => {
      const template = inferTemplate('# T\n\n## Design\n\nText.\n\n#### Data\n\nText.\n', {
        name: 'deep',
      });
      const right = '# Ledger\n\n## Design\n\nA.\n\n#### Data\n\nB.\n';
      expect(run(right, template)).toEqual({ findings: [], messageIds: [], fixOutput: right });
      const wrong = '# Ledger\n\n## Design\n\nA.\n\n### Data\n\nB.\n';
      const { findings, fixOutput } = run(wrong, template);
      expect(findings).toEqual([
        {
          message: 'Section “Data” is level 3, expected level 4 under “Design”',
          line: 7,
          column: 1,
          severity: 'warning',
        },
      ]);
      expect(fixOutput).toBe(right);
    });
  });
});
