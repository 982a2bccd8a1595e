import { type FormEvent, useState } from 'react';
import { ApiProblem, api } from '../api/client';
import type { ReviewState } from '../api/review-types';
import type { MemberList } from '../api/types';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';
import { useSession } from '../session/session';

/**
 * Ask more reviewers while the document is in review (authors and up): the workspace's reviewers
 * and admins who are not waiting on it already (someone who approved or asked for changes may be
 * asked again), then `POST …/review-requests`.
 */
export function AskReviewers({
  documentId,
  workspace,
  review,
  onDone,
}: {
  documentId: string;
  workspace: string;
  review: ReviewState;
  onDone: () => void;
}) {
  const { me } = useSession();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<ApiProblem | null>(null);
  const members = useApi<MemberList>(
    open ? `/api/v1/workspaces/${encodeURIComponent(workspace)}/members` : null,
  );
  const waiting = new Set(
    review.reviewers.filter((r) => r.state === 'pending').map((r) => r.username),
  );
  const asked = new Set(review.reviewers.map((r) => r.username));
  const candidates = (members.data?.items ?? []).filter(
    (m) =>
      (m.role === 'reviewer' || m.role === 'admin') &&
      m.username !== me?.user.username &&
      !waiting.has(m.username),
  );
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reviewers = new FormData(event.currentTarget).getAll('reviewer').map(String);
    setError(null);
    try {
      await api(`/api/v1/documents/${documentId}/review-requests`, {
        method: 'POST',
        body: { reviewers },
      });
      setOpen(false);
      onDone();
    } catch (failure) {
      if (failure instanceof ApiProblem) setError(failure);
    }
  };
  return (
    <div className="ask-reviewers">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Ask more reviewers…
      </button>
      {open && (
        <form
          className="stacked move-form"
          onSubmit={(e) => void submit(e)}
          aria-label="Ask more reviewers"
        >
          <fieldset>
            <legend>Also ask</legend>
            {members.error && <ProblemMessage problem={members.error} />}
            {candidates.map((m) => (
              <label key={m.username} className="checkbox">
                <input type="checkbox" name="reviewer" value={m.username} />{' '}
                {m.displayName ?? m.username} ({m.role}
                {asked.has(m.username) ? ', again' : ''})
              </label>
            ))}
            {members.data && candidates.length === 0 && (
              <p className="muted small">Every reviewer of this workspace is asked already.</p>
            )}
          </fieldset>
          <button type="submit" className="primary" disabled={candidates.length === 0}>
            Ask them
          </button>
        </form>
      )}
      {error && <ProblemMessage problem={error} />}
    </div>
  );
}
