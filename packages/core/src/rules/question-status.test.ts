import { describe, expect, it } from 'vitest';
import { lineOf, runRule } from '../../test/rule-tester.js';
import { replaceSection, TDD_DOCUMENT } from '../../test/tdd-document.js';

/** The tdd document with this body in its Open Questions section. */
const withQuestions = (body: string) =>
  replaceSection(TDD_DOCUMENT, '## Open Questions', `## Open Questions\n\n${body}\n\n`);
const run = (markdown: string, template = 'tdd') =>
  runRule('question-status', markdown, { template });
const ALLOWED = 'Open, In Progress, Resolved';

describe('question-status', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document', TDD_DOCUMENT],
      [
        'every status of the vocabulary, with notes after it',
        withQuestions(
          '- Shard? - Status: Open\n- Cache? - Status: In Progress (load test running)\n- Archive? - Status: Resolved — S3',
        ),
      ],
      [
        'a bold label and an equals sign',
        withQuestions('- Shard? (**Status**: Open)\n- Cache? Status=Resolved'),
      ],
      ['a status on the item’s second line', withQuestions('1. Shard by tenant?\n   Status: Open')],
      [
        'prose and nested notes in the section',
        withQuestions(
          'Decided in review:\n\n- Shard? - Status: Resolved\n  - no status needed here',
        ),
      ],
      [
        'question lists in templates without a questions section (rfc)',
        '# Summary\n\nA.\n\n# Unresolved questions\n\n- What about X?\n',
      ],
    ])('%s', (_name, markdown) => {
      const { findings, fixOutput } = run(
        markdown,
        markdown.startsWith('# Summary') ? 'rfc' : 'tdd',
      );
      expect(findings).toEqual([]);
      expect(fixOutput).toBe(markdown);
    });
  });

  describe('invalid', () => {
    it('reports a question without a status, at the item', () => {
      const markdown = withQuestions('- Shard by tenant?');
      const { findings, fixOutput } = run(markdown);
      expect(findings).toEqual([
        {
          message: `Question has no status, expected “- Status: …” with one of ${ALLOWED}`,
          line: lineOf(markdown, '- Shard by tenant?'),
          column: 1,
          severity: 'error',
        },
      ]);
      expect(fixOutput).toBe(markdown);
    });

    it('reports a status outside the vocabulary, at the status', () => {
      const markdown = withQuestions('- Shard? - Status: Maybe\n- Cache? - Status: Closed');
      expect(run(markdown).findings).toEqual([
        {
          message: `Unknown question status “Maybe”, expected one of ${ALLOWED}`,
          line: lineOf(markdown, 'Maybe'),
          column: 20,
          severity: 'error',
        },
        {
          message: `Unknown question status “Closed”, expected one of ${ALLOWED}`,
          line: lineOf(markdown, 'Closed'),
          column: 20,
          severity: 'error',
        },
      ]);
    });

    it('rewrites statuses spelled differently in the vocabulary’s spelling', () => {
      const markdown = withQuestions(
        '- Shard? - Status: in-progress\n- Cache? - status: RESOLVED (yes)\n- Is it open? (**Status**: open)',
      );
      const { findings, fixOutput } = run(markdown);
      expect(findings).toEqual([
        {
          message: 'Question status “in-progress” should be written “In Progress”',
          line: lineOf(markdown, 'in-progress'),
          column: 20,
          severity: 'error',
        },
        {
          message: 'Question status “RESOLVED” should be written “Resolved”',
          line: lineOf(markdown, 'RESOLVED'),
          column: 20,
          severity: 'error',
        },
        {
          message: 'Question status “open” should be written “Open”',
          line: lineOf(markdown, 'Is it open?'),
          column: 28,
          severity: 'error',
        },
      ]);
      expect(fixOutput).toBe(
        withQuestions(
          '- Shard? - Status: In Progress\n- Cache? - status: Resolved (yes)\n- Is it open? (**Status**: Open)',
        ),
      );
      expect(run(fixOutput).fixOutput).toBe(fixOutput);
    });

    it('finds the status on a continuation line', () => {
      const markdown = withQuestions('1. Shard by tenant?\n   Status: open');
      const { findings, fixOutput } = run(markdown);
      expect(findings).toEqual([
        {
          message: 'Question status “open” should be written “Open”',
          line: lineOf(markdown, 'Status: open'),
          column: 12,
          severity: 'error',
        },
      ]);
      expect(fixOutput).toBe(withQuestions('1. Shard by tenant?\n   Status: Open'));
    });
  });
});
