import { relative } from 'node:path';
import type { Formatter } from './formatter.js';

/** Machine-readable results: one entry per file with the diagnostics in core's own shape. */
export const json: Formatter = (results, { cwd }) =>
  `${JSON.stringify(
    results.map((r) => ({
      filePath: relative(cwd, r.filePath) || r.filePath,
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      fixableCount: r.fixableCount,
      diagnostics: r.diagnostics,
      ...(r.output !== undefined ? { output: r.output } : {}),
    })),
    null,
    2,
  )}\n`;
