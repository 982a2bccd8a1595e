import { resolve } from 'node:path';
import {
  type CheckInputs,
  type CheckKind,
  type ParsedDocument,
  parseDocument,
} from '@designdoc/core';
import { settingsForFile } from '../config/file-settings.js';
import { ConfigFinder } from '../config/load-config.js';
import { findFiles } from '../files/find-files.js';
import { readDocument } from '../files/read-document.js';
import type { Io } from '../io.js';
import { type FileResult, lintFile } from '../lint/lint-file.js';
import type { LintRunOptions } from '../lint/lint-options.js';
import {
  exitCodeOf,
  formatterFor,
  maxWarningsOf,
  reportOptionsOf,
  writeReport,
} from '../lint/report-results.js';
import { parseRuleOptions } from '../rule-option.js';
import { type ReportToOptions, reportRuns, reportTarget } from './report-runs.js';

/**
 * The flags `check-api` and `check-schema` share with `lint` (run.ts declares them), and
 * `--report-to` with its flags.
 */
export interface CheckCommandOptions extends ReportToOptions {
  format: string;
  outputFile?: string;
  maxWarnings?: string;
  quiet?: boolean;
  template?: string;
  config?: string;
  color: boolean;
  /** false with --no-ignore. */
  ignore?: boolean;
  /** `--rule id:severity` values, over the config's settings. */
  rule?: string[];
}

/** One check to run over documents: its rules and what they compare each document with. */
export interface CheckRun {
  kind: CheckKind;
  inputs: CheckInputs;
  /**
   * For a check whose findings in one document depend on the others of the run (check-api: an
   * operation any document documents is documented): given every readable document parsed with
   * its own settings, in report order, answers each file's inputs. Called only when the run
   * checks more than one file; otherwise, and without it, every file gets `inputs`.
   */
  inputsPerFile?: (
    documents: ReadonlyMap<string, ParsedDocument>,
  ) => (filePath: string) => CheckInputs;
}

/**
 * Run a check's rules over the documents `patterns` name (the config's documents when none),
 * with each file's config, overrides, template and inline disables as `lint` has them, then
 * print the results in `--format` and answer lint's exit code: 0 clean, 1 errors (or too many
 * warnings), 2 a file that cannot be read. With `--report-to`, each document's run (named
 * `check-api` or `check-schema`) is reported to the server after the report is printed.
 */
export async function checkDocuments(
  patterns: string[],
  options: CheckCommandOptions,
  check: CheckRun,
  io: Io,
): Promise<{ exitCode: number; results: FileResult[] }> {
  formatterFor(options.format);
  const maxWarnings = maxWarningsOf(options.maxWarnings);
  const target = reportTarget(options, io);
  const configPath = options.config ? resolve(io.cwd, options.config) : undefined;
  const run: LintRunOptions = {
    cwd: io.cwd,
    fix: false,
    write: false,
    check: check.kind,
    checks: check.inputs,
    ...(options.template ? { template: options.template } : {}),
    ...(configPath ? { configPath } : {}),
    ...(options.rule ? { rules: parseRuleOptions(options.rule) } : {}),
  };
  const finder = new ConfigFinder(configPath ?? null, io.cwd);
  const files = await findFiles(patterns, io.cwd, finder, {
    useIgnores: options.ignore !== false,
  });
  const inputsFor =
    check.inputsPerFile && files.length > 1
      ? check.inputsPerFile(parseAll(files, finder, run))
      : () => check.inputs;
  const results = files.map((file) => lintFile(file, finder, { ...run, checks: inputsFor(file) }));
  writeReport(results, reportOptionsOf(options, io), io);
  if (target) await reportRuns(`check-${check.kind}`, results, target, io);
  return { exitCode: exitCodeOf(results, maxWarnings, io), results };
}

/**
 * Every readable file parsed with the template its settings give it (what `lintFile` will check
 * it against), by path in report order; an unreadable one is left out (its check reports it).
 */
function parseAll(
  files: readonly string[],
  finder: ConfigFinder,
  run: LintRunOptions,
): Map<string, ParsedDocument> {
  const documents = new Map<string, ParsedDocument>();
  for (const file of files) {
    const read = readDocument(file);
    if (!read.ok) continue;
    const { template } = settingsForFile(file, read.text, finder, run);
    documents.set(file, parseDocument(read.text, template));
  }
  return documents;
}
