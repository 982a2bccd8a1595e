import { relative } from 'node:path';
import type { FileResult } from '../lint/lint-file.js';
import { formatWhole, type StreamingFormat } from './formatter.js';

/** One file's entry: the diagnostics in core's own shape. */
function entryOf(r: FileResult, cwd: string) {
  return {
    filePath: relative(cwd, r.filePath) || r.filePath,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    fixableCount: r.fixableCount,
    diagnostics: r.diagnostics,
    ...(r.output !== undefined ? { output: r.output } : {}),
  };
}

/**
 * Machine-readable results: one entry per file, an array indented by two spaces (as
 * `JSON.stringify(entries, null, 2)` writes it), written entry by entry.
 */
export const jsonStream: StreamingFormat = {
  start({ cwd }) {
    let entries = 0;
    return {
      file(result) {
        const entry = JSON.stringify(entryOf(result, cwd), null, 2).replace(/\n/g, '\n  ');
        return `${entries++ === 0 ? '[\n' : ',\n'}  ${entry}`;
      },
      end: () => (entries === 0 ? '[]\n' : '\n]\n'),
    };
  },
};

export const json = formatWhole(jsonStream);
