import { resolve } from 'node:path';
import type { CheckInputs, CheckKind } from '@designdoc/core';
import { ConfigFinder } from '../config/load-config.js';
import { findFiles } from '../files/find-files.js';
import type { Io } from '../io.js';
import { type FileResult, lintFile } from '../lint/lint-file.js';
import type { LintRunOptions } from '../lint/lint-options.js';
import {
  exitCodeOf,
  formatterFor,
  maxWarningsOf,
  useColor,
  writeReport,
} from '../lint/report-results.js';
import { parseRuleOptions } from '../rule-option.js';

/** The flags `check-api` and `check-schema` share with `lint` (run.ts declares them). */
export interface CheckCommandOptions {
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
}

/**
 * Run a check's rules over the documents `patterns` name (the config's documents when none),
 * with each file's config, overrides, template and inline disables as `lint` has them, then
 * print the results in `--format` and answer lint's exit code: 0 clean, 1 errors (or too many
 * warnings), 2 a file that cannot be read. The results come back too, for `--report-to`.
 */
export async function checkDocuments(
  patterns: string[],
  options: CheckCommandOptions,
  check: CheckRun,
  io: Io,
): Promise<{ exitCode: number; results: FileResult[] }> {
  formatterFor(options.format);
  const maxWarnings = maxWarningsOf(options.maxWarnings);
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
  const results = files.map((file) => lintFile(file, finder, run));
  writeReport(
    results,
    {
      format: options.format,
      ...(options.outputFile ? { outputFile: options.outputFile } : {}),
      quiet: options.quiet,
      color: useColor(io, options.color),
    },
    io,
  );
  return { exitCode: exitCodeOf(results, maxWarnings, io), results };
}
