import { useState } from 'react';
import { Link } from 'react-router';
import { ApiProblem, api } from '../api/client';
import type { NotificationPage } from '../api/review-types';
import type { ApiState } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';
import { RelativeTime } from '../components/RelativeTime';

/** Your unread notifications (mentions in comments), each linking to its thread; mark read. */
export function NotificationsPanel({
  notifications,
}: {
  notifications: ApiState<NotificationPage>;
}) {
  const [error, setError] = useState<ApiProblem | null>(null);
  const mark = async (path: string) => {
    setError(null);
    try {
      await api(path, { method: 'POST' });
      notifications.reload();
    } catch (failure) {
      if (failure instanceof ApiProblem) setError(failure);
    }
  };
  const page = notifications.data;
  return (
    <section aria-labelledby="notifications-heading" className="panel">
      <h2 id="notifications-heading">
        Notifications{page && page.unreadCount > 0 ? ` (${page.unreadCount} unread)` : ''}
      </h2>
      {notifications.error && (
        <ProblemMessage problem={notifications.error} retry={notifications.reload} />
      )}
      {page && page.items.length === 0 && <p className="muted">Nothing new for you.</p>}
      {page && page.items.length > 0 && (
        <>
          <ul className="plain-list notifications">
            {page.items.map((n) => (
              <li key={n.id}>
                <Link to={`/documents/${n.document.id}`}>
                  {n.actor?.displayName ?? 'Someone'} mentioned you on {n.document.title}
                </Link>
                {n.comment && <p className="small comment-body">{n.comment.excerpt}</p>}
                <div className="small muted">
                  <RelativeTime iso={n.createdAt} />{' '}
                  <button
                    type="button"
                    className="link"
                    onClick={() => void mark(`/api/v1/me/notifications/${n.id}/read`)}
                  >
                    Mark read<span className="visually-hidden"> ({n.document.title})</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void mark('/api/v1/me/notifications/read-all')}>
            Mark all read
          </button>
        </>
      )}
      {error && <ProblemMessage problem={error} />}
    </section>
  );
}
