/** `1 error`, `2 errors`: a count with its noun. */
export const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A file name as a Markdown table cell: code, with the pipe that would end the cell escaped. */
const fileCell = (file) => `\`${file.replace(/\|/g, '\\|')}\``;

/**
 * The job summary (Markdown, as `$GITHUB_STEP_SUMMARY` renders it): one row per document with
 * its errors, warnings and open questions, a total line, and a sentence for the scope (`note`:
 * which documents were linted and why).
 */
export function jobSummary({ documents, note }) {
  const total = documents.reduce(
    (sum, d) => ({
      errors: sum.errors + d.errors,
      warnings: sum.warnings + d.warnings,
      openQuestions: sum.openQuestions + d.openQuestions,
    }),
    { errors: 0, warnings: 0, openQuestions: 0 },
  );
  const lines = ['## designdoc', '', note, ''];
  if (documents.length > 0) {
    lines.push(
      '| Document | Errors | Warnings | Open questions |',
      '| --- | ---: | ---: | ---: |',
      ...documents.map(
        (d) => `| ${fileCell(d.file)} | ${d.errors} | ${d.warnings} | ${d.openQuestions} |`,
      ),
      `| **Total: ${plural(documents.length, 'document')}** | **${total.errors}** | **${total.warnings}** | **${total.openQuestions}** |`,
      '',
      `${total.errors > 0 ? '❌' : '✅'} ${plural(total.errors, 'error')}, ${plural(total.warnings, 'warning')} and ${plural(total.openQuestions, 'open question')} in ${plural(documents.length, 'design document')}.`,
      '',
    );
  }
  return { markdown: `${lines.join('\n')}\n`, total };
}
