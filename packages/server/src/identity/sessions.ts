import type { Kysely } from 'kysely';
import { compiledQuery } from '../db/compiled-query.js';
import type { Database } from '../db/database.js';
import { newSecret, tokenHash } from './secrets.js';

/** The cookie that carries a session's token. */
export const SESSION_COOKIE = 'designdoc_session';

/** A session's last-seen time is written at most this often (a write per request costs). */
const TOUCH_EVERY_MS = 60_000;

export interface SessionSettings {
  idleMinutes: number;
  maxAgeHours: number;
}

/** Start a session for a user: the token goes in the cookie, only its hash is stored. */
export async function createSession(
  db: Kysely<Database>,
  userId: string,
  settings: SessionSettings,
  client: { address: string | null; userAgent: string | null },
) {
  const token = newSecret();
  const csrfToken = newSecret();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + settings.maxAgeHours * 3_600_000).toISOString();
  await db
    .insertInto('sessions')
    .values({
      id: tokenHash(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt,
      address: client.address,
      user_agent: client.userAgent?.slice(0, 512) ?? null,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

/** A session by the hash of its token, with its user: on every request, so compiled once. */
const sessionById = compiledQuery((db, id: string) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id as user_id',
      'users.username',
      'users.instance_admin',
      'users.disabled_at',
    ])
    .where('sessions.id', '=', id),
);

/**
 * The live session a cookie's token names, with its user; undefined (and the session deleted)
 * when it has been idle too long or is past its absolute end, or its user is disabled.
 */
export async function findSession(db: Kysely<Database>, token: string, settings: SessionSettings) {
  const id = tokenHash(token);
  const found = await sessionById(db, id);
  if (!found) return undefined;
  const now = Date.now();
  if (!isSessionLive(found, settings, now)) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return undefined;
  }
  if (now - Date.parse(found.last_seen_at) >= TOUCH_EVERY_MS)
    await db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now).toISOString() })
      .where('id', '=', id)
      .execute();
  return found;
}

/** Whether a stored session still signs its user in: not idle too long, not past its end, user not disabled. */
export function isSessionLive(
  session: { last_seen_at: string; expires_at: string; disabled_at: string | null },
  settings: SessionSettings,
  now: number,
): boolean {
  return (
    session.disabled_at === null &&
    now < Date.parse(session.expires_at) &&
    now - Date.parse(session.last_seen_at) < settings.idleMinutes * 60_000
  );
}

export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', tokenHash(token)).execute();
}

/** "Sign out everywhere": end every session of a user; how many there were. */
export async function deleteUserSessions(db: Kysely<Database>, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
