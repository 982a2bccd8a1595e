import { relative } from 'node:path';
import pc from 'picocolors';
import { formatWhole, type StreamingFormat } from './formatter.js';

/** ESLint's default output: problems grouped by file, aligned, then a summary line. */
export const stylishStream: StreamingFormat = {
  start({ cwd, color }) {
    const c = pc.createColors(color);
    let errors = 0;
    let warnings = 0;
    let fixableErrors = 0;
    let fixableWarnings = 0;
    return {
      file(result) {
        if (result.diagnostics.length === 0) return '';
        const out = ['', c.underline(relative(cwd, result.filePath) || result.filePath)];
        const rows = result.diagnostics.map((d) => [
          `${d.place.start.line}:${d.place.start.column}`,
          d.severity === 'error' ? c.red('error') : c.yellow('warning'),
          d.message.replace(/\s+/g, ' '),
          c.dim(d.ruleId),
        ]);
        const width = (i: number) => Math.max(...rows.map((r) => visible(r[i] as string).length));
        const [w0, w1, w2] = [width(0), width(1), width(2)];
        for (const row of rows) {
          out.push(
            `  ${c.dim(pad(row[0] as string, w0))}  ${pad(row[1] as string, w1)}  ${pad(row[2] as string, w2)}  ${row[3]}`.trimEnd(),
          );
        }
        errors += result.errorCount;
        warnings += result.warningCount;
        for (const d of result.diagnostics) {
          if (!d.fix) continue;
          if (d.severity === 'error') fixableErrors++;
          else fixableWarnings++;
        }
        return `${out.join('\n')}\n`;
      },
      end() {
        const total = errors + warnings;
        if (total === 0) return '';
        const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
        const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
        const out = ['', (errors > 0 ? c.red : c.yellow)(c.bold(summary))];
        if (fixableErrors + fixableWarnings > 0) {
          out.push(
            (errors > 0 ? c.red : c.yellow)(
              c.bold(
                `  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`,
              ),
            ),
          );
        }
        return `${out.join('\n')}\n`;
      },
    };
  },
};

export const stylish = formatWhole(stylishStream);

// biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes to measure width
const ANSI = /\u001b\[[0-9;]*m/g;
const visible = (text: string) => text.replace(ANSI, '');
const pad = (text: string, width: number) =>
  text + ' '.repeat(Math.max(0, width - visible(text).length));
