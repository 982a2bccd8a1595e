import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { OidcClaims } from './oidc-client.js';
import { findUser, findUserByName, insertUser, isUsername, type UserRow } from './users.js';

const MAX_USERNAME = 40;

/**
 * The user an identity provider's account belongs to, by issuer and subject, made on their
 * first sign-in (no password: they sign in through the provider only). An existing local
 * account is never linked by its name or email, which someone else may hold at the provider.
 * Name and email follow the provider's at every sign-in; the username stays as first made.
 * Run it in a transaction: the user and its identity are made together.
 */
export async function findOrProvisionUser(
  db: Kysely<Database>,
  issuer: string,
  claims: OidcClaims,
  usernameClaim: string,
): Promise<{ user: UserRow; created: boolean }> {
  const now = new Date().toISOString();
  const displayName = stringClaim(claims, 'name');
  const email = stringClaim(claims, 'email') ?? null;
  const identity = await db
    .selectFrom('identities')
    .select(['id', 'user_id'])
    .where('issuer', '=', issuer)
    .where('subject', '=', claims.sub)
    .executeTakeFirst();
  if (identity) {
    await db
      .updateTable('identities')
      .set({ last_sign_in_at: now })
      .where('id', '=', identity.id)
      .execute();
    const user = await findUser(db, identity.user_id);
    if (!user) throw new Error(`identity ${identity.id} has no user`);
    if ((displayName && displayName !== user.display_name) || email !== user.email) {
      const changes = { display_name: displayName ?? user.display_name, email, updated_at: now };
      await db.updateTable('users').set(changes).where('id', '=', user.id).execute();
      return { user: { ...user, ...changes }, created: false };
    }
    return { user, created: false };
  }
  const username = await freeUsername(db, usernameFrom(claims, usernameClaim));
  const user = await insertUser(db, { username, displayName, email, password: null });
  if (!user) throw new Error(`username ${username} was taken meanwhile`);
  await db
    .insertInto('identities')
    .values({
      id: randomUUID(),
      user_id: user.id,
      issuer,
      subject: claims.sub,
      created_at: now,
      last_sign_in_at: now,
    })
    .execute();
  return { user, created: true };
}

/**
 * A username made from the claim configured (`preferred_username` by default), else the email's
 * local part, else `user`: lower case, other characters as `-`, an email's domain left out,
 * at most 40 characters. Not yet checked for being free.
 */
export function usernameFrom(claims: OidcClaims, usernameClaim: string): string {
  for (const value of [stringClaim(claims, usernameClaim), stringClaim(claims, 'email')]) {
    const username = normalise(value ?? '', MAX_USERNAME);
    if (username) return username;
  }
  return 'user';
}

/** `base`, else `base-2`, `base-3` …: the first that no user has. */
async function freeUsername(db: Kysely<Database>, base: string): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const suffix = n === 1 ? '' : `-${n}`;
    const candidate = `${normalise(base, MAX_USERNAME - suffix.length)}${suffix}`;
    if (isUsername(candidate) && !(await findUserByName(db, candidate))) return candidate;
  }
  return `user-${randomUUID().slice(0, 8)}`;
}

function normalise(value: string, max: number): string {
  const local = value.includes('@') ? value.slice(0, value.indexOf('@')) : value;
  const trim = (s: string) => s.replace(/^[^a-z0-9]+/, '').replace(/[^a-z0-9]+$/, '');
  const ascii = local
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-');
  return trim(trim(ascii).slice(0, max));
}

function stringClaim(claims: OidcClaims, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
