import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { ApiProblem, api, setCsrfToken, setUnauthenticatedListener } from '../api/client';
import type { Me, Role } from '../api/types';

interface SessionValue {
  /** The signed-in caller; null when nobody is (the app shows the sign-in screen). */
  me: Me | null;
  /** Sign in with a local account; throws the API's problem when refused. */
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** The caller's role in a workspace (instance admins count as admins everywhere). */
  roleIn(workspace: string): Role | null;
}

const SessionContext = createContext<SessionValue | null>(null);

/** The signed-in caller for the whole app; children render only once it is known. */
export function SessionProvider({ children }: { children: (me: Me | null) => ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const current = await api<Me>('/api/v1/me');
      setCsrfToken(current.csrfToken);
      setMe(current);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 401) setMe(null);
      else setFailure((error as Error).message);
    }
  }, []);

  useEffect(() => {
    void load();
    // A session that ends while the app is open (expired, signed out elsewhere) → sign in again.
    setUnauthenticatedListener(() => {
      setCsrfToken(null);
      setMe(null);
    });
    return () => setUnauthenticatedListener(null);
  }, [load]);

  const value: SessionValue = {
    me: me ?? null,
    async signIn(username, password) {
      await api('/api/v1/auth/login', { method: 'POST', body: { username, password } });
      await load();
    },
    async signOut() {
      try {
        await api('/api/v1/auth/logout', { method: 'POST' });
      } finally {
        setCsrfToken(null);
        setMe(null);
      }
    },
    roleIn(workspace) {
      if (!me) return null;
      if (me.user.instanceAdmin) return 'admin';
      return me.memberships.find((m) => m.workspace === workspace)?.role ?? null;
    },
  };

  if (failure)
    return (
      <main className="centered">
        <h1>designdoc cannot reach its server</h1>
        <p role="alert">{failure}</p>
        <button type="button" onClick={() => window.location.reload()}>
          Try again
        </button>
      </main>
    );
  if (me === undefined)
    return (
      <p className="centered muted" aria-live="polite">
        Loading…
      </p>
    );
  return <SessionContext.Provider value={value}>{children(me)}</SessionContext.Provider>;
}

/** The session of the signed-in app (inside SessionProvider). */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** Whether `role` may write documents (authors and up). */
export function canWrite(role: Role | null): boolean {
  return role === 'author' || role === 'reviewer' || role === 'admin';
}
