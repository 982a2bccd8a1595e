import { resolve } from 'node:path';
import { ConfigFinder } from '../config/load-config.js';
import { findFiles } from '../files/find-files.js';
import { fixDiff } from '../fix-diff.js';
import { CliError, type Io } from '../io.js';
import { cacheFilePath, LintCache } from '../lint/lint-cache.js';
import { debugLines } from '../lint/lint-debug.js';
import type { FileResult } from '../lint/lint-file.js';
import { lintFiles, lintFilesInOrder } from '../lint/lint-files.js';
import { lintOnServer } from '../lint/lint-on-server.js';
import type { LintRunOptions } from '../lint/lint-options.js';
import { lintStdin, stdinPath } from '../lint/lint-stdin.js';
import {
  exitCodeOf,
  exitCodeOfTotals,
  formatterFor,
  maxWarningsOf,
  type RunTotals,
  reportOptionsOf,
  streamReport,
  writeReport,
} from '../lint/report-results.js';
import { createProgress } from '../progress.js';
import { parseRuleOptions } from '../rule-option.js';
import { timingRows, timingTable } from '../timing-table.js';
import type { LintCommandOptions } from './lint-command-options.js';
import { checkLintFlags } from './lint-flags.js';
import { type LintSession, watchLint } from './lint-watch.js';
import { printConfigCommand } from './print-config.js';

/**
 * The severity the command line gives unused disable comments, as ESLint 9 reads its flags:
 * `--report-unused-disable-directives` is `error`, `…-severity` sets it, and both at once is a
 * usage error. Undefined leaves it to the config (`reportUnusedDisableDirectives`, else off).
 */
function unusedDisableLevel(options: LintCommandOptions): 'off' | 'warn' | 'error' | undefined {
  if (options.reportUnusedDisableDirectives && options.reportUnusedDisableDirectivesSeverity)
    throw new CliError(
      '--report-unused-disable-directives and --report-unused-disable-directives-severity cannot be used together; keep the second',
    );
  if (options.reportUnusedDisableDirectives) return 'error';
  return options.reportUnusedDisableDirectivesSeverity;
}

/** `designdoc lint`: lint files, print them in a format, exit 0 (clean), 1 (errors) or 2 (fault). */
export async function lintCommand(
  patterns: string[],
  options: LintCommandOptions,
  io: Io,
  /** Within `--watch`: what the runs share. */
  session?: LintSession,
): Promise<number> {
  formatterFor(options.format);
  const maxWarnings = maxWarningsOf(options.maxWarnings);
  if (options.workspace && !options.server)
    throw new CliError('--workspace needs --server: it names a workspace on a designdoc server');
  if (options.server && (options.fix || options.fixDryRun))
    throw new CliError('--fix and --fix-dry-run work on local files only; drop --server');
  const unusedDisables = unusedDisableLevel(options);
  if (options.server && unusedDisables)
    throw new CliError(
      '--report-unused-disable-directives works on local files only; drop --server',
    );
  checkLintFlags(patterns, options);
  const ruleSettings = options.rule ? parseRuleOptions(options.rule) : undefined;
  const configPath = options.config ? resolve(io.cwd, options.config) : undefined;
  // Every file of the run is linted with these, here, on worker threads and from the cache.
  const run: LintRunOptions = {
    cwd: io.cwd,
    fix: Boolean(options.fix || options.fixDryRun),
    write: Boolean(options.fix && !options.fixDryRun),
    ...(options.template ? { template: options.template } : {}),
    ...(configPath ? { configPath } : {}),
    ...(ruleSettings ? { rules: ruleSettings } : {}),
    ...(unusedDisables ? { reportUnusedDisableDirectives: unusedDisables } : {}),
  };
  if (options.printConfig !== undefined) return printConfigCommand(options.printConfig, run, io);
  const cacheFile = options.cache ? cacheFilePath(options.cacheLocation, io.cwd) : undefined;
  if (options.watch && !session) {
    const watching: LintSession = {
      cache: cacheFile ? LintCache.load(cacheFile) : LintCache.inMemory(),
      files: [],
    };
    const written = [cacheFile, options.outputFile && resolve(io.cwd, options.outputFile)];
    return watchLint(
      () => lintCommand(patterns, options, io, watching),
      watching,
      io,
      written.filter((path): path is string => Boolean(path)),
    );
  }
  const finder = new ConfigFinder(configPath ?? null, io.cwd);
  const stdinFile = options.stdin ? stdinPath(options.stdinFilename, io.cwd) : undefined;
  const files = stdinFile
    ? [stdinFile]
    : await findFiles(patterns, io.cwd, finder, { useIgnores: options.ignore !== false });
  if (session) session.files = files;
  const cache = session?.cache ?? (cacheFile ? LintCache.load(cacheFile) : undefined);
  // --debug and TIMING time the rules (on the server, the server runs them).
  const timing =
    (options.debug || io.env.TIMING) && !options.server ? new Map<string, number>() : undefined;
  const cached = new Set<string>();
  const stdinTexts = new Map<string, string>();
  const progress = await createProgress(io, files.length);
  // The plain run of a stylish or json report is written as results come and keeps none: its
  // memory does not grow with the number of files. Not under a progress bar in the same
  // terminal: the report's lines would cut through the bar.
  const underTheBar = progress.shown && io.stdout.isTTY === true && !options.outputFile;
  const stream =
    !stdinFile && !options.server && !cache && !options.fixDryRun && !underTheBar
      ? streamReport(reportOptionsOf(options, io), io)
      : null;
  if (stream) {
    try {
      await lintFilesInOrder(
        files,
        run,
        { ...(timing ? { timing } : {}), onProgress: progress.update },
        (result) => stream.write(result),
      );
    } finally {
      progress.stop();
    }
    const totals: RunTotals = stream.end();
    if (options.debug) io.stderr.write(debugLines(files, finder, run, cached, stdinTexts));
    if (timing) io.stderr.write(timingTable(timing, timingRows(io.env.TIMING)));
    return exitCodeOfTotals(totals, maxWarnings, io);
  }
  let results: FileResult[];
  try {
    results = stdinFile
      ? [await lintStdin(stdinFile, run, io, stdinTexts, timing)]
      : options.server
        ? await lintOnServer(
            files,
            {
              server: options.server,
              cwd: io.cwd,
              ...(options.workspace ? { workspace: options.workspace } : {}),
              ...(options.template ? { template: options.template } : {}),
            },
            finder,
            io,
            progress.update,
          )
        : await lintFiles(files, run, {
            ...(cache ? { cache, onCached: (file: string) => cached.add(file) } : {}),
            ...(timing ? { timing } : {}),
            onProgress: progress.update,
          });
  } finally {
    progress.stop();
  }
  if (options.debug) io.stderr.write(debugLines(files, finder, run, cached, stdinTexts));
  // The diff is for people (and `git apply`); machine formats carry the fixed text themselves
  // (json's `output`) or have no place for it.
  if (options.fixDryRun && options.format === 'stylish')
    io.stdout.write(fixDiff(results, io.cwd, stdinTexts));
  writeReport(results, reportOptionsOf(options, io), io);
  if (timing) io.stderr.write(timingTable(timing, timingRows(io.env.TIMING)));
  const unsaved = cache?.save();
  if (unsaved) io.stderr.write(`designdoc: cannot write the cache ${cacheFile}: ${unsaved}\n`);
  return exitCodeOf(results, maxWarnings, io);
}
