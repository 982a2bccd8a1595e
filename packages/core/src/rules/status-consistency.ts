import { defineRule } from '../lint/rule.js';
import { extractOpenQuestions } from '../model/extract.js';
import { settledQuestionStatuses } from '../model/questions.js';

/**
 * The front-matter status agrees with the content: an approved document has no unresolved
 * question and no lint error; a superseded one names its successor.
 */
export const statusConsistency = defineRule({
  meta: {
    id: 'status-consistency',
    description:
      'An approved document has no open questions or errors; a superseded one names its successor.',
    defaultSeverity: 'error',
    fixable: false,
    runsLast: true,
    messages: {
      openQuestion: 'Document is approved but question “{{question}}” is “{{status}}”',
      questionWithoutStatus: 'Document is approved but question “{{question}}” is without a status',
      lintError: 'Document is approved but has 1 lint error',
      lintErrors: 'Document is approved but has {{count}} lint errors',
      noSuccessor: 'Document is superseded but names no successor in “superseded-by”',
    },
  },
  defaultOptions: {},
  check({ doc, report, otherDiagnostics }) {
    const { model } = doc;
    const statusPlace = doc.frontMatterBlock?.values.get('status') ?? doc.lines.span(1, 1, 1);
    if (model.status === 'approved') {
      // Counted before this rule reports, so its own findings are not counted as lint errors.
      const errors = otherDiagnostics.filter((d) => d.severity === 'error').length;
      const resolvedWords = settledQuestionStatuses(doc.template);
      // Only the questions: the model's full extracts would parse every table and contract.
      const open = extractOpenQuestions(model.sections, doc.template, doc.lines).filter(
        (q) => !resolvedWords.has((q.status ?? '').toLowerCase()),
      );
      for (const question of open) {
        const text = question.text.length > 60 ? `${question.text.slice(0, 57)}…` : question.text;
        report({
          messageId: question.status ? 'openQuestion' : 'questionWithoutStatus',
          data: { question: text, status: question.status ?? '' },
          place: question.place,
        });
      }
      if (errors > 0) {
        report({
          messageId: errors === 1 ? 'lintError' : 'lintErrors',
          data: { count: errors },
          place: statusPlace,
        });
      }
    }
    if (model.status === 'superseded' && !model.frontMatter['superseded-by']) {
      report({
        messageId: 'noSuccessor',
        place: statusPlace,
      });
    }
  },
});
