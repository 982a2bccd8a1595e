import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { isApiKeyLive } from './api-keys.js';
import { isSessionLive, type SessionSettings } from './sessions.js';

/**
 * What signed a long-lived request in: a session (by the hash of its token), an API key (by the
 * hash of its secret), or a user alone (a client certificate: only the account can end).
 */
export type Credential =
  | { kind: 'session'; hash: string }
  | { kind: 'api-key'; hash: string }
  | { kind: 'user'; userId: string };

/** Ids per query: well under SQLite's 32,766 parameters and PostgreSQL's 65,535. */
const CHUNK = 500;

/**
 * Which of `credentials` still sign their user in (the same objects): sessions not signed out,
 * idle too long or past their end, keys not revoked or expired, accounts not disabled. A few
 * queries for any number of credentials (one per kind per 500), so that every open stream of
 * an instance can be checked each second.
 */
export async function liveCredentials(
  db: Kysely<Database>,
  settings: SessionSettings,
  credentials: readonly Credential[],
  now = Date.now(),
): Promise<Set<Credential>> {
  const live = new Set<Credential>();
  const byKind = <K extends Credential['kind']>(kind: K) =>
    credentials.filter((c): c is Extract<Credential, { kind: K }> => c.kind === kind);
  const sessions = byKind('session');
  const keys = byKind('api-key');
  const users = byKind('user');
  const liveSessions = new Set<string>();
  for (const ids of chunks(unique(sessions.map((c) => c.hash)))) {
    const rows = await db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['sessions.id', 'sessions.last_seen_at', 'sessions.expires_at', 'users.disabled_at'])
      .where('sessions.id', 'in', ids)
      .execute();
    for (const row of rows) if (isSessionLive(row, settings, now)) liveSessions.add(row.id);
  }
  const liveKeys = new Set<string>();
  for (const hashes of chunks(unique(keys.map((c) => c.hash)))) {
    const rows = await db
      .selectFrom('api_keys')
      .innerJoin('users', 'users.id', 'api_keys.user_id')
      .select([
        'api_keys.secret_hash',
        'api_keys.revoked_at',
        'api_keys.expires_at',
        'users.disabled_at',
      ])
      .where('api_keys.secret_hash', 'in', hashes)
      .execute();
    for (const row of rows) if (isApiKeyLive(row, now)) liveKeys.add(row.secret_hash);
  }
  const liveUsers = new Set<string>();
  for (const ids of chunks(unique(users.map((c) => c.userId)))) {
    const rows = await db
      .selectFrom('users')
      .select('id')
      .where('id', 'in', ids)
      .where('disabled_at', 'is', null)
      .execute();
    for (const row of rows) liveUsers.add(row.id);
  }
  for (const c of sessions) if (liveSessions.has(c.hash)) live.add(c);
  for (const c of keys) if (liveKeys.has(c.hash)) live.add(c);
  for (const c of users) if (liveUsers.has(c.userId)) live.add(c);
  return live;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function* chunks(values: string[]): Generator<string[]> {
  for (let i = 0; i < values.length; i += CHUNK) yield values.slice(i, i + CHUNK);
}
