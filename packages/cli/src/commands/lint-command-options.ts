/**
 * The flags of `designdoc lint` as commander parses them (run.ts declares them): what
 * `lintCommand` reads and `checkLintFlags` checks before anything runs.
 */
export interface LintCommandOptions {
  format: string;
  outputFile?: string;
  maxWarnings?: string;
  quiet?: boolean;
  fix?: boolean;
  /** Compute the fixes without writing them: stylish output starts with their unified diff. */
  fixDryRun?: boolean;
  template?: string;
  config?: string;
  color: boolean;
  /** false with --no-ignore: lint files that .gitignore or the config's ignores leave out. */
  ignore?: boolean;
  /** Lint the Markdown on standard input instead of files. */
  stdin?: boolean;
  /** With --stdin: the path it is linted as (config, template, links) and reported under. */
  stdinFilename?: string;
  /** Reuse the results of files unchanged since the last --cache run. */
  cache?: boolean;
  /** The cache file, or a folder for it (default .designdoccache). */
  cacheLocation?: string;
  /** Print the settings that apply to this file as JSON, and lint nothing. */
  printConfig?: string;
  /** `--rule id:severity` values, over the config's settings. */
  rule?: string[];
  /** Say on stderr which config and template each file used, and time the rules. */
  debug?: boolean;
  /** Lint again whenever a file changes, until stopped. */
  watch?: boolean;
  /** Lint on this designdoc server (POST /api/v1/lint) instead of here. */
  server?: string;
  /** With --server: the workspace whose templates apply. */
  workspace?: string;
  /** `--report-unused-disable-directives`: report disable comments that did nothing, as errors. */
  reportUnusedDisableDirectives?: boolean;
  /** `--report-unused-disable-directives-severity`: …at this severity instead. */
  reportUnusedDisableDirectivesSeverity?: 'off' | 'warn' | 'error';
}
