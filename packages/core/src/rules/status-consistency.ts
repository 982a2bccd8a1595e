import { defineRule } from '../lint/rule.js';

/**
 * The front-matter status agrees with the content: an approved document has no unresolved
 * question and no lint error; a superseded one names its successor.
 */
export const statusConsistency = defineRule({
  meta: {
    id: 'status-consistency',
    description: 'An approved document has no open questions or errors; a superseded one names its successor.',
    defaultSeverity: 'error',
    fixable: false,
    runsLast: true,
  },
  defaultOptions: {},
  check({ doc, report, otherDiagnostics }) {
    const { model } = doc;
    const statusPlace = doc.frontMatterBlock?.values.get('status') ?? doc.lines.span(1, 1, 1);
    if (model.status === 'approved') {
      const resolvedWords = new Set(['resolved', 'closed', 'done', 'answered', 'decided']);
      const open = model.extracts.openQuestions.filter((q) => !resolvedWords.has((q.status ?? '').toLowerCase()));
      for (const question of open) {
        report({
          message: `Document is approved but question “${question.text.slice(0, 60)}” is ${question.status ? `“${question.status}”` : 'without a status'}`,
          place: question.place,
        });
      }
      const errors = otherDiagnostics.filter((d) => d.severity === 'error').length;
      if (errors > 0) {
        report({ message: `Document is approved but has ${errors} lint error${errors === 1 ? '' : 's'}`, place: statusPlace });
      }
    }
    if (model.status === 'superseded' && !model.frontMatter['superseded-by']) {
      report({ message: 'Document is superseded but names no successor in “superseded-by”', place: statusPlace });
    }
  },
});
