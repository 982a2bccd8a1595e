import type { CheckRun, CheckRunList } from '../api/types';
import type { ApiState } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';
import { RelativeTime } from '../components/RelativeTime';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One run: its name and result, counts, commit, time, CI job, and its diagnostics folded away. */
function CheckRunItem({ run }: { run: CheckRun }) {
  return (
    <li className="check-run">
      <div className="check-run-head">
        <strong>{run.name}</strong>{' '}
        <span className={`badge check-${run.result}`}>{run.result}</span>{' '}
        <span className="muted small">
          {plural(run.errorCount, 'error')}, {plural(run.warningCount, 'warning')}
        </span>
      </div>
      <div className="muted small">
        {run.commit && (
          <>
            <code title={run.commit}>{run.commit.slice(0, 7)}</code> ·{' '}
          </>
        )}
        <RelativeTime iso={run.createdAt} />
        {run.url && (
          <>
            {' · '}
            <a href={run.url} target="_blank" rel="noreferrer">
              CI job<span className="visually-hidden"> of {run.name}</span>
            </a>
          </>
        )}
      </div>
      {run.diagnostics.length > 0 && (
        <details>
          <summary>
            Diagnostics ({run.diagnostics.length}
            {run.diagnostics.length < run.errorCount + run.warningCount
              ? ` of ${run.errorCount + run.warningCount}`
              : ''}
            )
          </summary>
          <ul className="plain-list check-diagnostics">
            {run.diagnostics.map((d, index) => (
              // The list is the run's, never reordered: its place is a stable key.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={index} className="diagnostic">
                <span className={`severity ${d.severity}`}>{d.severity}</span> Line {d.line}:{' '}
                {d.message} <span className="muted small">({d.ruleId})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/**
 * What CI last reported when it checked the head version against the system the document
 * describes (`designdoc check-api`, `check-schema`): the newest run of each check.
 */
export function CheckRunsPanel({ checks }: { checks: ApiState<CheckRunList> }) {
  const list = checks.data;
  return (
    <section aria-labelledby="checks-heading" className="panel checks">
      <h2 id="checks-heading">
        Checks {list && <span className="muted small">version {list.version}</span>}
      </h2>
      {checks.error && <ProblemMessage problem={checks.error} retry={checks.reload} />}
      {list && list.latest.length === 0 && (
        <p className="muted">No check was reported for this version.</p>
      )}
      {list && list.latest.length > 0 && (
        <ul className="plain-list">
          {list.latest.map((run) => (
            <CheckRunItem key={run.id} run={run} />
          ))}
        </ul>
      )}
    </section>
  );
}
