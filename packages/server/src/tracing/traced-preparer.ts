import type { DocumentPreparer } from '../documents/document-preparer.js';
import { inSpan } from './tracer.js';

/**
 * The preparer with a span around each parse and lint, as the calling thread sees it (the
 * wait for a worker thread included): `prepare document` for a save (parse, lint, extract),
 * `lint document` for `POST /lint`, `diff versions` for a diff. Each has the template and the
 * Markdown's length; a save's has its error and warning counts. Used only when tracing is on.
 */
export function tracedPreparer(preparer: DocumentPreparer, threads: number): DocumentPreparer {
  const on = threads > 0 ? 'worker thread' : 'event loop';
  return {
    ...preparer,
    prepare: (markdown, template) =>
      inSpan(
        'prepare document',
        {
          attributes: {
            'designdoc.template': template.name,
            'designdoc.markdown.length': markdown.length,
            'designdoc.runs_on': on,
          },
        },
        async (span) => {
          const prepared = await preparer.prepare(markdown, template);
          span.setAttributes({
            'designdoc.lint.errors': prepared.errorCount,
            'designdoc.lint.warnings': prepared.warningCount,
          });
          return prepared;
        },
      ),
    lint: (markdown, template) =>
      inSpan(
        'lint document',
        {
          attributes: {
            'designdoc.template': template.name,
            'designdoc.markdown.length': markdown.length,
            'designdoc.runs_on': on,
          },
        },
        () => preparer.lint(markdown, template),
      ),
    diff: (from, to, template, signal) =>
      inSpan(
        'diff versions',
        {
          attributes: {
            'designdoc.template': template.name,
            'designdoc.markdown.length': from.markdown.length + to.markdown.length,
          },
        },
        () => preparer.diff(from, to, template, signal),
      ),
  };
}
