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
    // Column lists: `{{columns}}` quoted and joined with commas, `{{expected}}` joined with “ | ”.
    messages: {
      missingTable: 'Missing table with columns {{expected}} in section “{{section}}”',
      missingColumn: 'Table is missing column {{columns}}',
      missingColumns: 'Table is missing columns {{columns}}',
      unexpectedColumn: 'Unexpected column {{columns}}, expected {{expected}}',
      unexpectedColumns: 'Unexpected columns {{columns}}, expected {{expected}}',
      columnOrder: 'Table columns are out of order, expected {{expected}}',
      tooFewCells: 'Table row has {{count}} cells, expected {{expected}}',
      oneCell: 'Table row has 1 cell, expected {{expected}}',
      tooManyCells: 'Table row has {{count}} cells, expected {{expected}}',
      unfilled: 'Table row leaves {{columns}} unfilled',
    },
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
              messageId: 'missingTable',
              data: { expected: spec.columns.join(' | '), section: section.title },
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
            messageId: missing.length > 1 ? 'missingColumns' : 'missingColumn',
            data: { columns: quoted(missing) },
            place: table.headerPlace,
          });
        }
        if (extra.length > 0) {
          report({
            messageId: extra.length > 1 ? 'unexpectedColumns' : 'unexpectedColumn',
            data: { columns: quoted(extra), expected: spec.columns.join(' | ') },
            place: table.headerPlace,
            severity: 'warning',
          });
        }
        const common = actualKeys.filter((k) => expectedKeys.includes(k));
        const expectedOrder = expectedKeys.filter((k) => actualKeys.includes(k));
        if (missing.length === 0 && common.join('|') !== expectedOrder.join('|')) {
          report({
            messageId: 'columnOrder',
            data: { expected: spec.columns.join(' | ') },
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
            messageId: row.cells.length === 1 ? 'oneCell' : 'tooFewCells',
            data: { count: row.cells.length, expected: table.columns.length },
            place: row.place,
            fix: padRow(line, row.place.start.offset, table.columns.length - row.cells.length),
          });
          continue;
        }
        if (row.cells.length > table.columns.length) {
          report({
            messageId: 'tooManyCells',
            data: { count: row.cells.length, expected: table.columns.length },
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
          messageId: 'unfilled',
          data: { columns: quoted(unfilled) },
          place: row.place,
          severity: 'warning',
        });
      }
    }
  },
});

/** Column titles as messages list them: “Rationale”, “Trade-offs”. */
const quoted = (columns: string[]) => columns.map((c) => `“${c}”`).join(', ');

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
