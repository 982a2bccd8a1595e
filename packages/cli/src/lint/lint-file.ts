import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type Diagnostic, fix, lint } from '@designdoc/core';
import { settingsForFile } from '../config/file-settings.js';
import type { ConfigFinder } from '../config/load-config.js';
import { readDocument } from '../files/read-document.js';
import type { LintRunOptions, LintTracking } from './lint-options.js';
import { existsCached, pathResolverFor } from './path-resolver.js';

export { forgetLinkTargets } from './path-resolver.js';

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
 * everything about the file itself becomes diagnostics. `tracking.links`, when given, gets every
 * link target and path the rules asked about and whether it exists (what `--cache` must check
 * again); `tracking.timing` the time each rule took.
 */
export function lintFile(
  filePath: string,
  finder: ConfigFinder,
  options: LintRunOptions,
  tracking: LintTracking = {},
): FileResult {
  const read = readDocument(filePath);
  if (!read.ok) return fileProblem(filePath, read.message, read.fatal);
  return lintText(filePath, read.text, finder, options, tracking);
}

/**
 * Lint and optionally fix `text` as the file at `filePath` (standard input with
 * `--stdin-filename`): that path chooses the settings and resolves relative links and the paths
 * the document names. See `lintFile`.
 */
export function lintText(
  filePath: string,
  text: string,
  finder: ConfigFinder,
  options: LintRunOptions,
  tracking: LintTracking = {},
): FileResult {
  const settings = settingsForFile(filePath, text, finder, options);
  const resolvePath = pathResolverFor(settings.root, filePath, tracking.links);
  const lintOptions = {
    template: settings.template,
    rules: settings.rules,
    resolveLink: linkResolverFor(filePath, options.cwd, tracking.links),
    ...(resolvePath ? { resolvePath } : {}),
    ...(settings.docsUrl ? { docsUrl: settings.docsUrl } : {}),
    ...(settings.reportUnusedDisableDirectives
      ? { reportUnusedDisableDirectives: settings.reportUnusedDisableDirectives }
      : {}),
    ...(tracking.timing ? { timing: tracking.timing } : {}),
    ...(options.check ? { check: options.check, checks: options.checks ?? {} } : {}),
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
