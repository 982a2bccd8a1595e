/** Rows the table shows unless `TIMING` asks for more, as ESLint. */
const MINIMUM_ROWS = 10;

/**
 * How many rules the timing table lists, read as ESLint reads `TIMING`: `all` for every rule, a
 * number above 10 for that many, anything else (`1`, or `--debug` without it) for 10.
 */
export function timingRows(value: string | undefined): number {
  if (value?.toLowerCase() === 'all') return Number.POSITIVE_INFINITY;
  const rows = Number.parseInt(value ?? '', 10);
  return Number.isFinite(rows) ? Math.max(rows, MINIMUM_ROWS) : MINIMUM_ROWS;
}

/**
 * The time spent in each rule as ESLint's `TIMING=1` table: the slowest `rows` rules with their
 * total milliseconds and share of the time all rules took, in a Markdown table.
 */
export function timingTable(timing: ReadonlyMap<string, number>, rows = MINIMUM_ROWS): string {
  const total = [...timing.values()].reduce((a, b) => a + b, 0);
  const table = [...timing]
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([rule, ms]) => [rule, ms.toFixed(3), `${((ms * 100) / (total || 1)).toFixed(1)}%`]);
  table.unshift(['Rule', 'Time (ms)', 'Relative']);
  const widths = [0, 1, 2].map((column) =>
    Math.max(...table.map((row) => (row[column] as string).length)),
  );
  const lines = table.map((row) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0] as number) : cell.padStart(widths[column] as number),
      )
      .join(' | '),
  );
  lines.splice(
    1,
    0,
    [
      ':'.padEnd((widths[0] as number) + 1, '-'),
      ':'.padStart((widths[1] as number) + 2, '-'),
      ':'.padStart((widths[2] as number) + 1, '-'),
    ].join('|'),
  );
  return `${lines.join('\n')}\n`;
}
