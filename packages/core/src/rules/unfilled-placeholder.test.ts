import { describe, expect, it } from 'vitest';
import { lineOf, runRule } from '../../test/rule-tester.js';
import { TDD_DOCUMENT } from '../../test/tdd-document.js';
import { parseDocument } from '../model/parse.js';
import { inferTemplate } from '../template/infer.js';
import { placeholderPatterns } from '../template/placeholders.js';
import { getPreset } from '../template/presets/index.js';
import type { TemplateSpec } from '../template/spec.js';

const findings = (
  markdown: string,
  options?: Record<string, unknown>,
  template: string | TemplateSpec = 'tdd',
) =>
  runRule('unfilled-placeholder', markdown, { template, ...(options ? { options } : {}) }).findings;

/** The tdd template with every placeholder pattern designdoc knows, as a spec written by hand may have. */
const ALL_PATTERNS: TemplateSpec = {
  ...getPreset('tdd'),
  placeholders: placeholderPatterns(['bracket', 'brace', 'marker', 'date', 'number']),
};
const placeholder = (text: string, line: number, column: number) => ({
  message: `Unfilled placeholder “${text}”`,
  line,
  column,
  severity: 'error',
});
const templateText = (text: string, line: number, column: number) => ({
  message: `Template text left in: “${text}”`,
  line,
  column,
  severity: 'error',
});

describe('unfilled-placeholder', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document', TDD_DOCUMENT],
      [
        'links, reference links, task boxes, footnotes and numbered references',
        '# T\n\nSee [docs](x.md), [ref], [Foo][], [^1], [1] and [...].\n\n- [ ] task\n- [x] done\n\n[ref]: https://x.io\n',
      ],
      [
        'placeholders in code and HTML comments',
        '# T\n\n`{service}` and `TODO`\n\n```\n[in code] TODO\n```\n\n<!-- TODO hidden -->\n',
      ],
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell variable in Markdown text
      ['shell variables and escaped brackets', '# T\n\nSet ${HOME} and \\[literal\\] text.\n'],
      ['words that contain a marker', '# T\n\nTODOS and XXXL are fine, as is a TBDx.\n'],
    ])('%s', (_name, markdown) => {
      expect(findings(markdown)).toEqual([]);
    });

    it('skips the pattern ids the options name', () => {
      expect(
        findings('# T\n\nThe {service name} is ready.\n', { ignore: ['brace'] }, ALL_PATTERNS),
      ).toEqual([]);
      expect(
        findings(
          '- Feature Name: (fill me in with a unique ident, `my_awesome_feature`)\n\n# Summary\n\nA.\n',
          { ignore: ['template-text'] },
          'rfc',
        ),
      ).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports each kind of placeholder at its first character', () => {
      const markdown =
        '# T\n\nThe {service name} is TBD, see [Goal 1], due yyyy-mm-dd in RFC NNNN.\n\nTODO: FIXME and XXX\n';
      expect(findings(markdown, undefined, ALL_PATTERNS)).toEqual([
        placeholder('{service name}', 3, 5),
        placeholder('TBD', 3, 23),
        placeholder('[Goal 1]', 3, 32),
        placeholder('yyyy-mm-dd', 3, 46),
        placeholder('NNNN', 3, 64),
        placeholder('TODO', 5, 1),
        placeholder('FIXME', 5, 7),
        placeholder('XXX', 5, 17),
      ]);
    });

    it('shortens a long placeholder in the message', () => {
      const markdown = TDD_DOCUMENT.replace(
        'A double-entry ledger for card payments.',
        '[Executive summary of the system/feature. What is being built and why? Who are the primary users?]',
      );
      expect(findings(markdown)).toEqual([
        placeholder(
          '[Executive summary of the system/feature. What is being b…',
          lineOf(markdown, '[Executive'),
          1,
        ),
      ]);
    });

    it('reports placeholders in table cells, list items and block quotes', () => {
      const markdown =
        '# T\n\n| Decision | Rationale |\n|---|---|\n| [Decision 1] | TBD |\n\n- {goal}\n\n> [Quote]\n';
      expect(findings(markdown, undefined, ALL_PATTERNS)).toEqual([
        placeholder('[Decision 1]', 5, 3),
        placeholder('TBD', 5, 18),
        placeholder('{goal}', 7, 3),
        placeholder('[Quote]', 9, 3),
      ]);
    });

    it('reports the template’s own sentences (rfc), once per line', () => {
      const markdown =
        '- Feature Name: (fill me in with a unique ident, `my_awesome_feature`)\n- Start Date: (fill me in with today’s date, YYYY-MM-DD)\n\n# Summary\n\nOne paragraph explanation of the feature.\n\n# Drawbacks\n\nWhy should we *not* do this?\n';
      expect(findings(markdown, undefined, 'rfc')).toEqual([
        templateText('Feature Name: (fill me in with a unique ident, `my_awesom…', 1, 3),
        placeholder('YYYY-MM-DD', 2, 46),
        templateText('One paragraph explanation of the feature.', 6, 1),
        templateText('Why should we *not* do this?', 10, 1),
      ]);
    });

    it('reports a code block that holds only a bracketed placeholder', () => {
      const markdown =
        '# T\n\n## Context Diagram\n\n```\n[Diagram: components]\n```\n\n## Data Flow\n\n```\n[1, 2, 3]\n```\n\n```rust\nlet v: [u8; 4] = [0; 4];\n```\n';
      expect(findings(markdown)).toEqual([
        {
          message: 'Unfilled placeholder “[Diagram: components]” in a code block',
          line: 6,
          column: 1,
          severity: 'error',
        },
      ]);
    });

    it('reports the template’s example API contract left in a code block', () => {
      const markdown = TDD_DOCUMENT.replace(
        'POST /api/v1/transactions\n  Input: TransactionCreate\n  Output: Transaction\n  Status: 201, 409',
        'POST /api/v1/resource\n  Input: ResourceRequest\n  Output: ResourceResponse\n  Status: 201',
      );
      expect(findings(markdown)).toEqual([
        {
          message: 'Code block still holds the template’s example',
          line: lineOf(markdown, '```yaml'),
          column: 1,
          severity: 'error',
        },
      ]);
    });

    it('reports only the kinds of placeholder the template itself uses', () => {
      const braces = inferTemplate('# T\n\n## Context\n\n{Describe the context}\n', {
        name: 'braces',
      });
      expect(braces.placeholders?.map((p) => p.id)).toEqual(['brace']);
      expect(
        findings(
          '# Ledger\n\n## Context\n\n{the service} keeps [Goal 1] and NNNN.\n',
          undefined,
          braces,
        ),
      ).toEqual([placeholder('{the service}', 5, 1)]);
    });
  });

  describe('what is not a placeholder', () => {
    it.each([
      ['a URL path parameter', '# T\n\nCall `GET` on /v1/quota/{tenant} or https://x.io/a/{id}.\n'],
      ['a query parameter', '# T\n\nOpen https://x.io/search?q={term} to see.\n'],
      ['a citation', "# T\n\nAs shown by [Hudson '97] and [Wilson95], collectors pause.\n"],
      ['a bracket used more than once', '# T\n\nSee [Appendix A] and again [Appendix A].\n'],
      ['a link broken over a line', '# T\n\nContact [Andrew Gerrand]\n(mailto:adg@example.org).\n'],
      ['notation', '# T\n\nThe grammar is `a` [ Type ] and [x, y] or [os].\n'],
      ['a quoted example', '# T\n\nLinks look like “[Name1]” or "[Name1.Name2]".\n'],
      ['an unresolved marker', '# T\n\n<<[UNRESOLVED @jane]>> Which region? <<[/UNRESOLVED]>>\n'],
    ])('%s', (_name, markdown) => {
      expect(findings(markdown, undefined, ALL_PATTERNS)).toEqual([]);
    });

    it('a TBD or TODO: an open point, which the model records as an open question', () => {
      const markdown =
        '# T\n\n## Overview\n\nThe rollout plan is TBD.\n\nTODO(jane): pick a region.\n';
      expect(findings(markdown)).toEqual([]);
      const questions = parseDocument(markdown, getPreset('tdd')).model.extracts.openQuestions;
      expect(questions.map((q) => [q.text, q.note, q.status])).toEqual([
        ['The rollout plan is TBD.', '', null],
        ['pick a region.', 'jane', null],
      ]);
    });

    it('a template prompt the author answers right below it', () => {
      const answered =
        '# Summary\n\nA.\n\n# Drawbacks\n\nWhy should we *not* do this?\n\nIt costs a day.\n';
      expect(findings(answered, undefined, 'rfc')).toEqual([]);
      const unanswered =
        '# Summary\n\nA.\n\n# Drawbacks\n\nWhy should we *not* do this?\n\n# Motivation\n\nB.\n';
      expect(findings(unanswered, undefined, 'rfc')).toEqual([
        templateText('Why should we *not* do this?', 7, 1),
      ]);
    });

    it('a template prompt the author quotes and answers below the quote', () => {
      const quoted =
        '# Summary\n\nA.\n\n# Drawbacks\n\n> Why should we *not* do this?\n\nIt costs a day.\n';
      expect(findings(quoted, undefined, 'rfc')).toEqual([]);
      const unanswered =
        '# Summary\n\nA.\n\n# Drawbacks\n\n> Why should we *not* do this?\n\n# Motivation\n\nB.\n';
      expect(findings(unanswered, undefined, 'rfc')).toEqual([
        templateText('Why should we *not* do this?', 7, 3),
      ]);
    });
  });

  it('compares a template paragraph whole, however the document wraps it', () => {
    const template = inferTemplate(
      '# T\n\n## Motivation\n\nDescribe the problems that this proposal\nseeks to address, with examples.\n',
      { name: 'wrapped' },
    );
    const markdown =
      '# Ledger\n\n## Motivation\n\nDescribe the problems that\nthis proposal seeks to address, with examples.\n';
    expect(findings(markdown, undefined, template)).toEqual([
      templateText('Describe the problems that', 5, 1),
    ]);
  });
});
