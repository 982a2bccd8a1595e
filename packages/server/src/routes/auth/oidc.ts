import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { type AuditEvent, audit } from '../../identity/audit.js';
import { createOidcClient, OidcError } from '../../identity/oidc-client.js';
import { OIDC_LOGIN_TTL_MS, saveOidcLogin, takeOidcLogin } from '../../identity/oidc-logins.js';
import { signInWithOidc } from '../../identity/oidc-sign-in.js';
import { sameSecret } from '../../identity/secrets.js';
import { ProblemError } from '../../plugins/problems.js';
import { safeReturnTo } from './return-to.js';
import { secureCookies, setSessionCookie } from './session-cookie.js';

/** Ties a sign-in to the browser that started it: it holds the state the provider echoes. */
const STATE_COOKIE = 'designdoc_oidc_state';
const OIDC_PATH = '/api/v1/auth/oidc';

/**
 * Single sign-on with the configured OpenID Connect provider: `login` sends the browser there
 * (authorization code flow with PKCE, state and nonce), `callback` checks its answer, finds or
 * makes the user, applies the group mapping and starts the same session as a password sign-in.
 * `providers` tells the web app which ways to sign in there are.
 */
export const oidcRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const settings = app.config.oidc;
  const oidc = settings ? createOidcClient(settings) : null;
  const redirectUri = `${app.config.publicUrl.replace(/\/+$/, '')}${OIDC_PATH}/callback`;
  const configured = () => {
    if (!settings || !oidc)
      throw new ProblemError(
        'oidc-not-configured',
        'Single sign-on is not set up on this server (OIDC_ISSUER is unset); sign in with a password',
      );
    return { settings, oidc };
  };
  const stateCookie = (request: FastifyRequest) => ({
    path: OIDC_PATH,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: secureCookies(request),
  });
  /** Audit the failure and answer with its problem. */
  const failed = async (
    request: FastifyRequest,
    code: 'oidc-state-invalid' | 'oidc-sign-in-failed' | 'oidc-provider-unavailable',
    detail: string,
    actor: AuditEvent['actor'] = { id: null, name: null },
  ) => {
    await audit(
      app.db,
      { action: 'sign-in.failed', actor, details: { method: 'oidc', reason: detail } },
      request,
    );
    return new ProblemError(code, detail);
  };

  /** A redirect response: no body, a `location` header. */
  const redirect = (description: string) =>
    Type.Null({ description, headers: { location: Type.String({ format: 'uri-reference' }) } });

  app.get(
    '/auth/providers',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['auth'],
        description:
          'The ways to sign in here: always a password; single sign-on when OIDC_ISSUER is set, with the name its button shows.',
        response: {
          200: Type.Object({
            password: Type.Literal(true),
            oidc: Type.Union([Type.Object({ name: Type.String() }), Type.Null()]),
          }),
        },
      },
    },
    async () => ({ password: true as const, oidc: settings ? { name: settings.name } : null }),
  );

  app.get(
    '/auth/oidc/login',
    {
      config: { problems: [404, 502], access: { public: true } },
      schema: {
        tags: ['auth'],
        description:
          'Start single sign-on: 302 to the identity provider. `returnTo`, a path on this server, is where the browser lands afterwards (anything else: `/`).',
        querystring: Type.Object({ returnTo: Type.Optional(Type.String({ maxLength: 2000 })) }),
        response: { 302: redirect('To the identity provider’s sign-in page') },
      },
    },
    async (request, reply) => {
      const { oidc } = configured();
      const { url, checks } = await oidc.start(redirectUri).catch((error: unknown) => {
        if (error instanceof OidcError)
          throw new ProblemError('oidc-provider-unavailable', error.message);
        throw error;
      });
      await saveOidcLogin(app.db, checks, safeReturnTo(request.query.returnTo));
      reply.setCookie(STATE_COOKIE, checks.state, {
        ...stateCookie(request),
        maxAge: OIDC_LOGIN_TTL_MS / 1000,
      });
      return reply.redirect(url.href, 302);
    },
  );

  app.get(
    '/auth/oidc/callback',
    {
      config: { problems: [404, 502], access: { public: true } },
      schema: {
        tags: ['auth'],
        description:
          'Where the identity provider sends the browser back: on success, the session cookie and 302 to the `returnTo` of the sign-in. Register this URL (PUBLIC_URL + /api/v1/auth/oidc/callback) at the provider.',
        querystring: Type.Object({
          state: Type.Optional(Type.String()),
          code: Type.Optional(Type.String()),
          error: Type.Optional(Type.String()),
        }),
        response: {
          302: redirect('Signed in: to the `returnTo` of the sign-in, with the session cookie'),
        },
      },
    },
    async (request, reply) => {
      const { settings, oidc } = configured();
      const started = request.cookies[STATE_COOKIE];
      reply.clearCookie(STATE_COOKIE, stateCookie(request));
      const sent = request.query.state;
      if (!started || !sent || !sameSecret(started, sent))
        throw await failed(
          request,
          'oidc-state-invalid',
          'This answer from the identity provider is not for a sign-in started in this browser; sign in again',
        );
      const login = await takeOidcLogin(app.db, started);
      if (!login)
        throw await failed(
          request,
          'oidc-state-invalid',
          'This sign-in was already used or took longer than 10 minutes; sign in again',
        );
      const callbackUrl = new URL(redirectUri);
      const query = request.url.indexOf('?');
      callbackUrl.search = query >= 0 ? request.url.slice(query) : '';
      const claims = await oidc.finish(callbackUrl, login.checks).catch(async (error: unknown) => {
        if (!(error instanceof OidcError)) throw error;
        const code =
          error.kind === 'unavailable' ? 'oidc-provider-unavailable' : 'oidc-sign-in-failed';
        throw await failed(request, code, error.message);
      });
      const signedIn = await signInWithOidc(app.db, settings, app.config.session, claims, request);
      if (!signedIn.session)
        throw await failed(request, 'oidc-sign-in-failed', 'This account is disabled', {
          id: signedIn.user.id,
          name: signedIn.user.username,
        });
      setSessionCookie(request, reply, signedIn.session);
      return reply.redirect(login.returnTo, 302);
    },
  );
};
