import { defineRule } from '../lint/rule.js';
import type { TableBlock } from '../markdown/blocks.js';
import { titleKey } from '../markdown/inline-text.js';
import { contentOf, walkSections } from '../model/extract.js';

/** Column titles compare as section titles do, and also without spaces ("Tradeoffs" = "Trade-offs"). */
const columnKey = (title: string) => titleKey(title).replace(/ /g, '');

/**
 * Tables the template declares exist and have its columns, in order; every row has as many
 * cells as the header. The fix pads a short row with empty cells (it never drops a cell).
 */
export const tableColumns = defineRule({
  meta: {
    id: 'table-columns',
    description:
      'Template tables have the template’s columns, and every row has one cell per column.',
    defaultSeverity: 'error',
    fixable: true,
  },
  defaultOptions: {},
  check({ doc, report }) {
    for (const section of walkSections(doc.model.sections)) {
      const specs = contentOf(doc.template, section).filter((c) => c.kind === 'table');
      const tables = section.blocks.filter((b): b is TableBlock => b.type === 'table');
      for (const spec of specs) {
        if (spec.kind !== 'table') continue;
        const expectedKeys = spec.columns.map(columnKey);
        const table =
          tables.find((t) => t.columns.some((c) => expectedKeys.includes(columnKey(c)))) ??
          tables[0];
        if (!table) {
          if (section.blocks.length > 0) {
            report({
              message: `Missing table with columns ${spec.columns.join(' | ')} in section “${section.title}”`,
              place: section.place,
            });
          }
          continue;
        }
        const actualKeys = table.columns.map(columnKey);
        const missing = spec.columns.filter((c) => !actualKeys.includes(columnKey(c)));
        const extra = table.columns.filter((c) => !expectedKeys.includes(columnKey(c)));
        if (missing.length > 0) {
          report({
            message: `Table is missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `“${c}”`).join(', ')}`,
            place: table.headerPlace,
          });
        }
        if (extra.length > 0) {
          report({
            message: `Unexpected column${extra.length > 1 ? 's' : ''} ${extra.map((c) => `“${c}”`).join(', ')}, expected ${spec.columns.join(' | ')}`,
            place: table.headerPlace,
            severity: 'warning',
          });
        }
        const common = actualKeys.filter((k) => expectedKeys.includes(k));
        const expectedOrder = expectedKeys.filter((k) => actualKeys.includes(k));
        if (missing.length === 0 && common.join('|') !== expectedOrder.join('|')) {
          report({
            message: `Table columns are out of order, expected ${spec.columns.join(' | ')}`,
            place: table.headerPlace,
          });
        }
      }
    }
    checkRowWidths(doc.model.sections);
    function checkRowWidths(sections: typeof doc.model.sections) {
      for (const section of walkSections(sections)) {
        for (const block of section.blocks) {
          if (block.type !== 'table') continue;
          for (const row of block.rows) {
            if (row.cells.length === block.columns.length) continue;
            const line = doc.lines.lineText(row.place.start.line);
            const short = row.cells.length < block.columns.length;
            const fix = short
              ? padRow(line, row.place.start.offset, block.columns.length - row.cells.length)
              : undefined;
            report({
              message: `Table row has ${row.cells.length} cell${row.cells.length === 1 ? '' : 's'}, expected ${block.columns.length}`,
              place: row.place,
              ...(fix ? { fix } : {}),
            });
          }
        }
      }
    }
  },
});

/** Append empty cells: a row closed by a pipe needs one pipe per cell, an open row one more. */
function padRow(line: string, lineStart: number, missing: number) {
  const trimmed = line.replace(/\s+$/, '');
  const closed = trimmed.endsWith('|') && !trimmed.endsWith('\\|');
  const end = lineStart + trimmed.length;
  return {
    range: [end, end] as [number, number],
    text: ' |'.repeat(closed ? missing : missing + 1),
  };
}
