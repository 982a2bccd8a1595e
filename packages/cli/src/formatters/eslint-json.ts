import { resolve } from 'node:path';
import type { Diagnostic } from '@designdoc/core';
import type { FileResult } from '../lint/lint-file.js';
import type { Formatter } from './formatter.js';

/** One message as ESLint's `json` formatter writes it (its `LintMessage`). */
interface EslintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  fatal?: true;
  message: string;
  /** The rule's id for this message (ESLint's `messageId`), when it has one. */
  messageId?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
}

function eslintMessage(d: Diagnostic, fatal: boolean): EslintMessage {
  // A file that could not be read is ESLint's fatal parsing error: no rule, `fatal: true`.
  const message: EslintMessage = {
    ruleId: fatal ? null : d.ruleId,
    severity: d.severity === 'error' ? 2 : 1,
    ...(fatal ? { fatal: true as const } : {}),
    message: d.message,
    ...(d.messageId && !fatal ? { messageId: d.messageId } : {}),
    line: d.place.start.line,
    column: d.place.start.column,
    endLine: d.place.end.line,
    endColumn: d.place.end.column,
  };
  // Both are UTF-16 offsets into the text with any BOM removed (readDocument's TextDecoder
  // drops it, as ESLint's SourceCode does), so the range means the same to ESLint's tools.
  if (d.fix) message.fix = { range: [d.fix.range[0], d.fix.range[1]], text: d.fix.text };
  return message;
}

function eslintResult(r: FileResult, cwd: string) {
  const messages = r.diagnostics.map((d) => eslintMessage(d, r.fatal === true));
  const count = (severity: 1 | 2, fixable: boolean) =>
    messages.filter((m) => m.severity === severity && (!fixable || m.fix)).length;
  return {
    filePath: resolve(cwd, r.filePath),
    messages,
    suppressedMessages: [],
    errorCount: count(2, false),
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    warningCount: count(1, false),
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
    ...(r.output !== undefined ? { output: r.output } : {}),
    usedDeprecatedRules: [],
  };
}

/**
 * ESLint's own `json` formatter's shape (its `LintResult[]`), for tools that read ESLint
 * reports: absolute paths, severity 1 (warning) or 2 (error), counts split by fixability.
 * `source` is left out (ESLint's type makes it optional); `output` is there after `--fix-dry-run`.
 */
export const eslintJson: Formatter = (results, { cwd }) =>
  `${JSON.stringify(
    results.map((r) => eslintResult(r, cwd)),
    null,
    2,
  )}\n`;
