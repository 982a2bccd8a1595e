import { type FormEvent, useEffect, useState } from 'react';
import { ApiProblem, api } from '../api/client';
import type { Providers } from '../api/types';
import { useTitle } from '../components/use-title';
import { useSession } from '../session/session';

/**
 * Sign in with a local account, or with single sign-on when the server has it set up. The
 * address the user asked for stays in the bar, so they land there once signed in.
 */
export function SignIn() {
  useTitle('Sign in');
  const { signIn } = useSession();
  const [providers, setProviders] = useState<Providers | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api<Providers>('/api/v1/auth/providers').then(setProviders, () => setProviders(null));
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await signIn(String(form.get('username')), String(form.get('password')));
    } catch (failure) {
      setError(
        failure instanceof ApiProblem ? failure.detail : 'Signing in failed; try again in a moment',
      );
      setBusy(false);
    }
  };

  const returnTo = `${window.location.pathname}${window.location.search}`;
  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <h1>
          <img src="/favicon.svg" alt="" width="32" height="32" /> Sign in to designdoc
        </h1>
        <form onSubmit={submit} aria-describedby={error ? 'sign-in-error' : undefined}>
          <label htmlFor="username">Username</label>
          <input id="username" name="username" autoComplete="username" required />
          <label htmlFor="password">Password</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
          {error && (
            <p id="sign-in-error" role="alert" className="error-text">
              {error}
            </p>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        {providers?.oidc && (
          <>
            <p className="divider">or</p>
            <a
              className="button"
              href={`/api/v1/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`}
            >
              Sign in with {providers.oidc.name}
            </a>
          </>
        )}
        <details className="first-run">
          <summary>First time here?</summary>
          <p>
            On its first start the server creates the instance admin <code>admin</code> and prints
            its password once in the terminal where <code>npm start</code> (
            <code>designdoc serve</code>) runs. Sign in with it, then create accounts with{' '}
            <code>designdoc user create NAME</code> and add them to a workspace under Settings. A
            lost admin password is reset with <code>designdoc user reset-password admin</code>.
          </p>
        </details>
      </div>
    </main>
  );
}
