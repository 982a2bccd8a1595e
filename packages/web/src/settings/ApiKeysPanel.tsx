import { type FormEvent, useState } from 'react';
import { ApiProblem, api } from '../api/client';
import type { ApiKey, ApiKeyList, CreatedApiKey, NewApiKey } from '../api/types';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';
import { RelativeTime } from '../components/RelativeTime';

const SCOPES = ['read', 'write', 'admin'] as const;

/** Your API keys: create one (its secret shown this once), see when each was used, revoke. */
export function ApiKeysPanel() {
  const keys = useApi<ApiKeyList>('/api/v1/api-keys');
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [error, setError] = useState<ApiProblem | null>(null);

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const scopes = SCOPES.filter((s) => data.get(`scope-${s}`) === 'on');
    setError(null);
    try {
      const created = await api<CreatedApiKey>('/api/v1/api-keys', {
        method: 'POST',
        body: {
          name: String(data.get('name')),
          scopes: scopes.length ? scopes : ['read'],
        } satisfies NewApiKey,
      });
      setSecret({ name: created.key.name, secret: created.secret });
      form.reset();
      keys.reload();
    } catch (failure) {
      if (failure instanceof ApiProblem) setError(failure);
    }
  };
  const revoke = async (key: ApiKey) => {
    setError(null);
    try {
      await api(`/api/v1/api-keys/${key.id}`, { method: 'DELETE' });
      keys.reload();
    } catch (failure) {
      if (failure instanceof ApiProblem) setError(failure);
    }
  };
  const live = (keys.data?.items ?? []).filter((k) => !k.revokedAt);
  return (
    <section className="panel" aria-labelledby="keys-heading">
      <h2 id="keys-heading">Your API keys</h2>
      <p className="muted small">
        For CI and scripts (<code>Authorization: Bearer …</code>). A key never does more than your
        role allows.
      </p>
      {keys.error && <ProblemMessage problem={keys.error} />}
      {live.length > 0 && (
        <table>
          <caption className="visually-hidden">API keys</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Key</th>
              <th scope="col">Scopes</th>
              <th scope="col">Last used</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {live.map((k) => (
              <tr key={k.id}>
                <th scope="row">{k.name}</th>
                <td>
                  <code>{k.prefix}…</code>
                </td>
                <td>{k.scopes.join(', ')}</td>
                <td>{k.lastUsedAt ? <RelativeTime iso={k.lastUsedAt} /> : 'never'}</td>
                <td>
                  <button type="button" className="danger" onClick={() => void revoke(k)}>
                    Revoke<span className="visually-hidden"> {k.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {secret && (
        <div className="notice" role="status">
          <p>
            The secret of “{secret.name}”, shown only now; copy it somewhere safe:{' '}
            <code className="secret">{secret.secret}</code>
          </p>
          <button type="button" className="link" onClick={() => setSecret(null)}>
            I have copied it
          </button>
        </div>
      )}
      <form onSubmit={create} className="inline-form" aria-label="Create an API key">
        <label>
          Name
          <input name="name" required maxLength={100} placeholder="ci-lint" />
        </label>
        <fieldset>
          <legend>Scopes</legend>
          {SCOPES.map((s) => (
            <label key={s} className="checkbox">
              <input type="checkbox" name={`scope-${s}`} defaultChecked={s === 'read'} /> {s}
            </label>
          ))}
        </fieldset>
        <button type="submit">Create key</button>
      </form>
      {error && <ProblemMessage problem={error} />}
    </section>
  );
}
