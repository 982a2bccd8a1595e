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
import { type ReadResult, readDocument } from '../files/read-document.js';
import type { Io } from '../io.js';
import { type FileResult, fileProblem, lintText } from '../lint/lint-file.js';
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
  /**
   * Read what the documents are compared with (the OpenAPI description, the schema). Called
   * once the command line has been checked, so a usage error never waits for it.
   */
  read(): Promise<CheckInputs>;
  /**
   * For a check whose findings in one document depend on the others of the run (check-api: an
   * operation any document documents is documented): given what was read and every readable
   * document parsed with its own settings, in report order, answers each file's inputs. Called
   * only when the run checks more than one file; otherwise, and without it, every file gets what
   * was read.
   */
  inputsPerFile?: (
    inputs: CheckInputs,
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
  const rules = options.rule ? parseRuleOptions(options.rule) : undefined;
  const inputs = await check.read();
  const configPath = options.config ? resolve(io.cwd, options.config) : undefined;
  const run: LintRunOptions = {
    cwd: io.cwd,
    fix: false,
    write: false,
    check: check.kind,
    checks: inputs,
    ...(options.template ? { template: options.template } : {}),
    ...(configPath ? { configPath } : {}),
    ...(rules ? { rules } : {}),
  };
  const finder = new ConfigFinder(configPath ?? null, io.cwd);
  const files = await findFiles(patterns, io.cwd, finder, {
    useIgnores: options.ignore !== false,
  });
  // Each file is read once: its text is checked, parsed for the others' view, and reported.
  const reads = new Map(files.map((file) => [file, readDocument(file)]));
  const inputsFor =
    check.inputsPerFile && files.length > 1
      ? check.inputsPerFile(inputs, parseAll(reads, finder, run))
      : () => inputs;
  const results = files.map((file) => {
    const read = reads.get(file) as ReadResult;
    if (!read.ok) return fileProblem(file, read.message, read.fatal);
    return lintText(file, read.text, finder, { ...run, checks: inputsFor(file) });
  });
  writeReport(results, reportOptionsOf(options, io), io);
  if (target) await reportRuns(`check-${check.kind}`, results, reads, target, io);
  return { exitCode: exitCodeOf(results, maxWarnings, io), results };
}

/**
 * Every readable file parsed with the template its settings give it (what the check lints
 * it against), by path in report order; an unreadable one is left out (its check reports it).
 */
function parseAll(
  reads: ReadonlyMap<string, ReadResult>,
  finder: ConfigFinder,
  run: LintRunOptions,
): Map<string, ParsedDocument> {
  const documents = new Map<string, ParsedDocument>();
  for (const [file, read] of reads) {
    if (!read.ok) continue;
    const { template } = settingsForFile(file, read.text, finder, run);
    documents.set(file, parseDocument(read.text, template));
  }
  return documents;
}

/** What one document of a run learns from the others: what they document, and who reports the rest. */
export interface OthersView {
  /** The keys (operations, tables) the other documents of the run document. */
  documentedElsewhere: string[];
  /** Whether another document reports what none documents (so this one stays quiet about it). */
  reportsUndocumented: boolean;
}

/**
 * Each document's view of the others in a run that checks several: `documentedIn` gives the keys
 * a document documents, and what none documents is reported once, by the first document that
 * `hasSection` (the first document when none has).
 */
export function othersView(
  documents: ReadonlyMap<string, ParsedDocument>,
  documentedIn: (doc: ParsedDocument) => string[],
  hasSection: (doc: ParsedDocument) => boolean,
): (filePath: string) => OthersView {
  const documented = new Map<string, string[]>();
  for (const [file, doc] of documents) documented.set(file, documentedIn(doc));
  const files = [...documents.keys()];
  const reporter =
    files.find((file) => hasSection(documents.get(file) as ParsedDocument)) ?? files[0];
  return (filePath) => ({
    documentedElsewhere: [...documented]
      .filter(([file]) => file !== filePath)
      .flatMap(([, keys]) => keys),
    reportsUndocumented: reporter !== undefined && reporter !== filePath,
  });
}
