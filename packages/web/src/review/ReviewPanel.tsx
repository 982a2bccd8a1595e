import { useState } from 'react';
import { ApiProblem, api } from '../api/client';
import type { ReviewState } from '../api/review-types';
import type { DocumentDetail, Role } from '../api/types';
import type { ApiState } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';
import { RelativeTime } from '../components/RelativeTime';
import { AskReviewers } from './AskReviewers';
import { BlockerList } from './BlockerList';
import { StatusActions } from './StatusActions';
import { VerdictForm } from './VerdictForm';

const STATE_WORDS = {
  pending: 'waiting',
  approved: 'approved',
  'changes-requested': 'asked for changes',
} as const;

const VERDICT_WORDS = {
  approved: 'approved',
  'changes-requested': 'requested changes',
  commented: 'commented',
} as const;

/** Whether a role may give verdicts and decide (reviewers and admins). */
export function canReview(role: Role | null): boolean {
  return role === 'reviewer' || role === 'admin';
}

/**
 * The review of a document: who is asked and where each stands, every verdict (dismissed ones
 * marked), what blocks approval now in words, and the moves the caller's role allows. The server
 * refuses what the role does not allow anyway; the panel only hides what would be refused.
 */
export function ReviewPanel({
  doc,
  review,
  role,
  onChanged,
}: {
  doc: DocumentDetail;
  review: ApiState<ReviewState>;
  role: Role | null;
  onChanged: () => void;
}) {
  const r = review.data;
  const [error, setError] = useState<ApiProblem | null>(null);
  const removeReviewer = async (username: string) => {
    setError(null);
    try {
      await api(`/api/v1/documents/${doc.id}/review-requests/${username}`, { method: 'DELETE' });
      onChanged();
    } catch (failure) {
      if (failure instanceof ApiProblem) setError(failure);
    }
  };
  const author = role === 'author' || canReview(role);
  return (
    <section className="panel review-panel" aria-labelledby="review-heading">
      <h2 id="review-heading">Review</h2>
      {review.error && <ProblemMessage problem={review.error} retry={review.reload} />}
      {r && r.status === 'in-review' && (
        <>
          <p className="small">
            {r.approvals} of {r.policy.requiredApprovals} approval
            {r.policy.requiredApprovals === 1 ? '' : 's'} on version {r.version}
          </p>
          {r.reviewers.length > 0 && (
            <ul className="plain-list reviewers" aria-label="Reviewers">
              {r.reviewers.map((p) => (
                <li key={p.username} className={`reviewer reviewer-${p.state}`}>
                  <span>{p.displayName || p.username}</span>{' '}
                  <span className={`badge review-${p.state}`}>{STATE_WORDS[p.state]}</span>
                  {author && p.state === 'pending' && (
                    <button
                      type="button"
                      className="link small"
                      onClick={() => void removeReviewer(p.username)}
                    >
                      no longer ask<span className="visually-hidden"> {p.username}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {author && (
            <AskReviewers
              documentId={doc.id}
              workspace={doc.workspace}
              review={r}
              onDone={onChanged}
            />
          )}
          {r.blockers.length > 0 ? (
            <div className="blocked">
              <h3>What blocks approval</h3>
              <BlockerList blockers={r.blockers} />
            </div>
          ) : (
            <p className="ok-text small">Nothing blocks approval.</p>
          )}
        </>
      )}
      {r && canReview(role) && r.status === 'in-review' && (
        <VerdictForm key={r.version} id={doc.id} version={r.version} onDone={onChanged} />
      )}
      {r && <StatusActions doc={doc} role={role} onDone={onChanged} />}
      {error && <ProblemMessage problem={error} />}
      {r && r.reviews.length > 0 && (
        <>
          <h3>Verdicts</h3>
          <ol className="plain-list verdicts">
            {[...r.reviews].reverse().map((v) => (
              <li key={v.id} className={v.dismissed ? 'dismissed' : undefined}>
                <strong>{v.reviewer.displayName || v.reviewer.username}</strong>{' '}
                {VERDICT_WORDS[v.verdict]} on version {v.version},{' '}
                <RelativeTime iso={v.createdAt} />
                {v.dismissed && (
                  <span className="small muted">
                    {' '}
                    (dismissed{v.dismissedReason ? `: ${v.dismissedReason}` : ''})
                  </span>
                )}
                {v.body && <p className="small verdict-body">{v.body}</p>}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
