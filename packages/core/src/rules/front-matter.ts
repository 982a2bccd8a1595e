import { defineRule } from '../lint/rule.js';

/** Front matter parses as YAML, its values are valid, required keys are present, unknown keys are flagged. */
export const frontMatter = defineRule({
  meta: {
    id: 'front-matter',
    description:
      'Front matter is valid YAML with known keys and valid values (status, dates, lists).',
    defaultSeverity: 'error',
    fixable: false,
  },
  defaultOptions: {},
  check({ doc, report }) {
    for (const problem of doc.frontMatterProblems) {
      report({
        message: problem.message,
        place: problem.place,
        ...(problem.kind === 'unknown-key' ? { severity: 'warning' as const } : {}),
      });
    }
  },
});
