import { type FormEvent, useState } from 'react';
import { ApiProblem, api } from '../api/client';
import type { ReviewPolicy } from '../api/review-types';
import type { Workspace } from '../api/types';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';

const SWITCHES: [keyof ReviewPolicy, string][] = [
  ['blockOnErrors', 'Refuse approval while the document has lint errors'],
  ['blockOnOpenQuestions', 'Refuse approval while a question is open'],
  ['allowSelfApproval', 'Let authors approve their own document'],
  ['dismissStaleApprovals', 'A new version dismisses approvals of older ones'],
];

/** The workspace's review policy: members read it, workspace admins change it. */
export function ReviewPolicyPanel({ workspace, admin }: { workspace: Workspace; admin: boolean }) {
  const path = `/api/v1/workspaces/${workspace.slug}/review-policy`;
  const policy = useApi<ReviewPolicy>(path);
  const [error, setError] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: ReviewPolicy = {
      requiredApprovals: Number(data.get('requiredApprovals')),
      requiredReviewers: String(data.get('requiredReviewers') ?? '')
        .split(/[\s,]+/)
        .filter(Boolean),
      allowSelfApproval: data.get('allowSelfApproval') === 'on',
      blockOnErrors: data.get('blockOnErrors') === 'on',
      blockOnOpenQuestions: data.get('blockOnOpenQuestions') === 'on',
      dismissStaleApprovals: data.get('dismissStaleApprovals') === 'on',
      requiredChecks: String(data.get('requiredChecks') ?? '')
        .split(/[\s,]+/)
        .filter(Boolean),
    };
    setError(null);
    setSaved(false);
    try {
      await api(path, { method: 'PUT', body: next });
      setSaved(true);
      policy.reload();
    } catch (failure) {
      if (failure instanceof ApiProblem) setError(failure);
    }
  };
  const p = policy.data;
  return (
    <section className="panel" aria-labelledby="policy-heading">
      <h2 id="policy-heading">Review policy</h2>
      {policy.error && <ProblemMessage problem={policy.error} retry={policy.reload} />}
      {p && (
        <form className="stacked narrow" onSubmit={(e) => void save(e)} key={JSON.stringify(p)}>
          <fieldset disabled={!admin}>
            <legend className="visually-hidden">Review policy of {workspace.name}</legend>
            <label>
              Approvals needed
              <input
                name="requiredApprovals"
                type="number"
                min={0}
                max={20}
                defaultValue={p.requiredApprovals}
              />
            </label>
            <label>
              Reviewers who must approve (usernames, comma separated)
              <input name="requiredReviewers" defaultValue={p.requiredReviewers.join(', ')} />
            </label>
            <label>
              Checks that must pass on the version (names, comma separated, such as check-api)
              <input name="requiredChecks" defaultValue={p.requiredChecks.join(', ')} />
            </label>
            {SWITCHES.map(([key, label]) => (
              <label key={key} className="checkbox">
                <input type="checkbox" name={key} defaultChecked={p[key] as boolean} /> {label}
              </label>
            ))}
            {admin && <button type="submit">Save the policy</button>}
          </fieldset>
          {saved && (
            <p role="status" className="ok-text small">
              Policy saved.
            </p>
          )}
        </form>
      )}
      {error && <ProblemMessage problem={error} />}
    </section>
  );
}
