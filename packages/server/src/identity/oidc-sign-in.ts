import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import type { OidcConfig } from '../oidc-config.js';
import { audit } from './audit.js';
import { applyGroupRoles, groupsOf } from './group-roles.js';
import { findOrProvisionUser } from './identities.js';
import type { OidcClaims } from './oidc-client.js';
import { createSession, type SessionSettings } from './sessions.js';
import type { UserRow } from './users.js';

/** How a single sign-on ended: the session it started, or none for a disabled account. */
export interface OidcSignedIn {
  user: UserRow;
  session: Awaited<ReturnType<typeof createSession>> | null;
}

/**
 * Sign in the person an identity provider vouched for (`claims`), in one transaction: find or
 * make their user (audited when made), apply the group mapping, start a session and audit the
 * sign-in. A disabled account gets no session and nothing more is written. Two first sign-ins of
 * one person at once both try to make their account; the unique (issuer, subject) lets one win,
 * and the other, tried again, finds it.
 */
export async function signInWithOidc(
  db: Kysely<Database>,
  sso: Pick<OidcConfig, 'issuer' | 'usernameClaim' | 'groupsClaim' | 'groupRoles'>,
  session: SessionSettings,
  claims: OidcClaims,
  request: Pick<FastifyRequest, 'ip' | 'id' | 'headers'>,
): Promise<OidcSignedIn> {
  const signIn = () =>
    db.transaction().execute(async (trx): Promise<OidcSignedIn> => {
      const { user, created } = await findOrProvisionUser(
        trx,
        sso.issuer,
        claims,
        sso.usernameClaim,
      );
      if (user.disabled_at !== null) return { user, session: null };
      const actor = { id: user.id, name: user.username };
      if (created)
        await audit(
          trx,
          {
            action: 'user.created',
            actor,
            target: { type: 'user', id: user.id },
            details: { username: user.username, source: 'oidc', subject: claims.sub },
          },
          request,
        );
      if (sso.groupsClaim)
        await applyGroupRoles(
          trx,
          user,
          groupsOf(claims[sso.groupsClaim]),
          sso.groupRoles,
          request,
        );
      const started = await createSession(trx, user.id, session, {
        address: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      await audit(
        trx,
        { action: 'sign-in.succeeded', actor, details: { method: 'oidc' } },
        request,
      );
      return { user, session: started };
    });
  return signIn().catch((error: unknown) => {
    if (isUniqueViolation(error) || (error as Error).message?.endsWith('was taken meanwhile'))
      return signIn();
    throw error;
  });
}
