import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { OidcChecks } from './oidc-client.js';
import { tokenHash } from './secrets.js';

/** How long a browser has to come back from the identity provider. */
export const OIDC_LOGIN_TTL_MS = 10 * 60_000;

/**
 * Keep a sign-in in progress until the provider answers, in the database so that any instance
 * can finish it: by the hash of its state, with its nonce, PKCE verifier and where to go after.
 * Sign-ins left unfinished are swept here too, once expired.
 */
export async function saveOidcLogin(
  db: Kysely<Database>,
  checks: OidcChecks,
  returnTo: string,
): Promise<void> {
  const now = new Date();
  await db.deleteFrom('oidc_logins').where('expires_at', '<', now.toISOString()).execute();
  await db
    .insertInto('oidc_logins')
    .values({
      id: tokenHash(checks.state),
      nonce: checks.nonce,
      code_verifier: checks.codeVerifier,
      return_to: returnTo,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + OIDC_LOGIN_TTL_MS).toISOString(),
    })
    .execute();
}

/**
 * Take the sign-in a state names, once: the row is deleted as it is read, so a second answer
 * with the same state finds nothing. Undefined when unknown, used or expired.
 */
export async function takeOidcLogin(
  db: Kysely<Database>,
  state: string,
): Promise<{ checks: OidcChecks; returnTo: string } | undefined> {
  const id = tokenHash(state);
  const row = await db
    .selectFrom('oidc_logins')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const deleted = await db.deleteFrom('oidc_logins').where('id', '=', id).executeTakeFirst();
  // Another request took it between the two statements: only one may use it.
  if (Number(deleted.numDeletedRows) !== 1) return undefined;
  if (Date.parse(row.expires_at) <= Date.now()) return undefined;
  return {
    checks: { state, nonce: row.nonce, codeVerifier: row.code_verifier },
    returnTo: row.return_to,
  };
}
