import { type FormEvent, useState } from 'react';
import { ApiProblem, api } from '../api/client';
import { EVENT_TYPES, type Webhook } from '../api/review-types';
import type { Workspace } from '../api/types';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';
import { WebhookDeliveries } from './WebhookDeliveries';

/**
 * The workspace's webhooks (workspace admins): create one for chosen events in the native or
 * Slack format (its signing secret shown this once), enable or disable, delete, and each hook's
 * deliveries with redelivery. docs/webhooks.md says how receivers verify signatures.
 */
export function WebhooksPanel({ workspace }: { workspace: Workspace }) {
  const base = `/api/v1/workspaces/${workspace.slug}/webhooks`;
  const hooks = useApi<{ items: Webhook[] }>(base);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
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
    const data = new FormData(form);
    const created = await call<{ webhook: Webhook; secret: string }>(base, 'POST', {
      url: String(data.get('url')),
      description: String(data.get('description') ?? ''),
      events: data.getAll('events').map(String),
      format: String(data.get('format')),
      confidential: data.get('confidential') === 'on',
    });
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
        <label>
          Payload URL
          <input name="url" type="url" required placeholder="https://hooks.example.com/designdoc" />
        </label>
        <label>
          Description
          <input name="description" maxLength={200} />
        </label>
        <fieldset className="event-choices">
          <legend>Events</legend>
          {EVENT_TYPES.map((type) => (
            <label key={type} className="checkbox">
              <input type="checkbox" name="events" value={type} /> {type}
            </label>
          ))}
        </fieldset>
        <label>
          Format
          <select name="format" defaultValue="native">
            <option value="native">designdoc JSON (signed)</option>
            <option value="slack">Slack-compatible incoming webhook</option>
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" name="confidential" /> Also send events of confidential documents
        </label>
        <button type="submit">Add webhook</button>
      </form>
      {error && <ProblemMessage problem={error} />}
    </section>
  );
}
