import { resolve } from 'node:path';
import { ConfigFinder } from '../config/load-config.js';
import { decodeDocument } from '../files/read-document.js';
import { CliError, type Io } from '../io.js';
import { type FileResult, fileProblem, lintText } from './lint-file.js';
import type { LintRunOptions } from './lint-options.js';

/** The path a result of `--stdin` without `--stdin-filename` shows, as ESLint's `<text>`. */
export const STDIN_NAME = '<text>';

/** Where `--stdin` input is linted as: `--stdin-filename` relative to the working folder. */
export function stdinPath(filename: string | undefined, cwd: string): string {
  return resolve(cwd, filename ?? STDIN_NAME);
}

/**
 * Lint the Markdown on standard input as the file at `filePath` would be linted (its config,
 * overrides and template), never writing anything: with `fix` the result carries the fixed text
 * as `output`. The text read goes into `texts` under `filePath`, for the dry run's diff;
 * `timing`, when given, gets the time each rule took.
 */
export async function lintStdin(
  filePath: string,
  options: LintRunOptions,
  io: Io,
  texts: Map<string, string>,
  timing?: Map<string, number>,
): Promise<FileResult> {
  if (!io.stdin) throw new CliError('--stdin needs standard input');
  const read = decodeDocument(new TextEncoder().encode(await io.stdin()));
  if (!read.ok) return fileProblem(filePath, read.message, read.fatal);
  texts.set(filePath, read.text);
  const finder = new ConfigFinder(options.configPath ?? null, options.cwd);
  return lintText(
    filePath,
    read.text,
    finder,
    { ...options, write: false },
    timing ? { timing } : {},
  );
}
