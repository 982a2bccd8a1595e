import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { DEFAULT_DOCS_URL, RULES, ruleUrl } from '@designdoc/core';
import type { FormatContext, Formatter } from '../formatters/formatter.js';
import { FORMATTERS, STREAMING_FORMATS } from '../formatters/index.js';
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
  const text = formatter(shown, formatContextOf(options, io));
  if (options.outputFile) {
    try {
      writeFileSync(resolve(io.cwd, options.outputFile), text);
    } catch (error) {
      throw outputFileError(options.outputFile, error);
    }
  } else io.stdout.write(text);
}

function formatContextOf(options: ReportOptions, io: Io): FormatContext {
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
  return { cwd: io.cwd, color: options.color && !options.outputFile, rules, version: VERSION };
}

const outputFileError = (file: string, error: unknown) =>
  new CliError(`Cannot write --output-file ${file}: ${(error as Error).message}`);

/** What a run's exit code is decided by. */
export interface RunTotals {
  errors: number;
  warnings: number;
  /** The results of files that could not be read. */
  fatal: FileResult[];
}

/** A report written file by file as results come (`lintFilesInOrder`), keeping only totals. */
export interface ReportStream {
  write(result: FileResult): void;
  /** Write the end of the report; the run's totals. */
  end(): RunTotals;
}

/** How much report text is gathered before it is written. */
const REPORT_CHUNK = 64 * 1024;

/**
 * A streamed report in `options.format`, or null when that format is written whole (sarif,
 * junit, github, gitlab, eslint-json: they are built from every result at once).
 */
export function streamReport(options: ReportOptions, io: Io): ReportStream | null {
  const format = STREAMING_FORMATS[options.format];
  if (!format) return null;
  const report = format.start(formatContextOf(options, io));
  const totals: RunTotals = { errors: 0, warnings: 0, fatal: [] };
  let pending = '';
  let fd: number | undefined;
  /** Write what is pending; the last flush also makes an empty --output-file, and closes it. */
  const flush = (last = false) => {
    if (!options.outputFile) {
      if (pending !== '') io.stdout.write(pending);
    } else if (pending !== '' || last)
      try {
        fd ??= openSync(resolve(io.cwd, options.outputFile), 'w');
        if (pending !== '') writeSync(fd, pending);
        if (last) closeSync(fd);
      } catch (error) {
        throw outputFileError(options.outputFile, error);
      }
    pending = '';
  };
  return {
    write(result) {
      totals.errors += result.errorCount;
      totals.warnings += result.warningCount;
      if (result.fatal) totals.fatal.push(result);
      pending += report.file(options.quiet ? errorsOnly(result) : result);
      if (pending.length >= REPORT_CHUNK) flush();
    },
    end() {
      pending += report.end();
      flush(true);
      return totals;
    },
  };
}

/**
 * The exit code of a run, as ESLint's: 2 when a file could not be read (said on stderr too,
 * whatever the format), 1 for errors or more warnings than `maxWarnings` (-1: no limit), else 0.
 */
export function exitCodeOf(results: FileResult[], maxWarnings: number, io: Io): number {
  return exitCodeOfTotals(
    {
      errors: results.reduce((n, r) => n + r.errorCount, 0),
      warnings: results.reduce((n, r) => n + r.warningCount, 0),
      fatal: results.filter((r) => r.fatal),
    },
    maxWarnings,
    io,
  );
}

/** `exitCodeOf` from a streamed run's totals. */
export function exitCodeOfTotals(
  { errors, warnings, fatal }: RunTotals,
  maxWarnings: number,
  io: Io,
): number {
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
