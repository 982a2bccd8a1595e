import { defineRule } from '../lint/rule.js';
import { contentOf, walkSections } from '../model/extract.js';
import { parseQuestion } from '../model/questions.js';

/**
 * Each item of a question list carries a status from the template's vocabulary
 * ("- Shard by tenant? - Status: Open"). The fix rewrites a status spelled differently
 * ("in-progress", "RESOLVED") in the vocabulary's spelling.
 */
export const questionStatus = defineRule({
  meta: {
    id: 'question-status',
    description: 'Open questions have a status from the template’s vocabulary.',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      missingStatus: 'Question has no status, expected “- Status: …” with one of {{statuses}}',
      unknownStatus: 'Unknown question status “{{status}}”, expected one of {{statuses}}',
      respell: 'Question status “{{status}}” should be written “{{expected}}”',
    },
  },
  defaultOptions: {},
  check({ doc, report }) {
    for (const section of walkSections(doc.model.sections)) {
      for (const content of contentOf(doc.template, section)) {
        // Without a vocabulary the template asks for questions, not statuses.
        if (content.kind !== 'questions' || content.statuses.length === 0) continue;
        const allowed = content.statuses.join(', ');
        for (const block of section.blocks) {
          if (block.type !== 'list') continue;
          for (const item of block.items) {
            const question = parseQuestion(item.text, content.statuses);
            if (question.statusText === null) {
              report({
                messageId: 'missingStatus',
                data: { statuses: allowed },
                place: item.place,
              });
              continue;
            }
            const offset = locate(
              doc.source,
              doc.lines.starts[item.textLine - 1] as number,
              item.place.end.offset,
              question.statusText,
            );
            const place =
              offset === -1
                ? item.place
                : {
                    start: doc.lines.pointAtOffset(offset),
                    end: doc.lines.pointAtOffset(offset + question.statusText.length),
                  };
            if (question.status === null) {
              report({
                messageId: 'unknownStatus',
                data: { status: question.statusText, statuses: allowed },
                place,
              });
            } else if (question.status !== question.statusText && offset !== -1) {
              report({
                messageId: 'respell',
                data: { status: question.statusText, expected: question.status },
                place,
                fix: {
                  range: [offset, offset + question.statusText.length],
                  text: question.status,
                },
              });
            }
          }
        }
      }
    }
  },
});

/** Offset of the status text after its "Status" label within the item's source. */
function locate(source: string, from: number, to: number, statusText: string): number {
  const slice = source.slice(from, to);
  const label = /status\**\s*[:=]\s*\**\s*/i.exec(slice);
  if (label) {
    const at = slice.indexOf(statusText, label.index + label[0].length - 1);
    if (at !== -1) return from + at;
  }
  const at = slice.indexOf(statusText);
  return at === -1 ? -1 : from + at;
}
