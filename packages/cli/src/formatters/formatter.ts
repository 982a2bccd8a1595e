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

/**
 * A format that writes each file's result as it comes, in order, and keeps only counts: the
 * report of any number of files then takes the memory of one. `formatWhole` gives the same text
 * for a whole run.
 */
export interface StreamingFormat {
  /** A new report's writer. */
  start(context: FormatContext): {
    /** The text of the next file's result. */
    file(result: FileResult): string;
    /** The text after the last file. */
    end(): string;
  };
}

/** A streaming format's text for a whole run at once. */
export function formatWhole(format: StreamingFormat): Formatter {
  return (results, context) => {
    const report = format.start(context);
    let text = '';
    for (const result of results) text += report.file(result);
    return text + report.end();
  };
}
