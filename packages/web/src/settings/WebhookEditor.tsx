import { type FormEvent, useState } from 'react';
import { ApiProblem, api } from '../api/client';
import type { Webhook, WebhookChanges } from '../api/review-types';
import { ProblemMessage } from '../components/ProblemMessage';
import { hookBody, newSecret, WebhookFields } from './WebhookFields';

/**
 * Edit a hook: its URL, events, format, description and confidential setting (`PATCH`), and
 * its signing secret apart — a new one made in the browser, or one of your own — which is shown
 * once, like a new hook's (the server never shows it again).
 */
export function WebhookEditor({
  base,
  hook,
  onSaved,
  onSecret,
  onClose,
}: {
  base: string;
  hook: Webhook;
  onSaved: () => void;
  onSecret: (secret: string) => void;
  onClose: () => void;
}) {
  const [error, setError] = useState<ApiProblem | null>(null);
  const [ownSecret, setOwnSecret] = useState(false);
  const patch = async (body: WebhookChanges) => {
    setError(null);
    try {
      await api(`${base}/${hook.id}`, { method: 'PATCH', body });
      onSaved();
      return true;
    } catch (failure) {
      if (failure instanceof ApiProblem) setError(failure);
      return false;
    }
  };
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await patch(hookBody(event.currentTarget))) onClose();
  };
  const replaceSecret = async (secret: string) => {
    if (await patch({ secret })) {
      onSecret(secret);
      setOwnSecret(false);
    }
  };
  const ownSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void replaceSecret(String(new FormData(event.currentTarget).get('secret')));
  };
  return (
    <div className="webhook-editor">
      <form
        className="stacked"
        onSubmit={(e) => void save(e)}
        aria-label={`Edit the webhook ${hook.url}`}
      >
        <WebhookFields hook={hook} />
        <div className="button-row">
          <button type="submit" className="primary">
            Save the webhook
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
      <h4>Signing secret</h4>
      <p className="small muted">
        Receivers verify deliveries with it. A new one applies to the next delivery; update your
        receiver first.
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void replaceSecret(newSecret())}>
          Generate a new secret
        </button>
        <button type="button" aria-expanded={ownSecret} onClick={() => setOwnSecret(!ownSecret)}>
          Use my own secret…
        </button>
      </div>
      {ownSecret && (
        <form className="stacked" onSubmit={ownSubmit} aria-label="Your own signing secret">
          <label>
            New secret (16 to 200 characters)
            <input name="secret" required minLength={16} maxLength={200} autoComplete="off" />
          </label>
          <button type="submit">Replace the secret</button>
        </form>
      )}
      {error && <ProblemMessage problem={error} />}
    </div>
  );
}
