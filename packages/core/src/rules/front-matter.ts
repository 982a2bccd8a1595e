import { defineRule } from '../lint/rule.js';
import type { FrontMatterProblem } from '../model/front-matter-values.js';

const MESSAGE_IDS = {
  syntax: 'syntax',
  value: 'invalidValue',
  'unknown-key': 'unknownKey',
  'missing-key': 'missingKey',
} as const satisfies Record<FrontMatterProblem['kind'], string>;

/** Front matter parses as YAML, its values are valid, required keys are present, unknown keys are flagged. */
export const frontMatter = defineRule({
  meta: {
    id: 'front-matter',
    description:
      'Front matter is valid YAML with known keys and valid values (status, dates, lists).',
    defaultSeverity: 'error',
    fixable: false,
    // The model words these as it reads the front matter (the YAML parser's own words among
    // them); the rule passes them on under an id for each kind.
    messages: {
      syntax: '{{message}}',
      invalidValue: '{{message}}',
      unknownKey: '{{message}}',
      missingKey: '{{message}}',
    },
  },
  defaultOptions: {},
  check({ doc, report }) {
    for (const problem of doc.frontMatterProblems) {
      report({
        messageId: MESSAGE_IDS[problem.kind],
        data: { message: problem.message },
        place: problem.place,
        ...(problem.kind === 'unknown-key' ? { severity: 'warning' as const } : {}),
      });
    }
  },
});
