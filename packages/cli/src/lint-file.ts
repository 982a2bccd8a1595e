import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type Diagnostic, fix, lint, type RuleSettings } from '@designdoc/core';
import { settingsForFile, type UnusedDisableLevel } from './config/file-settings.js';
import type { ConfigFinder } from './config/load-config.js';
import { readDocument } from './files/read-document.js';

/** What linting one file produced, in the shape every formatter takes. */
export interface FileResult {
  filePath: string;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  fixableCount: number;
  /** The file could not be read or decoded (an I/O fault: exit code 2). */
  fatal?: boolean;
  /** With --fix or --fix-dry-run: the fixed text, when it differs from the file. */
  output?: string;
}

export interface LintFileOptions {
  cwd: string;
  template?: string;
  /** `--rule`: settings over the config's for this run. */
  rules?: RuleSettings;
  /** `--report-unused-disable-directives[-severity]`: over the config's for this run. */
  reportUnusedDisableDirectives?: UnusedDisableLevel;
  fix: boolean;
  write: boolean;
  /** `--debug` and `TIMING`: milliseconds per rule id, summed over files; absent, nothing is timed. */
  timing?: Map<string, number>;
}

/**
 * The options each file is linted with, from a run's options (this thread's or a worker's), with
 * `timing` when rules are timed. Optional settings stay absent when unset.
 */
export function lintFileOptions(
  options: Omit<LintFileOptions, 'timing'>,
  timing: Map<string, number> | undefined,
): LintFileOptions {
  return {
    cwd: options.cwd,
    fix: options.fix,
    write: options.write,
    ...(options.template ? { template: options.template } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.reportUnusedDisableDirectives
      ? { reportUnusedDisableDirectives: options.reportUnusedDisableDirectives }
      : {}),
    ...(timing ? { timing } : {}),
  };
}

/** A file-level problem reported as a diagnostic at 1:1 (unreadable, binary, empty). */
export function fileProblem(filePath: string, message: string, fatal: boolean): FileResult {
  const point = { line: 1, column: 1, offset: 0 };
  return {
    filePath,
    diagnostics: [
      { ruleId: 'file', severity: 'error', message, place: { start: point, end: point }, url: '' },
    ],
    errorCount: 1,
    warningCount: 0,
    fixableCount: 0,
    ...(fatal ? { fatal } : {}),
  };
}

/**
 * Read, lint and optionally fix one file. Config errors throw (they stop the run with exit 2);
 * everything about the file itself becomes diagnostics. `links`, when given, gets every link
 * target the rules asked about and whether it exists (what `--cache` must check again).
 */
export function lintFile(
  filePath: string,
  finder: ConfigFinder,
  options: LintFileOptions,
  links?: Map<string, boolean>,
): FileResult {
  const read = readDocument(filePath);
  if (!read.ok) return fileProblem(filePath, read.message, read.fatal);
  return lintText(filePath, read.text, finder, options, links);
}

/**
 * Lint and optionally fix `text` as the file at `filePath` (standard input with
 * `--stdin-filename`): that path chooses the settings and resolves relative links. See `lintFile`.
 */
export function lintText(
  filePath: string,
  text: string,
  finder: ConfigFinder,
  options: LintFileOptions,
  links?: Map<string, boolean>,
): FileResult {
  const settings = settingsForFile(filePath, text, finder, {
    cwd: options.cwd,
    ...(options.template ? { template: options.template } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.reportUnusedDisableDirectives
      ? { reportUnusedDisableDirectives: options.reportUnusedDisableDirectives }
      : {}),
  });
  const lintOptions = {
    template: settings.template,
    rules: settings.rules,
    resolveLink: linkResolverFor(filePath, options.cwd, links),
    ...(settings.docsUrl ? { docsUrl: settings.docsUrl } : {}),
    ...(settings.reportUnusedDisableDirectives
      ? { reportUnusedDisableDirectives: settings.reportUnusedDisableDirectives }
      : {}),
    ...(options.timing ? { timing: options.timing } : {}),
  };
  if (!options.fix) {
    const result = lint(text, lintOptions);
    return {
      filePath,
      diagnostics: result.diagnostics,
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      fixableCount: result.fixableCount,
    };
  }
  const fixed = fix(text, lintOptions);
  const result: FileResult = {
    filePath,
    diagnostics: fixed.result.diagnostics,
    errorCount: fixed.result.errorCount,
    warningCount: fixed.result.warningCount,
    fixableCount: fixed.result.fixableCount,
  };
  if (fixed.output !== text) {
    result.output = fixed.output;
    if (options.write) writeFileSync(filePath, fixed.output);
  }
  return result;
}

/**
 * Answers the core's question "does this relative link target exist?" for links in `filePath`,
 * from the file system. A leading `/` means `root` (the folder designdoc runs in, normally the
 * repository root), as on a repository host. Each answer goes into `links` when given.
 */
export function linkResolverFor(
  filePath: string,
  root: string,
  links?: Map<string, boolean>,
): (target: string) => boolean {
  const directory = dirname(filePath);
  return (target) => {
    const path = target.startsWith('/') ? resolve(root, `.${target}`) : resolve(directory, target);
    const exists = existsCached(path);
    links?.set(path, exists);
    return exists;
  };
}

const existence = new Map<string, boolean>();

/**
 * Forget which link targets exist: one run asks the file system once per target, and the next
 * (`lint --watch`) asks again.
 */
export function forgetLinkTargets(): void {
  existence.clear();
}

function existsCached(path: string): boolean {
  let known = existence.get(path);
  if (known === undefined) {
    known = existsSync(path);
    existence.set(path, known);
  }
  return known;
}
