import type { Diagnostic } from '@designdoc/core';
import { Link } from 'react-router';

/**
 * The document's lint results, errors first. Each opens the editor at its line (when the
 * caller may edit), and links to its rule's documentation.
 */
export function DiagnosticsPanel({
  diagnostics,
  editUrl,
}: {
  diagnostics: Diagnostic[];
  /** The editor's address, or null when the caller may only read. */
  editUrl: string | null;
}) {
  const sorted = [...diagnostics].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.place.start.offset - b.place.start.offset,
  );
  return (
    <section aria-labelledby="diagnostics-heading" className="panel diagnostics">
      <h2 id="diagnostics-heading">
        Lint{' '}
        <span className="muted small">
          {diagnostics.length === 0
            ? 'clean'
            : `${diagnostics.filter((d) => d.severity === 'error').length} errors, ${
                diagnostics.filter((d) => d.severity === 'warning').length
              } warnings`}
        </span>
      </h2>
      {sorted.length === 0 ? (
        <p className="muted">No problems: the document passes every rule.</p>
      ) : (
        <ul className="plain-list">
          {sorted.map((d) => {
            const where = `Line ${d.place.start.line}`;
            return (
              <li key={`${d.ruleId}-${d.place.start.offset}-${d.message}`} className="diagnostic">
                <span className={`severity ${d.severity}`}>{d.severity}</span>{' '}
                {editUrl ? (
                  <Link to={`${editUrl}?line=${d.place.start.line}`}>
                    {where}: {d.message}
                  </Link>
                ) : (
                  <span>
                    {where}: {d.message}
                  </span>
                )}{' '}
                <a className="muted small" href={d.url} target="_blank" rel="noreferrer">
                  {d.ruleId}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
