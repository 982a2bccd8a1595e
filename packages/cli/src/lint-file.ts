import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type Diagnostic, fix, lint } from '@designdoc/core';
import { settingsForFile } from './config/file-settings.js';
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
  fix: boolean;
  write: boolean;
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
 * everything about the file itself becomes diagnostics.
 */
export function lintFile(
  filePath: string,
  finder: ConfigFinder,
  options: LintFileOptions,
): FileResult {
  const read = readDocument(filePath);
  if (!read.ok) return fileProblem(filePath, read.message, read.fatal);
  const settings = settingsForFile(filePath, read.text, finder, {
    cwd: options.cwd,
    ...(options.template ? { template: options.template } : {}),
  });
  const lintOptions = {
    template: settings.template,
    rules: settings.rules,
    resolveLink: linkResolverFor(filePath, options.cwd),
    ...(settings.docsUrl ? { docsUrl: settings.docsUrl } : {}),
  };
  if (!options.fix) {
    const result = lint(read.text, lintOptions);
    return {
      filePath,
      diagnostics: result.diagnostics,
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      fixableCount: result.fixableCount,
    };
  }
  const fixed = fix(read.text, lintOptions);
  const result: FileResult = {
    filePath,
    diagnostics: fixed.result.diagnostics,
    errorCount: fixed.result.errorCount,
    warningCount: fixed.result.warningCount,
    fixableCount: fixed.result.fixableCount,
  };
  if (fixed.output !== read.text) {
    result.output = fixed.output;
    if (options.write) writeFileSync(filePath, fixed.output);
  }
  return result;
}

/**
 * Answers the core's question "does this relative link target exist?" for links in `filePath`,
 * from the file system. A leading `/` means `root` (the folder designdoc runs in, normally the
 * repository root), as on a repository host.
 */
export function linkResolverFor(filePath: string, root: string): (target: string) => boolean {
  const directory = dirname(filePath);
  return (target) =>
    existsCached(target.startsWith('/') ? resolve(root, `.${target}`) : resolve(directory, target));
}

const existence = new Map<string, boolean>();

function existsCached(path: string): boolean {
  let known = existence.get(path);
  if (known === undefined) {
    known = existsSync(path);
    existence.set(path, known);
  }
  return known;
}
