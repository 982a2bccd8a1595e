import { Link } from 'react-router';
import { query } from '../api/client';
import { LiveWorkspace } from '../api/LiveWorkspace';
import type { NotificationPage, WaitingReviewList } from '../api/review-types';
import type { DocumentPage, QuestionPage } from '../api/types';
import { useApi } from '../api/use-api';
import { DocumentTable } from '../components/DocumentTable';
import { ProblemMessage } from '../components/ProblemMessage';
import { RelativeTime } from '../components/RelativeTime';
import { useTitle } from '../components/use-title';
import { NotificationsPanel } from '../notifications/NotificationsPanel';
import { WaitingReviews } from '../review/WaitingReviews';
import { useSession } from '../session/session';

/** Questions open this long are "old": they deserve someone's attention. */
const OLD_AFTER_DAYS = 14;

/**
 * Where a signed-in person starts: reviews waiting for them, their unread notifications, their
 * drafts, what changed lately, and open questions that have waited too long. The lists follow
 * the live events of the caller's workspaces.
 */
export function Home() {
  useTitle('Home');
  const { me } = useSession();
  const author = me?.user.displayName ?? me?.user.username ?? '';
  const drafts = useApi<DocumentPage>(
    `/api/v1/documents${query({ status: 'draft', author, limit: 10 })}`,
  );
  const recent = useApi<DocumentPage>('/api/v1/documents?limit=10');
  const questions = useApi<QuestionPage>(
    `/api/v1/questions${query({ status: 'unresolved', older_than_days: OLD_AFTER_DAYS, limit: 10 })}`,
  );
  const waiting = useApi<WaitingReviewList>('/api/v1/me/reviews');
  const notifications = useApi<NotificationPage>('/api/v1/me/notifications?unread=true&limit=20');
  const refresh = () => {
    waiting.reload();
    notifications.reload();
    drafts.reload();
    recent.reload();
  };
  return (
    <>
      <h1>Welcome{me?.user.displayName ? `, ${me.user.displayName}` : ''}</h1>
      {me?.memberships.map((m) => (
        <LiveWorkspace key={m.workspace} workspace={m.workspace} onEvent={refresh} />
      ))}
      <div className="home-grid">
        <WaitingReviews waiting={waiting} />
        <NotificationsPanel notifications={notifications} />
        <section aria-labelledby="drafts-heading" className="panel">
          <h2 id="drafts-heading">My drafts</h2>
          {drafts.error && <ProblemMessage problem={drafts.error} retry={drafts.reload} />}
          {drafts.data &&
            (drafts.data.items.length > 0 ? (
              <DocumentTable documents={drafts.data.items} caption="My drafts" />
            ) : (
              <p className="muted">
                No drafts with you as an author. <Link to="/documents/new">Start a document</Link>.
              </p>
            ))}
        </section>
        <section aria-labelledby="old-questions-heading" className="panel">
          <h2 id="old-questions-heading">Open questions older than {OLD_AFTER_DAYS} days</h2>
          {questions.error && <ProblemMessage problem={questions.error} retry={questions.reload} />}
          {questions.data &&
            (questions.data.items.length > 0 ? (
              <ul className="plain-list">
                {questions.data.items.map((q) => (
                  <li key={`${q.document.id}-${q.text}`}>
                    <Link to={`/documents/${q.document.id}#${q.section}`}>{q.text}</Link>
                    <div className="muted small">
                      {q.document.title} · open since <RelativeTime iso={q.firstSeenAt} />
                    </div>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">
                None: every question is younger or answered.{' '}
                <Link to="/questions">All questions</Link>
              </p>
            ))}
        </section>
        <section aria-labelledby="recent-heading" className="panel span-2">
          <h2 id="recent-heading">Recently updated</h2>
          {recent.error && <ProblemMessage problem={recent.error} retry={recent.reload} />}
          {recent.data && (
            <DocumentTable documents={recent.data.items} caption="Recently updated documents" />
          )}
          <p>
            <Link to="/documents">All documents →</Link>
          </p>
        </section>
      </div>
    </>
  );
}
