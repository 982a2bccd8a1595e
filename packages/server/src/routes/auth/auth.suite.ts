import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDocument, createWorkspace } from '../../../test/api.js';
import type { TestDatabaseFactory } from '../../../test/databases.js';
import { startTestApp, useTestApp } from '../../../test/test-app.js';
import type { Database } from '../../db/database.js';
import { tokenHash } from '../../identity/secrets.js';

const PASSWORD = 'a long and unusual passphrase';
const MARKDOWN = '# Ledger\n\n## Overview\n\nText.\n';

/** Sign in through the API; the response and the session cookie's `name=value`. */
async function signIn(app: FastifyInstance, username: string, password: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  const setCookie = [response.headers['set-cookie'] ?? []].flat()[0] ?? '';
  return { response, cookie: setCookie.split(';')[0] ?? '', setCookie };
}

/** The stored failure counters that count: key → failures. */
async function failureCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('sign_in_failures')
    .select(['key', 'failures'])
    .where('failures', '>', 0)
    .orderBy('key')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.key, Number(row.failures)]));
}

/** Sign-in, sessions, CSRF, API keys, users, members and the audit log, through the API. */
export function describeAuth(engine: string, factory: TestDatabaseFactory): void {
  describe(`identity (${engine})`, () => {
    const current = useTestApp(factory);

    it('signs in with a session cookie, refuses unsafe requests without the CSRF token, and signs out', async () => {
      const { anonymous, user } = current();
      await user('ada', { password: PASSWORD });
      const { response, cookie, setCookie } = await signIn(anonymous, 'Ada', PASSWORD);
      expect(response.statusCode).toBe(200);
      expect(setCookie).toMatch(
        /^designdoc_session=[\w-]{43}; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/,
      );
      const { csrfToken, user: signedIn } = response.json();
      expect(signedIn).toMatchObject({ username: 'ada', instanceAdmin: false });
      const sessions = await current()
        .connection.db.selectFrom('sessions')
        .select(['id', 'user_id'])
        .execute();
      // Only the token's hash is stored.
      expect(sessions).toEqual([
        { id: tokenHash(cookie.split('=')[1] as string), user_id: signedIn.id },
      ]);

      const me = await anonymous.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
      expect(me.json()).toMatchObject({ authenticatedBy: 'session', csrfToken, scopes: null });
      const create = (headers: Record<string, string>) =>
        anonymous.inject({
          method: 'POST',
          url: '/api/v1/workspaces',
          headers: { cookie, ...headers },
          payload: { slug: 'ada-space', name: 'Ada' },
        });
      const forged = await create({});
      expect(forged.statusCode).toBe(403);
      expect(forged.json().type).toMatch(/#problem-csrf-token-invalid$/);
      expect((await create({ 'x-csrf-token': 'wrong' })).statusCode).toBe(403);
      expect((await create({ 'x-csrf-token': csrfToken })).statusCode).toBe(201);
      // The creator administers the new workspace.
      expect(
        (await anonymous.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).json()
          .memberships,
      ).toEqual([{ workspace: 'ada-space', role: 'admin' }]);

      const out = await anonymous.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: { cookie, 'x-csrf-token': csrfToken },
      });
      expect(out.statusCode).toBe(204);
      expect(String(out.headers['set-cookie'])).toMatch(
        /^designdoc_session=; .*Expires=Thu, 01 Jan 1970/,
      );
      const after = await anonymous.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { cookie },
      });
      expect(after.statusCode).toBe(401);
      expect(after.headers['www-authenticate']).toBe('Bearer realm="designdoc"');
    });

    it('answers a wrong password and an unknown user alike, and slows down guessing without locking the account', async () => {
      const { anonymous, user, connection } = current();
      await user('ada', { password: PASSWORD });
      const wrong = await signIn(anonymous, 'ada', 'not the password at all');
      const unknown = await signIn(anonymous, 'nobody', 'not the password at all');
      expect(wrong.response.statusCode).toBe(401);
      expect(unknown.response.statusCode).toBe(401);
      expect(wrong.response.json().detail).toBe(unknown.response.json().detail);
      await signIn(anonymous, 'ada', 'not the password at all');
      await signIn(anonymous, 'ada', 'not the password at all');
      // Three failures for this account from this address: the next try must wait, even with
      // the right password.
      const throttled = await signIn(anonymous, 'ada', PASSWORD);
      expect(throttled.response.statusCode).toBe(429);
      expect(Number(throttled.response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(throttled.response.json().type).toMatch(/#problem-sign-in-throttled$/);
      // The delay passes (here: the last failure moved back in time) and the account works:
      // a delay, never a lockout.
      await connection.db
        .updateTable('sign_in_failures')
        .set({ last_failure_at: new Date(Date.now() - 10_000).toISOString() })
        .execute();
      expect((await signIn(anonymous, 'ada', PASSWORD)).response.statusCode).toBe(200);
      const audit = await current().app.inject({
        method: 'GET',
        url: '/api/v1/audit?actor=ada',
      });
      expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual([
        'sign-in.succeeded',
        'sign-in.throttled',
        'sign-in.failed',
        'sign-in.failed',
        'sign-in.failed',
      ]);
    });

    it('counts guesses sent all at once one by one: three are checked, the rest and a right password among them wait', async () => {
      const { anonymous, user, connection } = current();
      await user('ada', { password: PASSWORD });
      const burst = Array.from({ length: 40 }, (_, i) =>
        signIn(anonymous, 'ada', `wrong guess number ${i}`),
      );
      // The right password, sent last in the burst: past the three free tries, it waits too.
      burst.push(signIn(anonymous, 'ada', PASSWORD));
      const codes = (await Promise.all(burst)).map((r) => r.response.statusCode);
      expect(codes.filter((code) => code === 401)).toHaveLength(3);
      expect(codes.filter((code) => code === 429)).toHaveLength(38);
      expect(codes.at(-1)).toBe(429);
      const failed = await connection.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'sign-in.failed')
        .execute();
      expect(failed).toHaveLength(3);
      // Every failure is counted, none lost to a concurrent one, none for the tries that waited.
      expect(await failureCounts(connection.db)).toEqual({
        'account:ada': 3,
        'address:127.0.0.1': 3,
        'pair:ada@127.0.0.1': 3,
      });
    });

    it('checks at most ten guesses at one account sent at once from many addresses, and counts each', async () => {
      const proxied = await startTestApp(factory, { trustProxy: ['127.0.0.1'] });
      try {
        await proxied.user('ada', { password: PASSWORD });
        const codes = await Promise.all(
          Array.from({ length: 40 }, async (_, i) => {
            const response = await proxied.anonymous.inject({
              method: 'POST',
              url: '/api/v1/auth/login',
              headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
              payload: { username: 'ada', password: `wrong guess number ${i}` },
            });
            return response.statusCode;
          }),
        );
        expect(codes.filter((code) => code === 401)).toHaveLength(10);
        expect(codes.filter((code) => code === 429)).toHaveLength(30);
        const counts = await failureCounts(proxied.connection.db);
        expect(counts['account:ada']).toBe(10);
        const pairs = Object.entries(counts).filter(([key]) => key.startsWith('pair:'));
        expect(pairs.map(([, failures]) => failures)).toEqual(Array(10).fill(1));
      } finally {
        await proxied.close();
      }
    });

    it('ends sessions when idle too long, past their absolute end, everywhere at once, and on a password change', async () => {
      const { anonymous, user, connection } = current();
      await user('ada', { password: PASSWORD });
      const me = (cookie: string) =>
        anonymous.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
      const idle = await signIn(anonymous, 'ada', PASSWORD);
      await connection.db
        .updateTable('sessions')
        .set({ last_seen_at: new Date(Date.now() - 25 * 3_600_000).toISOString() })
        .execute();
      expect((await me(idle.cookie)).statusCode).toBe(401);
      const old = await signIn(anonymous, 'ada', PASSWORD);
      await connection.db
        .updateTable('sessions')
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .execute();
      expect((await me(old.cookie)).statusCode).toBe(401);

      const laptop = await signIn(anonymous, 'ada', PASSWORD);
      const phone = await signIn(anonymous, 'ada', PASSWORD);
      const everywhere = await anonymous.inject({
        method: 'DELETE',
        url: '/api/v1/me/sessions',
        headers: { cookie: laptop.cookie, 'x-csrf-token': laptop.response.json().csrfToken },
      });
      expect(everywhere.json()).toEqual({ ended: 2 });
      expect((await me(phone.cookie)).statusCode).toBe(401);

      const session = await signIn(anonymous, 'ada', PASSWORD);
      const change = (currentPassword: string, newPassword: string) =>
        anonymous.inject({
          method: 'PUT',
          url: '/api/v1/me/password',
          headers: { cookie: session.cookie, 'x-csrf-token': session.response.json().csrfToken },
          payload: { currentPassword, newPassword },
        });
      expect((await change('wrong password here', 'another long passphrase')).statusCode).toBe(401);
      const weak = await change(PASSWORD, 'qwertyuiop');
      expect(weak.statusCode).toBe(400);
      expect(weak.json()).toMatchObject({
        type: expect.stringMatching(/#problem-weak-password$/),
        errors: [{ in: 'body', pointer: '/newPassword' }],
      });
      expect((await change(PASSWORD, 'short')).json().detail).toBe(
        'The password must be at least 10 characters long',
      );
      expect((await change(PASSWORD, 'another long passphrase')).statusCode).toBe(204);
      expect((await me(session.cookie)).statusCode).toBe(401);
      expect((await signIn(anonymous, 'ada', 'another long passphrase')).response.statusCode).toBe(
        200,
      );
    });

    it('refuses common, breached and name-based passwords with 400 wherever a password is set', async () => {
      const { app, anonymous, user } = current();
      await user('ada', { password: PASSWORD });
      const { cookie, response } = await signIn(anonymous, 'ada', PASSWORD);
      const session = { cookie, 'x-csrf-token': response.json().csrfToken };
      const attempts: [string, (password: string) => ReturnType<FastifyInstance['inject']>][] = [
        [
          '/newPassword',
          (password) =>
            anonymous.inject({
              method: 'PUT',
              url: '/api/v1/me/password',
              headers: session,
              payload: { currentPassword: PASSWORD, newPassword: password },
            }),
        ],
        [
          '/password',
          (password) =>
            app.inject({
              method: 'POST',
              url: '/api/v1/users',
              payload: { username: 'grace', password },
            }),
        ],
        [
          '/password',
          (password) =>
            app.inject({ method: 'PATCH', url: '/api/v1/users/ada', payload: { password } }),
        ],
      ];
      const listed =
        'The password is on a list of common and breached passwords (digits or symbols around it do not change that); choose another';
      const why = {
        'Password1!': listed,
        password123: listed,
        designdoc1:
          'The password is built from “designdoc” (a name guessers try first) with digits or symbols; choose another',
      };
      for (const [pointer, attempt] of attempts)
        for (const [password, detail] of Object.entries(why)) {
          const refused = await attempt(password);
          expect(refused.statusCode, `${pointer} ${password}`).toBe(400);
          expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(refused.json()).toMatchObject({
            type: expect.stringMatching(/#problem-weak-password$/),
            detail,
            errors: [{ in: 'body', pointer }],
          });
        }
      // Nothing was set: the old password still signs in, and there is no grace.
      expect((await signIn(anonymous, 'ada', PASSWORD)).response.statusCode).toBe(200);
      const users = await app.inject({ method: 'GET', url: '/api/v1/users' });
      expect(users.json().items.map((u: { username: string }) => u.username)).not.toContain(
        'grace',
      );
    });

    it('creates API keys shown once and stored as a hash, bounded by scopes, revocable and expiring', async () => {
      const { app, anonymous, connection } = current();
      await createWorkspace(app, 'eng');
      const created = await app.inject({
        method: 'POST',
        url: '/api/v1/api-keys',
        payload: { name: 'CI', scopes: ['read'] },
      });
      expect(created.statusCode).toBe(201);
      const { key, secret } = created.json();
      expect(secret).toMatch(/^ddk_[\w-]{43}$/);
      expect(key).toMatchObject({ name: 'CI', scopes: ['read'], prefix: secret.slice(0, 12) });
      const stored = await connection.db
        .selectFrom('api_keys')
        .selectAll()
        .where('id', '=', key.id)
        .executeTakeFirstOrThrow();
      expect(stored.secret_hash).toBe(tokenHash(secret));
      expect(JSON.stringify(stored)).not.toContain(secret);
      const listed = await app.inject({ method: 'GET', url: '/api/v1/api-keys' });
      expect(listed.body).not.toContain(secret);

      const withKey = (method: 'GET' | 'POST', url: string, payload?: object) =>
        anonymous.inject({
          method,
          url,
          headers: { authorization: `Bearer ${secret}` },
          ...(payload ? { payload } : {}),
        });
      const read = await withKey('GET', '/api/v1/workspaces/eng');
      expect(read.statusCode).toBe(200);
      const used = await connection.db
        .selectFrom('api_keys')
        .select('last_used_at')
        .where('id', '=', key.id)
        .executeTakeFirstOrThrow();
      expect(used.last_used_at).not.toBeNull();
      const write = await withKey('POST', '/api/v1/workspaces/eng/documents', {
        markdown: MARKDOWN,
      });
      expect(write.statusCode).toBe(403);
      expect(write.json().detail).toBe(
        "This needs document:write, which your role or this API key's scopes (read) do not give",
      );
      expect(
        (await withKey('POST', '/api/v1/api-keys', { name: 'wider', scopes: ['write'] }))
          .statusCode,
      ).toBe(403);

      expect(
        (await app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${key.id}` })).statusCode,
      ).toBe(204);
      const revoked = await withKey('GET', '/api/v1/workspaces/eng');
      expect(revoked.statusCode).toBe(401);
      expect(revoked.json().detail).toBe('The API key is not valid: unknown, revoked or expired');
      expect(
        (await app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${key.id}` })).statusCode,
      ).toBe(404);

      const expiring = (
        await app.inject({
          method: 'POST',
          url: '/api/v1/api-keys',
          payload: { name: 'soon', scopes: ['read'], expiresAt: '2999-01-01T00:00:00Z' },
        })
      ).json();
      await connection.db
        .updateTable('api_keys')
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where('id', '=', expiring.key.id)
        .execute();
      expect(
        (
          await anonymous.inject({
            method: 'GET',
            url: '/api/v1/me',
            headers: { authorization: `Bearer ${expiring.secret}` },
          })
        ).statusCode,
      ).toBe(401);
      expect(
        (
          await app.inject({
            method: 'POST',
            url: '/api/v1/api-keys',
            payload: { name: 'past', scopes: ['read'], expiresAt: '2001-01-01T00:00:00Z' },
          })
        ).statusCode,
      ).toBe(400);
      expect(
        (
          await anonymous.inject({
            method: 'GET',
            url: '/api/v1/me',
            headers: { authorization: 'Basic YWRtaW46YWRtaW4=' },
          })
        ).json().detail,
      ).toBe('Authorization must be “Bearer <API key>”');
    });

    it('shows each user only the workspaces they belong to, in lists, search and dashboards', async () => {
      const { app, user } = current();
      await createWorkspace(app, 'alpha');
      await createWorkspace(app, 'beta');
      const markdown = `${MARKDOWN}\n## Open Questions\n\n- Which zebra? — Open\n`;
      await createDocument(app, markdown.replace('Ledger', 'Alpha zebra'), 'alpha');
      const secret = await createDocument(app, markdown.replace('Ledger', 'Beta zebra'), 'beta');
      const ada = await user('ada', { ws: 'alpha', role: 'viewer' });
      const titles = async (url: string) =>
        (await ada.app.inject({ method: 'GET', url }))
          .json()
          .items.map(
            (i: { title?: string; slug?: string; document?: { title: string } }) =>
              i.title ?? i.slug ?? i.document?.title,
          );
      expect(await titles('/api/v1/workspaces')).toEqual(['alpha']);
      expect(await titles('/api/v1/documents')).toEqual(['Alpha zebra']);
      expect(await titles('/api/v1/search?q=zebra')).toEqual(['Alpha zebra']);
      expect(await titles('/api/v1/questions')).toEqual(['Alpha zebra']);
      expect(await titles('/api/v1/decisions')).toEqual([]);
      const hidden = await ada.app.inject({ method: 'GET', url: `/api/v1/documents/${secret.id}` });
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json().detail).toBe(`No document ${secret.id}`);
      const write = await ada.app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/alpha/documents',
        headers: { 'content-type': 'text/markdown' },
        payload: MARKDOWN,
      });
      expect(write.statusCode).toBe(403);
      // The instance admin sees everything.
      expect(
        (await app.inject({ method: 'GET', url: '/api/v1/search?q=zebra' })).json().items,
      ).toHaveLength(2);
    });

    it('lets workspace admins manage members, keeps one admin, and lets them restore archived documents', async () => {
      const { app, user } = current();
      await createWorkspace(app, 'alpha');
      const owner = await user('owner', { ws: 'alpha', role: 'admin' });
      const author = await user('writer', { ws: 'alpha', role: 'author' });
      await user('newcomer');
      const put = (who: FastifyInstance, username: string, role: string) =>
        who.inject({
          method: 'PUT',
          url: `/api/v1/workspaces/alpha/members/${username}`,
          payload: { role },
        });
      expect((await put(author.app, 'newcomer', 'viewer')).statusCode).toBe(403);
      expect((await put(owner.app, 'newcomer', 'reviewer')).json()).toMatchObject({
        username: 'newcomer',
        role: 'reviewer',
      });
      expect((await put(owner.app, 'nobody', 'viewer')).statusCode).toBe(404);
      expect((await put(owner.app, 'newcomer', 'owner')).statusCode).toBe(400);
      // The workspace's creator (the instance admin here) and owner are its admins; demoting
      // both would leave none.
      expect((await put(owner.app, 'admin', 'viewer')).statusCode).toBe(200);
      const last = await put(owner.app, 'owner', 'viewer');
      expect(last.statusCode).toBe(409);
      expect(last.json().detail).toBe(
        'This is the workspace’s last admin; make someone else admin first',
      );
      const members = await owner.app.inject({
        method: 'GET',
        url: '/api/v1/workspaces/alpha/members',
      });
      expect(
        members.json().items.map((m: { username: string; role: string }) => [m.username, m.role]),
      ).toEqual([
        ['admin', 'viewer'],
        ['newcomer', 'reviewer'],
        ['owner', 'admin'],
        ['writer', 'author'],
      ]);

      const document = await createDocument(author.app, MARKDOWN, 'alpha');
      expect(
        (await author.app.inject({ method: 'DELETE', url: `/api/v1/documents/${document.id}` }))
          .statusCode,
      ).toBe(204);
      const restore = (who: FastifyInstance) =>
        who.inject({ method: 'POST', url: `/api/v1/documents/${document.id}/restore` });
      expect((await restore(author.app)).statusCode).toBe(403);
      const restored = await restore(owner.app);
      expect(restored.statusCode).toBe(200);
      expect(restored.json()).toMatchObject({ id: document.id, title: 'Ledger' });
      expect((await restore(owner.app)).statusCode).toBe(409);
      const audit = await app.inject({
        method: 'GET',
        url: `/api/v1/audit?target=${document.id}`,
      });
      expect(
        audit.json().items.map((e: { action: string; actor: string }) => [e.action, e.actor]),
      ).toEqual([
        ['document.restored', 'owner'],
        ['document.archived', 'writer'],
        ['document.created', 'writer'],
      ]);
    });

    it('refuses forged CSRF tokens, ended or tampered sessions, revoked keys and too small scopes with 401/403, each in the audit log', async () => {
      const { app, anonymous, user, connection } = current();
      await createWorkspace(app, 'eng');
      await user('ada', { password: PASSWORD, ws: 'eng', role: 'author' });
      const reader = await user('reader', { ws: 'eng', role: 'author', scopes: ['read'] });
      const { cookie } = await signIn(anonymous, 'ada', PASSWORD);
      const forged = await anonymous.inject({
        method: 'POST',
        url: '/api/v1/workspaces/eng/documents',
        headers: { cookie, 'x-csrf-token': 'forged', 'content-type': 'text/markdown' },
        payload: MARKDOWN,
      });
      expect(forged.statusCode).toBe(403);
      const tampered = await anonymous.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { cookie: `${cookie}x` },
      });
      expect(tampered.statusCode).toBe(401);
      expect(tampered.json().detail).toBe(
        'Your session has ended (it expired, you signed out, or the cookie is not valid); sign in again',
      );
      // An ended session on a public route is simply no session.
      expect(
        (
          await anonymous.inject({
            method: 'GET',
            url: '/api/v1/openapi.json',
            headers: { cookie: `${cookie}x` },
          })
        ).statusCode,
      ).toBe(200);
      const small = await reader.app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/eng/documents',
        headers: { 'content-type': 'text/markdown' },
        payload: MARKDOWN,
      });
      expect(small.statusCode).toBe(403);
      await connection.db
        .updateTable('api_keys')
        .set({ revoked_at: new Date().toISOString() })
        .execute();
      const revoked = await reader.app.inject({ method: 'GET', url: '/api/v1/me' });
      expect(revoked.statusCode).toBe(401);
      // No credentials at all: refused, not logged.
      expect((await anonymous.inject({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
      const denied = await connection.db
        .selectFrom('audit_log')
        .select(['actor', 'details'])
        .where('action', '=', 'access.denied')
        .orderBy('id')
        .execute();
      expect(
        denied.map((d) => {
          const details = JSON.parse(d.details);
          return [d.actor, details.problem, details.method, details.route];
        }),
      ).toEqual([
        ['ada', 'csrf-token-invalid', 'POST', '/api/v1/workspaces/:ws/documents'],
        [null, 'unauthenticated', 'GET', '/api/v1/me'],
        ['reader', 'forbidden', 'POST', '/api/v1/workspaces/:ws/documents'],
        [null, 'unauthenticated', 'GET', '/api/v1/me'],
      ]);
    });

    it('throttles by the client address a trusted proxy forwards, not the proxy’s own', async () => {
      const proxied = await startTestApp(factory, { trustProxy: ['127.0.0.1'] });
      try {
        await proxied.user('ada', { password: PASSWORD });
        const from = (address: string, username: string, password: string) =>
          proxied.anonymous.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            headers: { 'x-forwarded-for': address },
            payload: { username, password },
          });
        // Someone behind the proxy fails ten times on other names: only they are slowed down.
        for (let i = 0; i < 10; i++) await from('203.0.113.9', `nobody${i}`, 'not it at all');
        expect((await from('203.0.113.9', 'ada', PASSWORD)).statusCode).toBe(429);
        expect((await from('198.51.100.7', 'ada', PASSWORD)).statusCode).toBe(200);
        const failed = await proxied.app.inject({
          method: 'GET',
          url: '/api/v1/audit?action=sign-in.failed&limit=1',
        });
        expect(failed.json().items[0].address).toBe('203.0.113.9');
      } finally {
        await proxied.close();
      }
    });

    it('keeps a stolen key from guessing its owner’s password or outliving itself', async () => {
      const { anonymous, user, app } = current();
      const ada = await user('ada', { password: PASSWORD });
      const change = (headers: Record<string, string>, currentPassword: string) =>
        anonymous.inject({
          method: 'PUT',
          url: '/api/v1/me/password',
          headers,
          payload: { currentPassword, newPassword: 'another long passphrase' },
        });
      const byKey = await change({ authorization: `Bearer ${ada.token}` }, PASSWORD);
      expect(byKey.statusCode).toBe(403);
      const { cookie, response } = await signIn(anonymous, 'ada', PASSWORD);
      const session = { cookie, 'x-csrf-token': response.json().csrfToken };
      const codes = [];
      for (let i = 0; i < 4; i++)
        codes.push((await change(session, `wrong guess ${i}`)).statusCode);
      expect(codes).toEqual([401, 401, 401, 429]);
      const failed = await app.inject({
        method: 'GET',
        url: '/api/v1/audit?action=sign-in.failed&actor=ada',
      });
      expect(failed.json().items).toHaveLength(3);
      // A key that expires makes keys that expire no later; a read key makes none.
      const soon = (
        await ada.app.inject({
          method: 'POST',
          url: '/api/v1/api-keys',
          payload: { name: 'short', scopes: ['write'], expiresAt: '2031-01-01T00:00:00Z' },
        })
      ).json();
      const child = await anonymous.inject({
        method: 'POST',
        url: '/api/v1/api-keys',
        headers: { authorization: `Bearer ${soon.secret}` },
        payload: { name: 'child', scopes: ['read'] },
      });
      expect(child.statusCode).toBe(201);
      expect(child.json().key.expiresAt).toBe('2031-01-01T00:00:00.000Z');
      const reader = await user('ada', { scopes: ['read'] });
      expect(
        (
          await reader.app.inject({
            method: 'POST',
            url: '/api/v1/api-keys',
            payload: { name: 'x', scopes: ['read'] },
          })
        ).statusCode,
      ).toBe(403);
      expect(
        (await reader.app.inject({ method: 'DELETE', url: '/api/v1/me/sessions' })).statusCode,
      ).toBe(403);
    });

    it('lets instance admins create and disable accounts, and keeps the audit log read-only', async () => {
      const { app, anonymous, user } = current();
      const create = (payload: object) =>
        app.inject({ method: 'POST', url: '/api/v1/users', payload });
      expect((await create({ username: 'grace', password: 'password123' })).statusCode).toBe(400);
      const grace = await create({ username: 'grace', password: PASSWORD, displayName: 'Grace' });
      expect(grace.statusCode).toBe(201);
      expect(grace.json()).toMatchObject({
        username: 'grace',
        displayName: 'Grace',
        instanceAdmin: false,
      });
      expect(grace.body).not.toContain('argon2');
      expect((await create({ username: 'grace', password: PASSWORD })).statusCode).toBe(409);
      expect((await create({ username: 'Not Valid', password: PASSWORD })).statusCode).toBe(400);
      const session = await signIn(anonymous, 'grace', PASSWORD);
      const key = await user('grace');
      const disabled = await app.inject({
        method: 'PATCH',
        url: '/api/v1/users/grace',
        payload: { disabled: true },
      });
      expect(disabled.json()).toMatchObject({ disabled: true });
      expect(
        (
          await anonymous.inject({
            method: 'GET',
            url: '/api/v1/me',
            headers: { cookie: session.cookie },
          })
        ).statusCode,
      ).toBe(401);
      expect((await key.app.inject({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
      expect((await signIn(anonymous, 'grace', PASSWORD)).response.statusCode).toBe(401);
      const self = await app.inject({
        method: 'PATCH',
        url: '/api/v1/users/admin',
        payload: { instanceAdmin: false },
      });
      expect(self.statusCode).toBe(409);

      const log = await app.inject({ method: 'GET', url: '/api/v1/audit?limit=4' });
      expect(log.statusCode).toBe(200);
      const page = log.json();
      // Newest first: the refused sign-in and the two refused requests of the disabled account.
      expect(page.items.map((e: { action: string }) => e.action)).toEqual([
        'sign-in.failed',
        'access.denied',
        'access.denied',
        'user.updated',
      ]);
      expect(page.items[3]).toMatchObject({
        action: 'user.updated',
        actor: 'admin',
        target: { type: 'user' },
        details: { username: 'grace', disabled: true },
      });
      expect(page.items[3].requestId).toEqual(expect.any(String));
      expect(page.items[3].address).toBe('127.0.0.1');
      const next = await app.inject({
        method: 'GET',
        url: `/api/v1/audit?limit=2&cursor=${page.next}`,
      });
      expect(next.json().items[0].id).toBeLessThan(page.items[1].id);
      for (const method of ['PUT', 'PATCH', 'DELETE'] as const)
        expect((await app.inject({ method, url: '/api/v1/audit' })).statusCode).toBe(404);
      expect((await key.app.inject({ method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(401);
      const viewer = await user('viewer');
      expect((await viewer.app.inject({ method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(
        403,
      );
    });
  });
}
