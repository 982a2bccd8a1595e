import type { Io } from '../io.js';
import { CliError } from '../io.js';

/** Formats for list-like commands (questions, decisions). */
export const TABLE_FORMATS = ['table', 'json', 'csv'] as const;

const csvCell = (value: string) =>
  /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * Print rows as an aligned text table (long cells cut to fit), JSON, or RFC 4180 CSV.
 * `columns` maps each header to its key in the rows.
 */
export function printRows(
  io: Io,
  format: string,
  columns: [string, string][],
  rows: Record<string, unknown>[],
): void {
  if (!(TABLE_FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`Unknown format “${format}”, expected one of ${TABLE_FORMATS.join(', ')}`);
  }
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const cell = (row: Record<string, unknown>, key: string) => {
    const value = row[key];
    return value === null || value === undefined ? '' : String(value);
  };
  if (format === 'csv') {
    const lines = [columns.map(([header]) => csvCell(header)).join(',')];
    for (const row of rows) lines.push(columns.map(([, key]) => csvCell(cell(row, key))).join(','));
    io.stdout.write(`${lines.join('\r\n')}\r\n`);
    return;
  }
  if (rows.length === 0) {
    io.stdout.write('No entries.\n');
    return;
  }
  const max = 60;
  const texts = rows.map((row) =>
    columns.map(([, key]) => {
      const text = cell(row, key).replace(/\s+/g, ' ');
      return text.length > max ? `${text.slice(0, max - 1)}…` : text;
    }),
  );
  const widths = columns.map(([header], i) =>
    Math.max(header.length, ...texts.map((t) => (t[i] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] as number))
      .join('  ')
      .trimEnd();
  io.stdout.write(
    `${[line(columns.map(([h]) => h)), line(widths.map((w) => '-'.repeat(w))), ...texts.map(line)].join('\n')}\n`,
  );
}
