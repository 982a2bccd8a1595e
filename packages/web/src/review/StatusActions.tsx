import { type FormEvent, useState } from 'react';
import { ApiProblem, api, query } from '../api/client';
import type { Blocker } from '../api/review-types';
import type { DocumentDetail, DocumentPage, MemberList, Role } from '../api/types';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';
import { useSession } from '../session/session';
import { BlockerList } from './BlockerList';
import { type Move, movesFor } from './moves';

/**
 * The status moves the caller's role allows from where the document is: requesting review
 * names reviewers (reviewers and admins of the workspace), superseding names the replacing
 * document, and every move may carry a note for the timeline.
 */
export function StatusActions({
  doc,
  role,
  onDone,
}: {
  doc: DocumentDetail;
  role: Role | null;
  onDone: () => void;
}) {
  const { me } = useSession();
  const moves = movesFor(doc.status, role);
  const [chosen, setChosen] = useState<Move | null>(null);
  const [error, setError] = useState<ApiProblem | null>(null);
  const members = useApi<MemberList>(
    chosen?.to === 'in-review' && doc.status === 'draft'
      ? `/api/v1/workspaces/${doc.workspace}/members`
      : null,
  );
  const candidates = useApi<DocumentPage>(
    chosen?.to === 'superseded'
      ? `/api/v1/documents${query({ workspace: doc.workspace, limit: 200, sort: 'title' })}`
      : null,
  );
  if (moves.length === 0) return null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!chosen) return;
    const data = new FormData(event.currentTarget);
    const comment = String(data.get('comment') ?? '').trim();
    const reviewers = data.getAll('reviewer').map(String);
    const supersededBy = data.get('supersededBy');
    setError(null);
    try {
      await api(`/api/v1/documents/${doc.id}/transitions`, {
        method: 'POST',
        body: {
          to: chosen.to,
          ...(comment ? { comment } : {}),
          ...(reviewers.length ? { reviewers } : {}),
          ...(supersededBy ? { supersededBy: String(supersededBy) } : {}),
        },
      });
      setChosen(null);
      onDone();
    } catch (failure) {
      if (failure instanceof ApiProblem) setError(failure);
    }
  };
  const reviewers = (members.data?.items ?? []).filter(
    (m) => (m.role === 'reviewer' || m.role === 'admin') && m.username !== me?.user.username,
  );
  const blockers = error?.body.blockers as Blocker[] | undefined;
  return (
    <div className="status-actions">
      <div className="button-row">
        {moves.map((m) => (
          <button
            key={m.to}
            type="button"
            className={m.danger ? 'danger' : undefined}
            aria-expanded={chosen?.to === m.to}
            onClick={() => {
              setError(null);
              setChosen(chosen?.to === m.to ? null : m);
            }}
          >
            {m.label}…
          </button>
        ))}
      </div>
      {chosen && (
        <form className="stacked move-form" onSubmit={submit} aria-label={chosen.label}>
          {chosen.to === 'in-review' && doc.status === 'draft' && (
            <fieldset>
              <legend>Reviewers</legend>
              {members.error && <ProblemMessage problem={members.error} />}
              {reviewers.map((m) => (
                <label key={m.username} className="checkbox">
                  <input type="checkbox" name="reviewer" value={m.username} />{' '}
                  {m.displayName ?? m.username} ({m.role})
                </label>
              ))}
              {members.data && reviewers.length === 0 && (
                <p className="muted small">No reviewers in this workspace yet.</p>
              )}
            </fieldset>
          )}
          {chosen.to === 'superseded' && (
            <label>
              Replaced by
              <select name="supersededBy" required>
                <option value="">Choose a document…</option>
                {(candidates.data?.items ?? [])
                  .filter((c) => c.id !== doc.id)
                  .map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.title} ({c.status})
                    </option>
                  ))}
              </select>
            </label>
          )}
          <label>
            Note for the timeline (optional)
            <textarea name="comment" rows={2} maxLength={10_000} />
          </label>
          <button type="submit" className={chosen.danger ? 'danger' : 'primary'}>
            {chosen.label}
          </button>
        </form>
      )}
      {error && <ProblemMessage problem={error} />}
      {blockers && blockers.length > 0 && <BlockerList blockers={blockers} />}
    </div>
  );
}
