import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findApiKey } from '../../identity/api-keys.js';
import type { Credential } from '../../identity/live-credentials.js';
import { accountInWorkspace } from '../../identity/memberships.js';
import { isRole, type Role } from '../../identity/policy.js';
import { tokenHash } from '../../identity/secrets.js';
import { findSession, SESSION_COOKIE } from '../../identity/sessions.js';

/**
 * What a long-lived request may still do, asked again while it runs: the credentials it came
 * with (an API key may have been revoked, a session signed out), the account (disabled?) and the
 * caller's role in the workspace. Null when any of them is gone; a caller who is neither a
 * member nor an instance admin any more may not read the workspace.
 */
export async function currentAccess(
  app: FastifyInstance,
  request: FastifyRequest,
  who: { userId: string; workspaceId: string },
): Promise<{ role: Role | null; instanceAdmin: boolean } | null> {
  if (!(await credentialsStillValid(app, request, who.userId))) return null;
  const row = await accountInWorkspace(app.db, who.userId, who.workspaceId);
  if (!row || row.disabled_at !== null) return null;
  const role = row.role !== null && isRole(row.role) ? row.role : null;
  const instanceAdmin = row.instance_admin === 1;
  return role !== null || instanceAdmin ? { role, instanceAdmin } : null;
}

/** The request's API key or session cookie, looked up again (a client certificate stays valid). */
async function credentialsStillValid(
  app: FastifyInstance,
  request: FastifyRequest,
  userId: string,
): Promise<boolean> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const secret = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    const key = secret ? await findApiKey(app.db, secret) : undefined;
    return key?.user_id === userId;
  }
  const token = request.cookies[SESSION_COOKIE];
  // A session identified the caller (else a client certificate did, whatever cookie came along).
  if (request.session !== null && token !== undefined) {
    const session = await findSession(app.db, token, app.config.session);
    return session?.user_id === userId;
  }
  return true;
}

/**
 * What signed this request in, for the open streams' frequent check: the API key it sent, else
 * the session cookie that identified it, else its user (a client certificate).
 */
export function credentialOf(request: FastifyRequest, userId: string): Credential {
  const secret = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
  if (secret !== undefined) return { kind: 'api-key', hash: tokenHash(secret) };
  const token = request.cookies[SESSION_COOKIE];
  if (request.session !== null && token !== undefined)
    return { kind: 'session', hash: tokenHash(token) };
  return { kind: 'user', userId };
}
