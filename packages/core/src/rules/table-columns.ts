import { defineRule } from '../lint/rule.js';
import type { TableBlock } from '../markdown/blocks.js';
import { titleKey } from '../markdown/inline-text.js';
import { contentOf, walkSections } from '../model/extract.js';

/** Column titles compare as section titles do, and also without spaces ("Tradeoffs" = "Trade-offs"). */
const columnKey = (title: string) => titleKey(title).replace(/ /g, '');

/**
 * Tables the template declares exist and have its columns, in order; each of their rows has a
 * cell per column, and the template's columns are filled in. Other tables are the author's:
 * GitHub fills a short row of them with empty cells, and so does the reader. The fix pads a
 * short row with TBD cells (it never drops a cell), which are then reported until filled.
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
    const templateTables: { table: TableBlock; columns: string[] }[] = [];
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
        templateTables.push({ table, columns: spec.columns });
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
    for (const table of templateTables) checkRows(table);
    function checkRows({ table, columns }: { table: TableBlock; columns: string[] }) {
      const expected = new Set(columns.map(columnKey));
      for (const row of table.rows) {
        if (row.cells.every((cell) => cell.trim() === '')) continue; // empty-table-row's
        if (row.cells.length < table.columns.length) {
          const line = doc.lines.lineText(row.place.start.line);
          report({
            message: `Table row has ${row.cells.length} cell${row.cells.length === 1 ? '' : 's'}, expected ${table.columns.length}`,
            place: row.place,
            fix: padRow(line, row.place.start.offset, table.columns.length - row.cells.length),
          });
          continue;
        }
        if (row.cells.length > table.columns.length) {
          report({
            message: `Table row has ${row.cells.length} cells, expected ${table.columns.length}`,
            place: row.place,
          });
          continue;
        }
        const unfilled = table.columns.filter(
          (column, i) =>
            expected.has(columnKey(column)) && UNFILLED_CELL.test((row.cells[i] ?? '').trim()),
        );
        if (unfilled.length === 0) continue;
        report({
          message: `Table row leaves ${unfilled.map((c) => `“${c}”`).join(', ')} unfilled`,
          place: row.place,
          severity: 'warning',
        });
      }
    }
  },
});

/** A cell the author still has to fill: empty, or the TBD that the padding fix writes. */
const UNFILLED_CELL = /^(?:|TBD|TODO|\?)$/;

/**
 * Append the missing cells, each holding TBD (which this rule then reports, so the gap stays
 * visible): a row closed by a pipe gets one cell per missing one, an open row is closed first.
 */
function padRow(line: string, lineStart: number, missing: number) {
  const trimmed = line.replace(/\s+$/, '');
  const closed = trimmed.endsWith('|') && !trimmed.endsWith('\\|');
  const end = lineStart + trimmed.length;
  return {
    range: [end, end] as [number, number],
    text: `${closed ? '' : ' |'}${' TBD |'.repeat(missing)}`,
  };
}
