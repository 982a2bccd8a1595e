import { Link } from 'react-router';
import type { WaitingReviewList } from '../api/review-types';
import type { ApiState } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';
import { RelativeTime } from '../components/RelativeTime';
import { LintCounts } from '../components/StatusBadge';

/** Documents in review that ask you and that you have not answered since their last version. */
export function WaitingReviews({ waiting }: { waiting: ApiState<WaitingReviewList> }) {
  const items = waiting.data?.items;
  return (
    <section aria-labelledby="waiting-heading" className="panel">
      <h2 id="waiting-heading">Reviews waiting for me</h2>
      {waiting.error && <ProblemMessage problem={waiting.error} retry={waiting.reload} />}
      {items && items.length === 0 && <p className="muted">No review is waiting for you.</p>}
      {items && items.length > 0 && (
        <ul className="plain-list waiting-reviews">
          {items.map((w) => (
            <li key={w.document.id}>
              <Link to={`/documents/${w.document.id}`}>{w.document.title}</Link>{' '}
              <LintCounts errors={w.document.errorCount} warnings={w.document.warningCount} />
              <div className="small muted">
                {w.document.workspace} · version {w.document.version} · asked{' '}
                <RelativeTime iso={w.requestedAt} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
