import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { DEFAULT_DOCS_URL, RULES, ruleUrl } from '@designdoc/core';
import type { Formatter } from '../formatters/formatter.js';
import { FORMATTERS } from '../formatters/index.js';
import { CliError, type Io } from '../io.js';
import { VERSION } from '../version.js';
import type { FileResult } from './lint-file.js';

/**
 * How a run's results are shown and judged, as `lint`, `check-api` and `check-schema` share
 * them: `--format`, `--output-file`, `--quiet`, colour and `--max-warnings`.
 */
export interface ReportOptions {
  format: string;
  outputFile?: string;
  quiet?: boolean;
  /** Colour the output (already decided: a terminal, not NO_COLOR, not --no-color). */
  color: boolean;
}

/** The formatter `--format` names (a usage error with the names there are, else). */
export function formatterFor(format: string): Formatter {
  const formatter = FORMATTERS[format];
  if (!formatter)
    throw new CliError(
      `Unknown format “${format}”, expected one of ${Object.keys(FORMATTERS).join(', ')}`,
    );
  return formatter;
}

/** `--max-warnings` as a number (-1: no limit); anything but a whole number ≥ 0 is a usage error. */
export function maxWarningsOf(value: string | undefined): number {
  if (value === undefined) return -1;
  const max = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(max))
    throw new CliError(`Invalid --max-warnings “${value}”, expected a whole number ≥ 0`);
  return max;
}

/** Whether to colour output: a terminal, not NO_COLOR, not --no-color (FORCE_COLOR forces it). */
export function useColor(io: Io, flag: boolean): boolean {
  if (!flag || io.env.NO_COLOR !== undefined) return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

/** The report options the shared flags give (`--format`, `--output-file`, `--quiet`, colour). */
export function reportOptionsOf(
  flags: { format: string; outputFile?: string; quiet?: boolean; color: boolean },
  io: Io,
): ReportOptions {
  return {
    format: flags.format,
    ...(flags.outputFile ? { outputFile: flags.outputFile } : {}),
    quiet: flags.quiet,
    color: useColor(io, flags.color),
  };
}

/** Format the results and write them to `--output-file` or standard output. */
export function writeReport(results: FileResult[], options: ReportOptions, io: Io): void {
  const formatter = formatterFor(options.format);
  const shown = options.quiet ? results.map(errorsOnly) : results;
  const rules = new Map(
    RULES.map((rule) => [
      rule.meta.id,
      {
        description: rule.meta.description,
        url: ruleUrl(rule.meta.id, DEFAULT_DOCS_URL),
        defaultSeverity: rule.meta.defaultSeverity,
      },
    ]),
  );
  const text = formatter(shown, {
    cwd: io.cwd,
    color: options.color && !options.outputFile,
    rules,
    version: VERSION,
  });
  if (options.outputFile) {
    try {
      writeFileSync(resolve(io.cwd, options.outputFile), text);
    } catch (error) {
      throw new CliError(
        `Cannot write --output-file ${options.outputFile}: ${(error as Error).message}`,
      );
    }
  } else io.stdout.write(text);
}

/**
 * The exit code of a run, as ESLint's: 2 when a file could not be read (said on stderr too,
 * whatever the format), 1 for errors or more warnings than `maxWarnings` (-1: no limit), else 0.
 */
export function exitCodeOf(results: FileResult[], maxWarnings: number, io: Io): number {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const fatal = results.filter((r) => r.fatal);
  for (const r of fatal)
    io.stderr.write(
      `designdoc: ${relative(io.cwd, r.filePath) || r.filePath}: ${r.diagnostics[0]?.message ?? 'cannot be linted'}\n`,
    );
  if (fatal.length > 0) return 2;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr.write(`designdoc found too many warnings (maximum: ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

function errorsOnly(result: FileResult): FileResult {
  const diagnostics = result.diagnostics.filter((d) => d.severity === 'error');
  return {
    ...result,
    diagnostics,
    warningCount: 0,
    fixableCount: diagnostics.filter((d) => d.fix).length,
  };
}
