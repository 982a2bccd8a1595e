/** A document's status as a coloured badge (colour is never the only cue: the word is there). */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge status-${status}`}>{status.replace('-', ' ')}</span>;
}

/** Lint error and warning counts, with words for screen readers. */
export function LintCounts({ errors, warnings }: { errors: number; warnings: number }) {
  if (errors === 0 && warnings === 0)
    return (
      <span className="lint-counts clean" title="No lint problems">
        ✓<span className="visually-hidden"> no lint problems</span>
      </span>
    );
  return (
    <span className="lint-counts">
      {errors > 0 && (
        <span className="count error" title={`${errors} lint errors`}>
          {errors}
          <span className="visually-hidden"> errors</span>
        </span>
      )}
      {warnings > 0 && (
        <span className="count warning" title={`${warnings} lint warnings`}>
          {warnings}
          <span className="visually-hidden"> warnings</span>
        </span>
      )}
    </span>
  );
}
