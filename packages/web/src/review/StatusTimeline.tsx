import { Link } from 'react-router';
import type { StatusHistory } from '../api/review-types';
import type { ApiState } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';
import { RelativeTime } from '../components/RelativeTime';
import { StatusBadge } from '../components/StatusBadge';

/**
 * The document's status timeline, newest first: each move with who made it (or designdoc, for
 * an edit that sent an approved document back to review), when, on which version and why; and
 * the documents that replace this one or that it replaces.
 */
export function StatusTimeline({ history }: { history: ApiState<StatusHistory> }) {
  const h = history.data;
  return (
    <section className="panel timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Status timeline</h2>
      {history.error && <ProblemMessage problem={history.error} retry={history.reload} />}
      {h?.supersededBy && (
        <p className="notice">
          Superseded by <Link to={`/documents/${h.supersededBy}`}>the replacing document</Link>.
        </p>
      )}
      {h && h.supersedes.length > 0 && (
        <p className="small">
          Supersedes{' '}
          {h.supersedes.map((s, i) => (
            <span key={s.id}>
              {i > 0 && ', '}
              <Link to={`/documents/${s.id}`}>{s.title}</Link>
            </span>
          ))}
        </p>
      )}
      {h && h.items.length === 0 && <p className="muted small">A draft since it was created.</p>}
      {h && h.items.length > 0 && (
        <ol className="plain-list timeline-list">
          {[...h.items].reverse().map((t) => (
            <li key={`${t.at}-${t.to}`}>
              <StatusBadge status={t.from} /> → <StatusBadge status={t.to} />
              <div className="small muted">
                {t.actor ?? 'designdoc (edited after approval)'} · version {t.version} ·{' '}
                <RelativeTime iso={t.at} />
              </div>
              {t.comment && <p className="small timeline-comment">{t.comment}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
