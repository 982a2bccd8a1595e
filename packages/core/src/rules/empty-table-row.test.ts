import { describe, expect, it } from 'vitest';
import { lineOf, runRule } from '../../test/rule-tester.js';
import { TDD_DOCUMENT } from '../../test/tdd-document.js';

const run = (markdown: string) => runRule('empty-table-row', markdown);
const HEADER = '| Decision | Rationale |\n|---|---|\n';

describe('empty-table-row', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document', TDD_DOCUMENT],
      ['rows with at least one filled cell', `# T\n\n## A\n\n${HEADER}| x |   |\n|   | y |\n`],
      ['a table with only a header', `# T\n\n## A\n\n${HEADER}`],
    ])('%s', (_name, markdown) => {
      const { findings, fixOutput } = run(markdown);
      expect(findings).toEqual([]);
      expect(fixOutput).toBe(markdown);
    });
  });

  describe('invalid', () => {
    it('warns about each empty row and the fix deletes them', () => {
      const markdown = `# T\n\n## A\n\n${HEADER}| a | b |\n|   |   |\n||\n| c | d |\n`;
      const { findings, fixOutput } = run(markdown);
      expect(findings).toEqual([
        { message: 'Empty table row', line: 8, column: 1, severity: 'warning' },
        { message: 'Empty table row', line: 9, column: 1, severity: 'warning' },
      ]);
      expect(fixOutput).toBe(`# T\n\n## A\n\n${HEADER}| a | b |\n| c | d |\n`);
      expect(run(fixOutput).fixOutput).toBe(fixOutput);
    });

    it('deletes the last line of a file that has no final newline', () => {
      const markdown = `# T\n\n## A\n\n${HEADER}| a | b |\n|  |  |`;
      const { findings, fixOutput } = run(markdown);
      expect(findings).toEqual([
        { message: 'Empty table row', line: 8, column: 1, severity: 'warning' },
      ]);
      expect(fixOutput).toBe(`# T\n\n## A\n\n${HEADER}| a | b |\n`);
      expect(run(fixOutput).fixOutput).toBe(fixOutput);
    });

    it('keeps the line endings of a CRLF document', () => {
      const markdown =
        '# T\r\n\r\n## A\r\n\r\n| x | y |\r\n|---|---|\r\n|   |   |\r\n| a | b |\r\n';
      const { findings, fixOutput } = run(markdown);
      expect(findings).toEqual([
        { message: 'Empty table row', line: 7, column: 1, severity: 'warning' },
      ]);
      expect(fixOutput).toBe('# T\r\n\r\n## A\r\n\r\n| x | y |\r\n|---|---|\r\n| a | b |\r\n');
    });

    it('finds the template’s blank row left in the tdd document', () => {
      const markdown = TDD_DOCUMENT.replace(
        '| Kafka | Producer |',
        '|  |  |  |  |\n| Kafka | Producer |',
      );
      const { findings, fixOutput } = run(markdown);
      expect(findings).toEqual([
        {
          message: 'Empty table row',
          line: lineOf(markdown, '|  |  |  |  |'),
          column: 1,
          severity: 'warning',
        },
      ]);
      expect(fixOutput).toBe(TDD_DOCUMENT);
    });
  });
});
