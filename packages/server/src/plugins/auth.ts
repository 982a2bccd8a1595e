import { TLSSocket } from 'node:tls';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Acting } from '../command-context.js';
import { compiledQuery } from '../db/compiled-query.js';
import { findApiKey } from '../identity/api-keys.js';
import { actorOf, audit } from '../identity/audit.js';
import {
  type Access,
  allowsInstance,
  allowsInWorkspace,
  type Caller,
  isRole,
  type Role,
  SCOPES,
  type Scope,
} from '../identity/policy.js';
import { sameSecret } from '../identity/secrets.js';
import { findSession, SESSION_COOKIE } from '../identity/sessions.js';
import { findUserByName } from '../identity/users.js';
import { mayReadRestricted } from '../identity/visibility.js';
import { normalizeSubject } from '../tls-config.js';
import { ProblemError } from './problems.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the route needs (identity/policy.ts); every /api/v1 route declares it. */
    access?: Access;
  }
  interface FastifyRequest {
    /** Who is calling; null when nobody signed in. */
    caller: Caller | null;
    /** For a session: the CSRF token its unsafe requests must carry. */
    session: { csrfToken: string } | null;
    /** For workspace and document routes: the workspace and the caller's role in it. */
    workspaceAccess: { workspaceId: string; role: Role | null; restricted?: boolean } | null;
    /** Why the credentials sent are refused (a bad API key), for `authorize` to answer. */
    authFailure: string | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const CSRF_HEADER = 'x-csrf-token';

/** The route's declared access; an /api/v1 route without one is refused (fail closed). */
function accessOf(request: FastifyRequest): Access | undefined {
  const access = request.routeOptions.config?.access;
  if (access) return access;
  // No route matched: the not-found handler answers 404 to anyone.
  if (request.is404) return { public: true };
  return request.url.startsWith('/api/v1/') ? undefined : { public: true };
}

/**
 * Who is calling: `Authorization: Bearer <API key>` or the session cookie. Runs before the rate
 * limit, which then counts per identity; never refuses by itself (`authorize` does, after the
 * rate limit, so that refused requests are counted too).
 */
export const identify = fp(async (app: FastifyInstance) => {
  await app.register(cookie);
  app.decorateRequest('caller', null);
  app.decorateRequest('session', null);
  app.decorateRequest('workspaceAccess', null);
  app.decorateRequest('authFailure', null);
  app.addHook('onRequest', async (request) => {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      // The scraper's METRICS_TOKEN is no API key: no caller, and GET /metrics checks it.
      const metricsToken = app.config.metricsToken;
      if (match && metricsToken && sameSecret(match[1] as string, metricsToken)) return;
      const key = match ? await findApiKey(app.db, match[1] as string) : undefined;
      if (!key) {
        request.authFailure = match
          ? 'The API key is not valid: unknown, revoked or expired'
          : 'Authorization must be “Bearer <API key>”';
        return;
      }
      request.caller = {
        userId: key.user_id,
        username: key.username,
        instanceAdmin: key.instance_admin === 1,
        scopes: key.scopes.split(',').filter((s): s is Scope => SCOPES.includes(s as Scope)),
        keyExpiresAt: key.expires_at,
      };
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await findSession(app.db, token, app.config.session) : undefined;
    if (!session) {
      // A cookie that names no live session: expired, signed out, or tampered with.
      if (token !== undefined) request.authFailure = SESSION_ENDED;
      request.caller = await certificateCaller(app, request);
      return;
    }
    request.caller = {
      userId: session.user_id,
      username: session.username,
      instanceAdmin: session.instance_admin === 1,
      scopes: null,
    };
    request.session = { csrfToken: session.csrf_token };
  });
});

/**
 * Whether the caller may: the route's `config.access` says what it needs. A bad API key is
 * refused everywhere; unsafe requests made with the session cookie must carry the session's
 * CSRF token. Workspace and document routes resolve the caller's role there before validating
 * the request; a caller who may not read the workspace is told that it does not exist.
 */
export const authorize = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', async (request, reply) => {
    const deny = (problem: ProblemError) => refuse(app, request, reply, problem);
    const access = accessOf(request);
    const isPublic = access !== undefined && 'public' in access;
    // A bad API key is refused everywhere; an ended session only where one is needed.
    if (request.authFailure && request.authFailure !== SESSION_ENDED)
      return deny(new ProblemError('unauthenticated', request.authFailure));
    if (
      app.config.tls?.clientCertificates === 'required' &&
      request.url.startsWith('/api/v1/') &&
      !verifiedClientCertificate(request)
    )
      return deny(
        new ProblemError(
          'client-certificate-required',
          'This server requires a client certificate signed by its client CA for the API',
        ),
      );
    if (isPublic) return;
    const caller = request.caller;
    if (!caller)
      return deny(
        new ProblemError(
          'unauthenticated',
          request.authFailure ?? 'Sign in, or send an API key as a Bearer token',
        ),
      );
    // A browser presents a client certificate by itself, as it sends a cookie: a change made with
    // one must come from this site, not from a page elsewhere (Fetch Metadata).
    if (
      !request.session &&
      caller.scopes === null &&
      UNSAFE.has(request.method) &&
      !['same-origin', 'none', undefined].includes(request.headers['sec-fetch-site'] as string)
    )
      return deny(
        new ProblemError(
          'csrf-token-invalid',
          'A change made with a client certificate must not come from another site',
        ),
      );
    if (request.session && UNSAFE.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(sent, request.session.csrfToken))
        return deny(
          new ProblemError(
            'csrf-token-invalid',
            `A change made with the session cookie must send the session's CSRF token in ${CSRF_HEADER} (GET /api/v1/me gives it)`,
          ),
        );
    }
    if (!access)
      return deny(new ProblemError('forbidden', 'This endpoint declares no access policy'));
    if ('instance' in access && !allowsInstance(caller, access.instance))
      return deny(forbidden(caller, access.instance));
  });

  // Before validation: someone who may not use a workspace learns nothing about the request's
  // shape either. Params are still strings here; an id that is not one simply matches nothing.
  app.addHook('preValidation', async (request, reply) => {
    const access = accessOf(request);
    const caller = request.caller;
    if (!access || !caller || !('workspace' in access || 'document' in access)) return;
    const params = request.params as { ws?: string; id?: string };
    const found =
      'workspace' in access
        ? await workspaceRole(app, params.ws ?? '', caller.userId)
        : await documentRole(app, params.id ?? '', caller);
    const permission = 'workspace' in access ? access.workspace : access.document;
    const what = 'workspace' in access ? `workspace “${params.ws}”` : `document ${params.id}`;
    // Someone who may not read it is not told that it exists.
    if (!found || !allowsInWorkspace({ ...caller, scopes: null }, found.role, 'workspace:read'))
      throw new ProblemError('not-found', `No ${what}`);
    if (!allowsInWorkspace(caller, found.role, permission))
      return refuse(app, request, reply, forbidden(caller, permission));
    request.workspaceAccess = found;
  });

  // Every successful read of a confidential document is in the audit log, written before the
  // document leaves. (Callback style: an async hook would cost a promise on every request.)
  app.addHook('onSend', (request, reply, payload, done) => {
    const access = request.workspaceAccess;
    const caller = request.caller;
    if (
      !access?.restricted ||
      !caller ||
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      reply.statusCode >= 400
    )
      return done(null, payload);
    const { id } = request.params as { id: string };
    audit(
      app.db,
      {
        action: 'document.read-confidential',
        actor: actorOf(caller),
        target: { type: 'document', id },
        workspaceId: access.workspaceId,
        details: { route: request.routeOptions.url ?? null, status: reply.statusCode },
      },
      request,
    ).then(
      () => done(null, payload),
      (error: unknown) => done(error as Error),
    );
  });
});

const SESSION_ENDED =
  'Your session has ended (it expired, you signed out, or the cookie is not valid); sign in again';

/**
 * Refuse a request. When it came with credentials (a key, a session cookie, a known caller),
 * the refusal is in the audit log: forged CSRF tokens, ended sessions, revoked keys and too
 * small scopes look like this. Requests with no credentials at all are not logged (crawlers).
 */
async function refuse(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  problem: ProblemError,
): Promise<never> {
  if (problem.code === 'unauthenticated')
    reply.header('www-authenticate', 'Bearer realm="designdoc"');
  if (request.caller || request.authFailure)
    await audit(
      app.db,
      {
        action: 'access.denied',
        actor: request.caller ? actorOf(request.caller) : { id: null, name: null },
        details: {
          problem: problem.code,
          detail: problem.detail,
          method: request.method,
          route: request.routeOptions.url ?? request.url.split('?')[0],
        },
      },
      request,
    );
  throw problem;
}

/** The subject of the verified client certificate the request came with, if any. */
function verifiedClientCertificate(request: FastifyRequest): string | null {
  const socket = request.raw.socket;
  if (!(socket instanceof TLSSocket) || !socket.authorized) return null;
  const certificate = socket.getPeerCertificate();
  if (!certificate?.subject) return null;
  return normalizeSubject(certificate.subject as unknown as Record<string, string>);
}

/**
 * mTLS: a verified client certificate whose subject is mapped (TLS_CLIENT_SUBJECTS) signs in
 * as that account (a service account), when the request sends no other credentials.
 */
async function certificateCaller(
  app: FastifyInstance,
  request: FastifyRequest,
): Promise<Caller | null> {
  const tls = app.config.tls;
  if (!tls || tls.clientCertificates === 'off') return null;
  const subject = verifiedClientCertificate(request);
  const username = subject ? tls.subjects[subject] : undefined;
  if (!username) return null;
  const user = await findUserByName(app.db, username);
  if (!user || user.disabled_at !== null) return null;
  return {
    userId: user.id,
    username: user.username,
    instanceAdmin: user.instance_admin === 1,
    scopes: null,
  };
}

function forbidden(caller: Caller, permission: string): ProblemError {
  return new ProblemError(
    'forbidden',
    caller.scopes
      ? `This needs ${permission}, which your role or this API key's scopes (${caller.scopes.join(', ')}) do not give`
      : `This needs ${permission}, which your role does not give`,
    { permission },
  );
}

/** The workspace a slug names and the user's role there (null: not a member); compiled once. */
const workspaceRoleQuery = compiledQuery((db, slug: string, userId: string) =>
  db
    .selectFrom('workspaces')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'workspaces.id')
        .on('memberships.user_id', '=', userId),
    )
    .select(['workspaces.id as workspace_id', 'memberships.role'])
    .where('workspaces.slug', '=', slug),
);

/** The workspace holding a document and the user's role there; on every document request. */
const documentRoleQuery = compiledQuery((db, id: string, userId: string) =>
  db
    .selectFrom('documents')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.workspace_id', '=', 'documents.workspace_id')
        .on('memberships.user_id', '=', userId),
    )
    .select(['documents.workspace_id', 'documents.restricted', 'memberships.role'])
    .where('documents.id', '=', id),
);

async function workspaceRole(app: FastifyInstance, slug: string, userId: string) {
  const row = await workspaceRoleQuery(app.db, slug, userId);
  return row ? { workspaceId: row.workspace_id, role: roleOf(row.role) } : undefined;
}

/** The document's workspace and the caller's role; undefined when it does not exist or is confidential and not theirs to see. */
async function documentRole(app: FastifyInstance, id: string, caller: Caller) {
  const row = await documentRoleQuery(app.db, id, caller.userId);
  if (!row) return undefined;
  const role = roleOf(row.role);
  const restricted = row.restricted === 1;
  if (restricted && !(await mayReadRestricted(app.db, caller, role, id))) return undefined;
  return { workspaceId: row.workspace_id, role, restricted };
}

function roleOf(value: string | null): Role | null {
  return value !== null && isRole(value) ? value : null;
}

/** The caller of a route that requires one (its access is not public). */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw new ProblemError('unauthenticated', 'Sign in, or send an API key');
  return request.caller;
}

/** The caller of a request as domain commands take it, with the request for the audit log. */
export function actingOf(request: FastifyRequest): Acting {
  return { caller: callerOf(request), request };
}
