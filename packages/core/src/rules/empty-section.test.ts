import { describe, expect, it } from 'vitest';
import { lineOf, runRule } from '../../test/rule-tester.js';
import { replaceSection, TDD_DOCUMENT } from '../../test/tdd-document.js';

const findings = (markdown: string) => runRule('empty-section', markdown).findings;

describe('empty-section', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document', TDD_DOCUMENT],
      ['a section that holds only subsections', '# T\n\n## A\n\n### B\n\nText.\n'],
      ['a section that holds only a table header', '# T\n\n## A\n\n| x |\n|---|\n'],
      ['a section that holds an empty code block', '# T\n\n## A\n\n```\n```\n'],
      ['a document without sections', 'Just a note.\n'],
      ['the title heading, which is not a section', '# T\n'],
    ])('%s', (_name, markdown) => {
      expect(findings(markdown)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a section with nothing under its heading', () => {
      expect(findings('# T\n\n## A\n\n## B\n\nText.\n')).toEqual([
        { message: 'Section “A” is empty', line: 3, column: 1, severity: 'error' },
      ]);
    });

    it('reports a subsection and the last section of the document', () => {
      const markdown = replaceSection(
        replaceSection(TDD_DOCUMENT, '### High-Level Design', '### High-Level Design\n\n'),
        '## References',
        '## References\n',
      );
      expect(findings(markdown)).toEqual([
        {
          message: 'Section “High-Level Design” is empty',
          line: lineOf(markdown, '### High-Level Design'),
          column: 1,
          severity: 'error',
        },
        {
          message: 'Section “References” is empty',
          line: lineOf(markdown, '## References'),
          column: 1,
          severity: 'error',
        },
      ]);
    });

    it('does not count HTML comments and thematic breaks as content', () => {
      expect(findings('# T\n\n## A\n\n<!-- to do -->\n\n---\n\n## B\n\nText.\n')).toEqual([
        { message: 'Section “A” is empty', line: 3, column: 1, severity: 'error' },
      ]);
    });

    it('reports unknown sections too', () => {
      expect(findings('# T\n\n## Random Thoughts\n')).toEqual([
        { message: 'Section “Random Thoughts” is empty', line: 3, column: 1, severity: 'error' },
      ]);
    });
  });
});
