import { defineRule } from '../lint/rule.js';
import { walkSections } from '../model/extract.js';

/** Table rows hold something: a row of empty cells is the template's blank line left in. The fix deletes it. */
export const emptyTableRow = defineRule({
  meta: {
    id: 'empty-table-row',
    description: 'Tables have no row whose cells are all empty.',
    defaultSeverity: 'warning',
    fixable: true,
    messages: { emptyRow: 'Empty table row' },
  },
  defaultOptions: {},
  check({ doc, report }) {
    for (const section of walkSections(doc.model.sections)) {
      for (const block of section.blocks) {
        if (block.type !== 'table') continue;
        for (const row of block.rows) {
          if (!row.cells.every((cell) => cell.trim() === '')) continue;
          const start = doc.lines.starts[row.place.start.line - 1] as number;
          const next = doc.lines.starts[row.place.start.line] ?? doc.source.length;
          report({
            messageId: 'emptyRow',
            place: row.place,
            fix: { range: [start, next], text: '' },
          });
        }
      }
    }
  },
});
