import { describe, expect, it } from 'vitest';
import { expectFindings, lineOf, runRule } from '../../test/rule-tester.js';
import { TDD_DOCUMENT } from '../../test/tdd-document.js';

const run = (markdown: string) => runRule('disable-comment', markdown);
const withComment = (comment: string) =>
  TDD_DOCUMENT.replace('## Overview\n', `## Overview\n\n${comment}\n`);

describe('disable-comment', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document', TDD_DOCUMENT],
      [
        'a comment naming rules',
        withComment('<!-- designdoc-disable-next-line no-secrets, diagram -->'),
      ],
      ['a comment naming no rule (every rule)', withComment('<!-- designdoc-disable -->')],
      ['an enable comment', withComment('<!-- designdoc-enable unknown-section -->')],
      [
        'a reason after “--”, as in ESLint',
        withComment('<!-- designdoc-disable-line no-secrets -- the key is revoked -->'),
      ],
      [
        'a comment shown in a code block',
        TDD_DOCUMENT.replace(
          '## Overview\n',
          '## Overview\n\n```\n<!-- designdoc-disable nope -->\n```\n',
        ),
      ],
    ])('%s', (_name, markdown) => {
      expect(run(markdown).findings).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports an unknown rule id at the id, suggesting the rule it was likely meant to be', () => {
      const markdown = withComment('<!-- designdoc-disable-next-line no-secret, diagram -->');
      expect(run(markdown).findings).toEqual([
        {
          message:
            'Unknown rule “no-secret” in designdoc-disable-next-line comment, did you mean “no-secrets”?',
          line: lineOf(markdown, 'no-secret'),
          column: 34,
          severity: 'error',
        },
      ]);
    });

    it('reports an id close to no rule without a suggestion, and each unknown id in a comment', () => {
      const markdown = withComment('<!-- designdoc-disable spelling grammar -->');
      const line = lineOf(markdown, 'spelling');
      expect(run(markdown).findings).toEqual([
        {
          message: 'Unknown rule “spelling” in designdoc-disable comment',
          line,
          column: 24,
          severity: 'error',
        },
        {
          message: 'Unknown rule “grammar” in designdoc-disable comment',
          line,
          column: 33,
          severity: 'error',
        },
      ]);
    });

    it('checks enable comments too', () => {
      const markdown = withComment('<!-- designdoc-enable unknown-sections -->');
      expect(run(markdown).findings.map((f) => f.message)).toEqual([
        'Unknown rule “unknown-sections” in designdoc-enable comment, did you mean “unknown-section”?',
      ]);
    });
  });

  describe('message ids', () => {
    it('tell an id with a likely meaning from one without, and unused comments apart', () => {
      expectFindings('disable-comment', withComment('<!-- designdoc-disable-line no-secret -->'), [
        {
          messageId: 'unknownRuleSuggestion',
          data: { ruleId: 'no-secret', kind: 'disable-line', suggestion: 'no-secrets' },
        },
      ]);
      expectFindings('disable-comment', withComment('<!-- designdoc-enable spelling -->'), [
        { messageId: 'unknownRule', data: { ruleId: 'spelling', kind: 'enable' } },
      ]);
      const unused = { reportUnusedDisableDirectives: 'error' } as const;
      expectFindings(
        'disable-comment',
        withComment('<!-- designdoc-disable-next-line diagram -->'),
        [{ messageId: 'unusedRules', data: { kind: 'disable-next-line', rules: '“diagram”' } }],
        unused,
      );
      expectFindings(
        'disable-comment',
        withComment('<!-- designdoc-disable-line -->'),
        [{ messageId: 'unused', data: { kind: 'disable-line' }, severity: 'error' }],
        unused,
      );
    });
  });
});
