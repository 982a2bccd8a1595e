import { describe, expect, it } from 'vitest';
import { expectFindings, lineOf, runRule } from '../../test/rule-tester.js';
import { replaceSection, TDD_DOCUMENT } from '../../test/tdd-document.js';
import { lint } from '../lint/lint.js';
import { getPreset } from '../template/presets/index.js';
import { RULES } from './index.js';

const findings = (markdown: string, template = 'tdd') =>
  runRule('status-consistency', markdown, { template }).findings;
const APPROVED = TDD_DOCUMENT.replace('status: draft', 'status: approved');
const withQuestions = (markdown: string, body: string) =>
  replaceSection(markdown, '## Open Questions', `## Open Questions\n\n${body}\n\n`);

describe('status-consistency', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document (a draft)', TDD_DOCUMENT],
      ['an approved document whose questions are all resolved', APPROVED],
      [
        'a draft with open questions',
        withQuestions(TDD_DOCUMENT, '- Shard? - Status: Open\n- Cache?'),
      ],
      [
        'a superseded document that names its successor',
        TDD_DOCUMENT.replace('status: draft', 'status: superseded\nsuperseded-by: adr-0002.md'),
      ],
      ['a document without front matter', '# T\n\n## Open Questions\n\n- Shard?\n'],
      [
        'an approved document with closed, done, answered and decided questions',
        withQuestions(
          APPROVED,
          '- A? - Status: Closed\n- B? - Status: done\n- C? - Status: Answered\n- D? - Status: decided',
        ),
      ],
    ])('%s', (_name, markdown) => {
      expect(findings(markdown)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports each unresolved question of an approved document, at the question', () => {
      const long = 'Do we shard by tenant, by region or by account, and when must that be decided?';
      const markdown = withQuestions(
        APPROVED,
        `- Shard? - Status: Open\n- ${long} - Status: in progress\n- Cache?`,
      );
      expect(findings(markdown)).toEqual([
        {
          message: 'Document is approved but question “Shard?” is “Open”',
          line: lineOf(markdown, '- Shard?'),
          column: 1,
          severity: 'error',
        },
        {
          message:
            'Document is approved but question “Do we shard by tenant, by region or by account, and when …” is “In Progress”',
          line: lineOf(markdown, long),
          column: 1,
          severity: 'error',
        },
        {
          message: 'Document is approved but question “Cache?” is without a status',
          line: lineOf(markdown, '- Cache?'),
          column: 1,
          severity: 'error',
        },
      ]);
    });

    it('counts the lint errors of the other rules, not its own, at the status value', () => {
      const markdown = withQuestions(
        replaceSection(APPROVED, '## Context', '## Context\n\n'),
        '- Shard? - Status: Open',
      );
      const rules = Object.fromEntries(RULES.map((rule) => [rule.meta.id, 'off' as const]));
      const { diagnostics } = lint(markdown, {
        template: getPreset('tdd'),
        rules: { ...rules, 'empty-section': 'error', 'status-consistency': 'error' },
      });
      expect(
        diagnostics.map((d) => [d.ruleId, d.message, d.place.start.line, d.place.start.column]),
      ).toEqual([
        ['status-consistency', 'Document is approved but has 1 lint error', 3, 9],
        ['empty-section', 'Section “Context” is empty', lineOf(markdown, '## Context'), 1],
        [
          'status-consistency',
          'Document is approved but question “Shard?” is “Open”',
          lineOf(markdown, '- Shard?'),
          1,
        ],
      ]);
    });

    it('does not count warnings as errors', () => {
      const rules = Object.fromEntries(RULES.map((rule) => [rule.meta.id, 'off' as const]));
      const markdown = replaceSection(APPROVED, '## Context', '## Context\n\n');
      const { diagnostics } = lint(markdown, {
        template: getPreset('tdd'),
        rules: { ...rules, 'empty-section': 'warn', 'status-consistency': 'error' },
      });
      expect(diagnostics.map((d) => d.ruleId)).toEqual(['empty-section']);
    });

    it('reports a superseded document without a successor, at the status value', () => {
      expect(findings(TDD_DOCUMENT.replace('status: draft', 'status: superseded'))).toEqual([
        {
          message: 'Document is superseded but names no successor in “superseded-by”',
          line: 3,
          column: 9,
          severity: 'error',
        },
      ]);
    });

    it('treats every item of an approved RFC’s unresolved questions as open', () => {
      expect(
        findings(
          '---\nstatus: approved\n---\n\n# Summary\n\nA.\n\n# Unresolved questions\n\n- What about X?\n',
          'rfc',
        ),
      ).toEqual([
        {
          message: 'Document is approved but question “What about X?” is without a status',
          line: 11,
          column: 1,
          severity: 'error',
        },
      ]);
    });
  });

  describe('message ids', () => {
    it('count one lint error or several, and tell a question’s status from none', () => {
      const rules = Object.fromEntries(RULES.map((rule) => [rule.meta.id, 'off' as const]));
      const statusFindings = (markdown: string) =>
        lint(markdown, {
          template: getPreset('tdd'),
          rules: { ...rules, 'empty-section': 'error', 'status-consistency': 'error' },
        }).diagnostics.filter((d) => d.ruleId === 'status-consistency');
      const oneEmpty = replaceSection(APPROVED, '## Context', '## Context\n\n');
      expect(statusFindings(oneEmpty)).toMatchObject([
        { messageId: 'lintError', message: 'Document is approved but has 1 lint error' },
      ]);
      expect(
        statusFindings(replaceSection(oneEmpty, '## References', '## References\n')),
      ).toMatchObject([
        { messageId: 'lintErrors', message: 'Document is approved but has 2 lint errors' },
      ]);
      expectFindings(
        'status-consistency',
        withQuestions(APPROVED, '- Shard? - Status: Open\n- Cache?'),
        [
          { messageId: 'openQuestion', data: { question: 'Shard?', status: 'Open' } },
          { messageId: 'questionWithoutStatus', data: { question: 'Cache?' } },
        ],
      );
      expectFindings(
        'status-consistency',
        TDD_DOCUMENT.replace('status: draft', 'status: superseded'),
        [{ messageId: 'noSuccessor', line: 3 }],
      );
    });
  });
});
