import { describe, expect, it } from 'vitest';
import { expectFindings, lineOf, runRule } from '../../test/rule-tester.js';
import { replaceSection, TDD_DOCUMENT } from '../../test/tdd-document.js';

/** The tdd document with this body in its Key Design Decisions section. */
const withDecisions = (body: string) =>
  replaceSection(TDD_DOCUMENT, '## Key Design Decisions', `## Key Design Decisions\n\n${body}\n\n`);
const run = (markdown: string) => runRule('table-columns', markdown);
const EXPECTED = 'Decision | Rationale | Trade-offs';

describe('table-columns', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document', TDD_DOCUMENT],
      [
        'column titles in another case or without the hyphen',
        withDecisions('| decision | RATIONALE | Tradeoffs |\n|---|---|---|\n| a | b | c |'),
      ],
      [
        'a table without outer pipes',
        withDecisions('Decision | Rationale | Trade-offs\n---|---|---\na | b | c'),
      ],
      [
        'an escaped pipe inside a cell',
        withDecisions('| Decision | Rationale | Trade-offs |\n|---|---|---|\n| a \\| b | c | d |'),
      ],
      [
        'another table before the template’s one',
        withDecisions(
          '| Name | Value |\n|---|---|\n| a | b |\n\n| Decision | Rationale | Trade-offs |\n|---|---|---|\n| a | b | c |',
        ),
      ],
      ['an empty section (empty-section reports it)', withDecisions('')],
      [
        'tables in sections the template gives no table',
        replaceSection(
          TDD_DOCUMENT,
          '## Context',
          '## Context\n\n| Year | Event |\n|---|---|\n| 2020 | Launch |\n\n',
        ),
      ],
    ])('%s', (_name, markdown) => {
      const { findings, fixOutput } = run(markdown);
      expect(findings).toEqual([]);
      expect(fixOutput).toBe(markdown);
    });
  });

  describe('invalid', () => {
    it('reports missing columns at the header row', () => {
      const markdown = withDecisions('| Decision | Rationale |\n|---|---|\n| a | b |');
      expect(run(markdown).findings).toEqual([
        {
          message: 'Table is missing column “Trade-offs”',
          line: lineOf(markdown, '| Decision | Rationale |'),
          column: 1,
          severity: 'error',
        },
      ]);
      const two = withDecisions('| Decision |\n|---|\n| a |');
      expect(run(two).findings).toEqual([
        {
          message: 'Table is missing columns “Rationale”, “Trade-offs”',
          line: lineOf(two, '| Decision |'),
          column: 1,
          severity: 'error',
        },
      ]);
    });

    it('warns about extra columns', () => {
      const markdown = withDecisions(
        '| Decision | Rationale | Trade-offs | Owner | Date |\n|---|---|---|---|---|\n| a | b | c | d | e |',
      );
      expect(run(markdown).findings).toEqual([
        {
          message: `Unexpected columns “Owner”, “Date”, expected ${EXPECTED}`,
          line: lineOf(markdown, '| Owner |'),
          column: 1,
          severity: 'warning',
        },
      ]);
    });

    it('reports columns out of order', () => {
      const markdown = withDecisions(
        '| Rationale | Decision | Trade-offs |\n|---|---|---|\n| a | b | c |',
      );
      expect(run(markdown).findings).toEqual([
        {
          message: `Table columns are out of order, expected ${EXPECTED}`,
          line: lineOf(markdown, '| Rationale | Decision |'),
          column: 1,
          severity: 'error',
        },
      ]);
    });

    it('reports a section that should hold a table but holds prose', () => {
      const markdown = withDecisions('We chose PostgreSQL.');
      expect(run(markdown).findings).toEqual([
        {
          message: `Missing table with columns ${EXPECTED} in section “Key Design Decisions”`,
          line: lineOf(markdown, '## Key Design Decisions'),
          column: 1,
          severity: 'error',
        },
      ]);
    });

    it('reports rows with the wrong number of cells and pads short rows', () => {
      const markdown = withDecisions(
        '| Decision | Rationale | Trade-offs |\n|---|---|---|\n| a | b |\n| a |\n| a | b | c | d |\n| a | b \\| c |   \nx | y',
      );
      const { findings, fixOutput } = run(markdown);
      const first = lineOf(markdown, '| a | b |');
      expect(findings).toEqual([
        { message: 'Table row has 2 cells, expected 3', line: first, column: 1, severity: 'error' },
        {
          message: 'Table row has 1 cell, expected 3',
          line: first + 1,
          column: 1,
          severity: 'error',
        },
        {
          message: 'Table row has 4 cells, expected 3',
          line: first + 2,
          column: 1,
          severity: 'error',
        },
        {
          message: 'Table row has 2 cells, expected 3',
          line: first + 3,
          column: 1,
          severity: 'error',
        },
        {
          message: 'Table row has 2 cells, expected 3',
          line: first + 4,
          column: 1,
          severity: 'error',
        },
      ]);
      const padded = withDecisions(
        '| Decision | Rationale | Trade-offs |\n|---|---|---|\n| a | b | TBD |\n| a | TBD | TBD |\n| a | b | c | d |\n| a | b \\| c | TBD |   \nx | y | TBD |',
      );
      expect(fixOutput).toBe(padded);
      expect(run(fixOutput).fixOutput).toBe(fixOutput);
      // The padding is visible, and reported until someone fills it in.
      expect(run(padded).findings.map((f) => [f.message, f.line - first])).toEqual([
        ['Table row leaves “Trade-offs” unfilled', 0],
        ['Table row leaves “Rationale”, “Trade-offs” unfilled', 1],
        ['Table row has 4 cells, expected 3', 2],
        ['Table row leaves “Trade-offs” unfilled', 3],
        ['Table row leaves “Trade-offs” unfilled', 4],
      ]);
    });

    it('reports a template table’s cells left empty', () => {
      const markdown = withDecisions(
        '| Decision | Rationale | Trade-offs |\n|---|---|---|\n| Use Kafka | | |',
      );
      expect(run(markdown).findings).toEqual([
        {
          message: 'Table row leaves “Rationale”, “Trade-offs” unfilled',
          line: lineOf(markdown, '| Use Kafka'),
          column: 1,
          severity: 'warning',
        },
      ]);
    });
  });

  it('leaves the author’s own tables as GitHub reads them: a short row has empty cells', () => {
    const markdown = replaceSection(
      TDD_DOCUMENT,
      '## Context',
      '## Context\n\n| Year | Event | Note |\n|---|---|---|\n| 2020 | Launch |\n\n',
    );
    expect(run(markdown)).toEqual({ findings: [], messageIds: [], fixOutput: markdown });
  });

  describe('message ids', () => {
    it('say one column or several, one cell or several', () => {
      expectFindings('table-columns', withDecisions('| Decision | Owner |\n|---|---|\n| a |'), [
        { messageId: 'missingColumns', data: { columns: '“Rationale”, “Trade-offs”' } },
        {
          messageId: 'unexpectedColumn',
          data: { columns: '“Owner”', expected: EXPECTED },
          severity: 'warning',
        },
        { messageId: 'oneCell', data: { expected: 2 } },
      ]);
      expectFindings(
        'table-columns',
        withDecisions('| Decision | Trade-offs |\n|---|---|\n| a | b | c |'),
        [
          { messageId: 'missingColumn', data: { columns: '“Rationale”' } },
          { messageId: 'tooManyCells', data: { count: 3, expected: 2 } },
        ],
      );
    });
  });
});
