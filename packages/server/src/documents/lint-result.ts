import { lintParsed, type TemplateSpec } from '@designdoc/core';
import { parseWithin, type TooManyHeadings } from './prepare-document.js';

/**
 * The body of a `POST /lint` answer (`LintResult` in routes/lint), already as JSON, unless the
 * document has more than `maxHeadings` headings. It is made where the lint ran, on a worker
 * thread, so that the event loop sends a string instead of cloning and serialising thousands
 * of diagnostics.
 */
export function lintResultJson(
  markdown: string,
  template: TemplateSpec,
  maxHeadings: number,
): string | TooManyHeadings {
  const parsed = parseWithin(markdown, template, maxHeadings);
  if ('tooManyHeadings' in parsed) return parsed;
  const { errorCount, warningCount, diagnostics } = lintParsed(parsed, { template });
  return JSON.stringify({ template: template.name, errorCount, warningCount, diagnostics });
}
