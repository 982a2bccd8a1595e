import { type FormEvent, useState } from 'react';
import { ApiProblem, api } from '../api/client';
import type { Blocker, Verdict } from '../api/review-types';
import { ProblemMessage } from '../components/ProblemMessage';
import { BlockerList } from './BlockerList';

/**
 * A reviewer's verdict on the head version: approve, request changes (which needs a word) or
 * comment. An approval the policy refuses comes back as 409 `approval-blocked`; its blockers
 * are shown as a list, not as one sentence.
 */
export function VerdictForm({
  id,
  version,
  onDone,
}: {
  id: string;
  version: number;
  onDone: () => void;
}) {
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<Blocker[] | null>(null);
  const [error, setError] = useState<ApiProblem | null>(null);
  const submit = async (verdict: Verdict) => {
    setBusy(true);
    setRefused(null);
    setError(null);
    try {
      await api(`/api/v1/documents/${id}/reviews`, {
        method: 'POST',
        body: { verdict, version, ...(body.trim() ? { body } : {}) },
      });
      setBody('');
      onDone();
    } catch (failure) {
      if (failure instanceof ApiProblem && failure.code === 'approval-blocked')
        setRefused((failure.body.blockers as Blocker[] | undefined) ?? []);
      else if (failure instanceof ApiProblem) setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit('commented');
  };
  return (
    <form className="verdict-form stacked" onSubmit={onSubmit} aria-label="Your review">
      <label>
        Your review of version {version}
        <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={3} />
      </label>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => void submit('approved')}
        >
          Approve
        </button>
        <button
          type="button"
          disabled={busy || !body.trim()}
          title={body.trim() ? undefined : 'Say what should change'}
          onClick={() => void submit('changes-requested')}
        >
          Request changes
        </button>
        <button type="submit" disabled={busy || !body.trim()}>
          Comment
        </button>
      </div>
      {refused && (
        <div role="alert" className="problem">
          <p>Approval refused by the review policy:</p>
          <BlockerList blockers={refused} />
        </div>
      )}
      {error && <ProblemMessage problem={error} />}
    </form>
  );
}
