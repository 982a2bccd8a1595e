import { type FormEvent, useState } from 'react';
import { ApiProblem, api } from '../api/client';
import type { CreatedWebhook, WebhookList } from '../api/review-types';
import type { Workspace } from '../api/types';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';
import { WebhookDeliveries } from './WebhookDeliveries';
import { WebhookEditor } from './WebhookEditor';
import { hookBody, WebhookFields } from './WebhookFields';

/**
 * The workspace's webhooks (workspace admins): create one for chosen events in the native or
 * Slack format (its signing secret shown this once), edit one or replace its secret, enable or
 * disable, delete, and each hook's deliveries with their attempts and redelivery. docs/webhooks.md says how receivers verify signatures.
 */
export function WebhooksPanel({ workspace }: { workspace: Workspace }) {
  const base = `/api/v1/workspaces/${workspace.slug}/webhooks`;
  const hooks = useApi<WebhookList>(base);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<ApiProblem | null>(null);
  const call = async <T,>(path: string, method: string, body?: unknown): Promise<T | null> => {
    setError(null);
    try {
      const result = await api<T>(path, { method, body });
      hooks.reload();
      return result;
    } catch (failure) {
      if (failure instanceof ApiProblem) setError(failure);
      return null;
    }
  };
  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const created = await call<CreatedWebhook>(base, 'POST', hookBody(form));
    if (created) {
      setSecret({ url: created.webhook.url, secret: created.secret });
      form.reset();
    }
  };
  return (
    <section className="panel" aria-labelledby="webhooks-heading">
      <h2 id="webhooks-heading">Webhooks</h2>
      {hooks.error && <ProblemMessage problem={hooks.error} retry={hooks.reload} />}
      {hooks.data && hooks.data.items.length === 0 && <p className="muted">No webhooks yet.</p>}
      <ul className="plain-list webhooks">
        {hooks.data?.items.map((h) => (
          <li key={h.id}>
            <strong className="webhook-url">{h.url}</strong>{' '}
            <span className={`badge ${h.active ? 'delivery-succeeded' : 'delivery-failed'}`}>
              {h.active ? 'active' : 'disabled'}
            </span>
            <div className="small muted">
              {h.description && `${h.description} · `}
              {h.format} · {h.events.join(', ')}
              {h.consecutiveFailures > 0 && ` · ${h.consecutiveFailures} failures in a row`}
            </div>
            {h.disabledReason && <p className="small error-text">Disabled: {h.disabledReason}</p>}
            <div className="button-row">
              <button
                type="button"
                aria-expanded={editing === h.id}
                onClick={() => setEditing(editing === h.id ? null : h.id)}
              >
                Edit<span className="visually-hidden"> {h.url}</span>
              </button>
              <button type="button" onClick={() => setOpen(open === h.id ? null : h.id)}>
                {open === h.id ? 'Hide deliveries' : 'Deliveries'}
              </button>
              <button
                type="button"
                onClick={() => void call(`${base}/${h.id}`, 'PATCH', { active: !h.active })}
              >
                {h.active ? 'Disable' : 'Enable'}
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => void call(`${base}/${h.id}`, 'DELETE')}
              >
                Delete<span className="visually-hidden"> {h.url}</span>
              </button>
            </div>
            {editing === h.id && (
              <WebhookEditor
                base={base}
                hook={h}
                onSaved={hooks.reload}
                onSecret={(value) => setSecret({ url: h.url, secret: value })}
                onClose={() => setEditing(null)}
              />
            )}
            {open === h.id && <WebhookDeliveries workspace={workspace.slug} hook={h} />}
          </li>
        ))}
      </ul>
      {secret && (
        <div className="notice" role="status">
          <p>
            The signing secret of {secret.url}, shown only now:{' '}
            <code className="secret">{secret.secret}</code>
          </p>
          <button type="button" className="link" onClick={() => setSecret(null)}>
            I have copied it
          </button>
        </div>
      )}
      <form className="stacked" onSubmit={(e) => void create(e)} aria-label="Add a webhook">
        <h3>Add a webhook</h3>
        <WebhookFields />
        <button type="submit">Add webhook</button>
      </form>
      {error && <ProblemMessage problem={error} />}
    </section>
  );
}
