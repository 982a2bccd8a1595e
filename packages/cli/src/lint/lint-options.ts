import type { CheckInputs, CheckKind } from '@designdoc/core';
import type { CliSettings } from '../config/file-settings.js';

/**
 * What a lint run applies to every file, built once from the command line (commands/lint.ts)
 * and passed down as it is: to each file's settings (it is the `CliSettings` they take), to the
 * cache keys and `--debug`, and to worker threads (it is plain data, so it crosses to them).
 */
export interface LintRunOptions extends CliSettings {
  /** `--config`: the one config file for every file; absent, each file's nearest applies. */
  configPath?: string;
  /** Compute fixes (`--fix`, `--fix-dry-run`): results carry the fixed text as `output`. */
  fix: boolean;
  /** Write the fixed text back to the files (`--fix`). */
  write: boolean;
  /** `check-api`, `check-schema`: run that check's rules instead of the lint rules. */
  check?: CheckKind;
  /** What the check compares each document with. */
  checks?: CheckInputs;
}

/** What a run collects while it lints, beside the results; each only when given. */
export interface LintTracking {
  /** `--debug` and `TIMING`: milliseconds per rule id, summed over files. */
  timing?: Map<string, number>;
  /** `--cache`: each link target and named path the rules asked about, and whether it exists. */
  links?: Map<string, boolean>;
}
