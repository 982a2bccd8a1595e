import type { Place } from '../markdown/position.js';

export type Severity = 'error' | 'warning';

/** A change to the source: replace the text in [start, end) offsets with `text`. Fixes are data. */
export interface Fix {
  range: [number, number];
  text: string;
}

/** One finding. The same shape in the CLI, the server, the browser, SARIF and LSP. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  /**
   * Which of its rule's messages this is (ESLint's `messageId`): stable while the words change,
   * so tools can tell kinds of findings apart without matching text.
   */
  messageId?: string;
  place: Place;
  url: string;
  fix?: Fix;
}

/** Where rule documentation lives; the CLI and server may point it elsewhere. */
export const DEFAULT_DOCS_URL = 'https://github.com/designdoc/designdoc/blob/main/docs/rules/';

/** The documentation URL of a rule. */
export function ruleUrl(ruleId: string, base: string = DEFAULT_DOCS_URL): string {
  return `${base}${ruleId}.md`;
}

/**
 * Sort diagnostics by position, then rule id, so output is stable. Rule ids are kebab-case
 * ASCII, for which code-unit order is the order `localeCompare` gave; comparing code units
 * keeps ICU's collator (about 3 MiB of resident data, loaded on first use) out of a lint run.
 */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const byOffset = a.place.start.offset - b.place.start.offset;
  if (byOffset !== 0) return byOffset;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}
