import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { actorOf, audit } from '../../identity/audit.js';
import { checkNewPassword } from '../../identity/check-new-password.js';
import { workspaceRolesOf } from '../../identity/memberships.js';
import { verifyPassword } from '../../identity/passwords.js';
import type { Role } from '../../identity/policy.js';
import {
  createSession,
  deleteSession,
  deleteUserSessions,
  SESSION_COOKIE,
} from '../../identity/sessions.js';
import { reserveSignInAttempt, signInSucceeded } from '../../identity/sign-in-throttle.js';
import { findUser, findUserByName, publicUser, setPassword } from '../../identity/users.js';
import { callerOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import { ChangePassword, Me, SignedIn, SignIn } from '../common/identity-schemas.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

/**
 * Signing in and out with a local account, and the signed-in caller's own account: `GET /me`,
 * "sign out everywhere", changing their password.
 */
export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/auth/login',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['auth'],
        description:
          'Sign in with a local account: sets the session cookie (HttpOnly, SameSite=Lax) and returns the CSRF token that changes made with it must send. Failed attempts are slowed down with growing delays (429 with Retry-After).',
        body: SignIn,
        response: { 200: SignedIn },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const name = username.trim().toLowerCase();
      // Counted before the password is checked, so that guesses sent at once wait their turn.
      const wait = await reserveSignInAttempt(app.db, name, request.ip);
      if (wait > 0) {
        await audit(
          app.db,
          { action: 'sign-in.throttled', actor: { id: null, name }, details: { wait } },
          request,
        );
        app.metrics.signInFailures.inc({ reason: 'throttled' });
        reply.header('retry-after', String(wait));
        throw new ProblemError(
          'sign-in-throttled',
          `Too many failed sign-ins for this account from here; try again in ${wait} s`,
          { retryAfter: wait },
        );
      }
      const user = await findUserByName(app.db, name);
      const ok = await verifyPassword(user?.password_hash ?? null, password);
      if (!user || !ok || user.disabled_at !== null) {
        await audit(
          app.db,
          {
            action: 'sign-in.failed',
            actor: { id: user?.id ?? null, name },
            details: { method: 'password' },
          },
          request,
        );
        app.metrics.signInFailures.inc({ reason: 'invalid-credentials' });
        throw new ProblemError('invalid-credentials', 'The username or password is wrong');
      }
      await signInSucceeded(app.db, name, request.ip);
      const session = await createSession(app.db, user.id, app.config.session, {
        address: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      await audit(
        app.db,
        {
          action: 'sign-in.succeeded',
          actor: { id: user.id, name: user.username },
          details: { method: 'password' },
        },
        request,
      );
      setSessionCookie(request, reply, session);
      return { user: publicUser(user), csrfToken: session.csrfToken, expiresAt: session.expiresAt };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: { instance: 'signed-in' } },
      schema: {
        tags: ['auth'],
        description: 'Ends this session (with an API key: nothing to end).',
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (request.session && token) {
        await deleteSession(app.db, token);
        await audit(app.db, { action: 'sign-out', actor: actorOf(callerOf(request)) }, request);
      }
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      config: { access: { instance: 'signed-in' } },
      schema: {
        tags: ['auth'],
        description:
          'Who you are: your user, how you signed in (session or API key, with its scopes), the CSRF token of a session, and your role in each workspace.',
        response: { 200: Me },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const user = await findUser(app.db, caller.userId);
      if (!user) throw new ProblemError('unauthenticated', 'This account no longer exists');
      const memberships = await workspaceRolesOf(app.db, caller.userId);
      return {
        user: publicUser(user),
        authenticatedBy: request.session ? ('session' as const) : ('api-key' as const),
        scopes: caller.scopes,
        csrfToken: request.session?.csrfToken ?? null,
        memberships: memberships as { workspace: string; role: Role }[],
      };
    },
  );

  app.delete(
    '/me/sessions',
    {
      config: { access: { instance: 'signed-in:write' } },
      schema: {
        tags: ['auth'],
        description: 'Sign out everywhere: ends every session of your account (API keys stay).',
        response: { 200: Type.Object({ ended: Type.Integer() }) },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const ended = await deleteUserSessions(app.db, caller.userId);
      await audit(
        app.db,
        { action: 'sign-out.everywhere', actor: actorOf(caller), details: { ended } },
        request,
      );
      clearSessionCookie(request, reply);
      return { ended };
    },
  );

  app.put(
    '/me/password',
    {
      config: { access: { instance: 'signed-in:write' } },
      schema: {
        tags: ['auth'],
        description: 'Change your password; every session of your account ends (sign in again).',
        body: ChangePassword,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      // A stolen key must not become a way to guess (and then own) its owner's password.
      if (caller.scopes !== null)
        throw new ProblemError(
          'forbidden',
          'Change a password signed in with it (a session), not with an API key',
          { permission: 'session' },
        );
      const user = await findUser(app.db, caller.userId);
      if (!user) throw new ProblemError('unauthenticated', 'This account no longer exists');
      const { currentPassword, newPassword } = request.body;
      // Guesses here are throttled and audited like sign-ins.
      const wait = await reserveSignInAttempt(app.db, user.username, request.ip);
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw new ProblemError(
          'sign-in-throttled',
          `Too many wrong passwords for this account from here; try again in ${wait} s`,
          { retryAfter: wait },
        );
      }
      if (!(await verifyPassword(user.password_hash, currentPassword))) {
        await audit(
          app.db,
          {
            action: 'sign-in.failed',
            actor: actorOf(caller),
            details: { method: 'password-change' },
          },
          request,
        );
        throw new ProblemError('invalid-credentials', 'The current password is wrong');
      }
      await signInSucceeded(app.db, user.username, request.ip);
      await checkNewPassword(
        newPassword,
        { username: user.username, publicUrl: app.config.publicUrl },
        '/newPassword',
      );
      await setPassword(app.db, user.id, newPassword);
      await audit(
        app.db,
        {
          action: 'password.changed',
          actor: actorOf(caller),
          target: { type: 'user', id: user.id },
        },
        request,
      );
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );
};
