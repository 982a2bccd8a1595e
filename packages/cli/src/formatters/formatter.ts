import type { FileResult } from '../lint/lint-file.js';

/** What a formatter needs besides the results. */
export interface FormatContext {
  cwd: string;
  color: boolean;
  /** Rule metadata by id, for SARIF's rule table. */
  rules: Map<string, { description: string; url: string; defaultSeverity: string }>;
  version: string;
}

/** Turns lint results into the text written to stdout (or --output-file). */
export type Formatter = (results: FileResult[], context: FormatContext) => string;
