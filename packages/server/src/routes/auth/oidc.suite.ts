import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freePort } from '../../../../../test/free-port.js';
import { createWorkspace } from '../../../test/api.js';
import { locationOf, TestBrowser } from '../../../test/browser.js';
import type { TestDatabaseFactory } from '../../../test/databases.js';
import { startTestIdp, type TestIdp } from '../../../test/oidc-provider.js';
import { startTestApp } from '../../../test/test-app.js';
import type { OidcConfig } from '../../oidc-config.js';

const CLIENT = { clientId: 'designdoc', clientSecret: 'a test-only client secret' };
const ADA = {
  preferred_username: 'Ada.Lovelace',
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  groups: ['eng', 'ops'],
};

/**
 * Follow a sign-in from the app's login URL through the provider's pages (submitting its
 * sign-in form as `account` and its consent form, or following its "abort" link) until the
 * provider sends the browser back to the app's callback. Returns the callback's response.
 */
async function signInAt(
  browser: TestBrowser,
  loginUrl: string,
  account: string,
  { abort = false } = {},
): Promise<{ authorizationUrl: URL; callbackUrl: URL; callback: Response }> {
  const login = await browser.get(loginUrl);
  expect(login.status, await login.clone().text()).toBe(302);
  const authorizationUrl = locationOf(login);
  let response = await browser.get(authorizationUrl);
  for (let step = 0; step < 12; step++) {
    if (response.status >= 300 && response.status < 400) {
      const next = locationOf(response);
      if (next.pathname === '/api/v1/auth/oidc/callback')
        return { authorizationUrl, callbackUrl: next, callback: await browser.get(next) };
      response = await browser.get(next);
      continue;
    }
    const html = await response.text();
    expect(response.status, html).toBe(200);
    if (abort) {
      const href = /href="([^"]*\/abort)"/.exec(html)?.[1];
      response = await browser.get(new URL(href ?? 'missing', response.url));
      continue;
    }
    const action = (/<form[^>]*action="([^"]+)"/.exec(html)?.[1] ?? '').replaceAll('&amp;', '&');
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1] ?? '';
    const fields: Record<string, string> =
      prompt === 'login' ? { prompt, login: account, password: 'anything' } : { prompt };
    response = await browser.post(new URL(action, response.url), fields);
  }
  throw new Error('the sign-in never came back to the app');
}

/** Single sign-on against a real OpenID Connect provider on 127.0.0.1, through real HTTP. */
export function describeOidc(engine: string, factory: TestDatabaseFactory): void {
  describe(`single sign-on (${engine})`, () => {
    let idp: TestIdp;
    let appUrl: string;
    let oidc: OidcConfig;
    let test: Awaited<ReturnType<typeof startTestApp>>;

    beforeAll(async () => {
      appUrl = `http://127.0.0.1:${await freePort()}`;
      idp = await startTestIdp({ ...CLIENT, redirectUri: `${appUrl}/api/v1/auth/oidc/callback` });
      oidc = {
        issuer: idp.issuer,
        ...CLIENT,
        name: 'Example SSO',
        scopes: ['openid', 'profile', 'email', 'groups'],
        usernameClaim: 'preferred_username',
        groupsClaim: 'groups',
        groupRoles: [
          { group: 'eng-leads', workspace: 'eng', role: 'admin' },
          { group: 'eng', workspace: 'eng', role: 'author' },
          { group: 'ops', workspace: 'ops', role: 'viewer' },
          { group: 'eng', workspace: 'nowhere', role: 'admin' },
        ],
      };
    });
    afterAll(async () => {
      await idp?.close();
    });

    beforeEach(async () => {
      idp.accounts.clear();
      idp.accounts.set('ada-sub', { ...ADA });
      test = await startTestApp(factory, { publicUrl: appUrl, oidc });
      await test.anonymous.listen({ port: Number(new URL(appUrl).port), host: '127.0.0.1' });
      await createWorkspace(test.app, 'eng');
      await createWorkspace(test.app, 'ops');
    });
    afterEach(async () => {
      await test?.close();
    });

    const me = (browser: TestBrowser) => browser.get(`${appUrl}/api/v1/me`);
    const auditOf = (action: string) =>
      test.connection.db
        .selectFrom('audit_log')
        .select(['actor', 'details'])
        .where('action', '=', action)
        .orderBy('id')
        .execute();

    it('signs in through the provider, makes the user and grants the mapped memberships', async () => {
      const browser = new TestBrowser();
      const { authorizationUrl, callback } = await signInAt(
        browser,
        `${appUrl}/api/v1/auth/oidc/login?returnTo=${encodeURIComponent('/w/eng?tab=open#top')}`,
        'ada-sub',
      );
      // Authorization code flow with PKCE (S256), state and nonce.
      expect(authorizationUrl.origin).toBe(idp.issuer);
      const query = authorizationUrl.searchParams;
      expect(query.get('response_type')).toBe('code');
      expect(query.get('code_challenge_method')).toBe('S256');
      expect(query.get('code_challenge')).toMatch(/^[\w-]{43}$/);
      expect(query.get('state')).toMatch(/^[\w-]{43}$/);
      expect(query.get('nonce')).toMatch(/^[\w-]{43}$/);
      expect(query.get('redirect_uri')).toBe(`${appUrl}/api/v1/auth/oidc/callback`);

      expect(callback.status, await callback.clone().text()).toBe(302);
      expect(callback.headers.get('location')).toBe('/w/eng?tab=open#top');
      const session = callback.headers
        .getSetCookie()
        .find((c) => c.startsWith('designdoc_session='));
      expect(session).toMatch(
        /^designdoc_session=[\w-]{43}; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/,
      );
      const signedIn = await me(browser);
      expect(signedIn.status).toBe(200);
      expect(await signedIn.json()).toMatchObject({
        user: {
          username: 'ada.lovelace',
          displayName: 'Ada Lovelace',
          email: 'ada@example.com',
          instanceAdmin: false,
        },
        authenticatedBy: 'session',
        memberships: [
          { workspace: 'eng', role: 'author' },
          { workspace: 'ops', role: 'viewer' },
        ],
      });
      const { db } = test.connection;
      const user = await db
        .selectFrom('users')
        .selectAll()
        .where('username', '=', 'ada.lovelace')
        .executeTakeFirstOrThrow();
      expect(user.password_hash).toBeNull();
      expect(
        await db.selectFrom('identities').select(['user_id', 'issuer', 'subject']).execute(),
      ).toEqual([{ user_id: user.id, issuer: idp.issuer, subject: 'ada-sub' }]);
      expect(
        await db
          .selectFrom('memberships')
          .select(['role', 'source'])
          .where('user_id', '=', user.id)
          .orderBy('role')
          .execute(),
      ).toEqual([
        { role: 'author', source: 'oidc' },
        { role: 'viewer', source: 'oidc' },
      ]);
      // The sign-in in progress is gone once used.
      expect(await db.selectFrom('oidc_logins').selectAll().execute()).toEqual([]);
      const succeeded = await auditOf('sign-in.succeeded');
      expect(succeeded.map((e) => [e.actor, JSON.parse(e.details)])).toEqual([
        ['ada.lovelace', { method: 'oidc' }],
      ]);
      const created = (await auditOf('user.created')).map((e) => JSON.parse(e.details));
      expect(created.filter((d) => d.source === 'oidc')).toEqual([
        { username: 'ada.lovelace', source: 'oidc', subject: 'ada-sub' },
      ]);
      expect((await auditOf('membership.changed')).map((e) => JSON.parse(e.details))).toEqual([
        { username: 'ada.lovelace', from: null, to: 'author', source: 'oidc' },
        { username: 'ada.lovelace', from: null, to: 'viewer', source: 'oidc' },
      ]);
    });

    it('signs the same user in again, and follows group changes at the provider', async () => {
      const first = new TestBrowser();
      await signInAt(first, `${appUrl}/api/v1/auth/oidc/login`, 'ada-sub');
      const firstUser = (await (await me(first)).json()).user;
      // A membership made by hand is the admin's, not the mapping's, even in a mapped workspace.
      const byHand = await test.app.inject({
        method: 'PUT',
        url: '/api/v1/workspaces/ops/members/ada.lovelace',
        payload: { role: 'reviewer' },
      });
      expect(byHand.statusCode).toBe(200);

      idp.accounts.set('ada-sub', { ...ADA, name: 'Ada King', groups: ['eng-leads'] });
      const second = new TestBrowser();
      const { callback } = await signInAt(second, `${appUrl}/api/v1/auth/oidc/login`, 'ada-sub');
      expect(callback.status).toBe(302);
      expect(callback.headers.get('location')).toBe('/');
      const again = await (await me(second)).json();
      expect(again.user).toMatchObject({ id: firstUser.id, displayName: 'Ada King' });
      expect(again.memberships).toEqual([
        { workspace: 'eng', role: 'admin' },
        { workspace: 'ops', role: 'reviewer' },
      ]);
      expect(await test.connection.db.selectFrom('identities').selectAll().execute()).toHaveLength(
        1,
      );

      idp.accounts.set('ada-sub', { ...ADA, groups: [] });
      await signInAt(new TestBrowser(), `${appUrl}/api/v1/auth/oidc/login`, 'ada-sub');
      const members = await test.app.inject({ url: '/api/v1/workspaces/eng/members' });
      expect(members.json().items.map((m: { username: string }) => m.username)).toEqual(['admin']);
      expect(
        (await auditOf('membership.removed')).map((e) => [e.actor, JSON.parse(e.details)]),
      ).toEqual([
        ['system', { username: 'ada.lovelace', from: 'admin', to: null, source: 'oidc' }],
      ]);
    });

    it('refuses an answer for a sign-in this browser did not start, and a replayed one', async () => {
      const browser = new TestBrowser();
      const started = await browser.get(`${appUrl}/api/v1/auth/oidc/login`);
      expect(started.status).toBe(302);
      const mismatch = await browser.get(
        `${appUrl}/api/v1/auth/oidc/callback?code=stolen&state=not-the-one-sent`,
      );
      expect(mismatch.status).toBe(400);
      expect(mismatch.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect((await mismatch.json()).type).toMatch(/#problem-oidc-state-invalid$/);

      const real = new TestBrowser();
      const { callbackUrl, callback } = await signInAt(
        real,
        `${appUrl}/api/v1/auth/oidc/login`,
        'ada-sub',
      );
      expect(callback.status).toBe(302);
      // Replayed with the state cookie it had: the sign-in was used up.
      const replay = await fetch(callbackUrl, {
        redirect: 'manual',
        headers: { cookie: `designdoc_oidc_state=${callbackUrl.searchParams.get('state')}` },
      });
      expect(replay.status).toBe(400);
      expect(await replay.json()).toMatchObject({
        type: expect.stringMatching(/#problem-oidc-state-invalid$/),
        detail: expect.stringMatching(/already used/),
      });
      // Without the cookie (another browser) it is refused too.
      const elsewhere = await fetch(callbackUrl, { redirect: 'manual' });
      expect(elsewhere.status).toBe(400);
      const failures = await auditOf('sign-in.failed');
      expect(failures.map((e) => JSON.parse(e.details).method)).toEqual(['oidc', 'oidc', 'oidc']);
    });

    it('answers 401 when the provider refuses the sign-in', async () => {
      const browser = new TestBrowser();
      const { callbackUrl, callback } = await signInAt(
        browser,
        `${appUrl}/api/v1/auth/oidc/login`,
        'ada-sub',
        { abort: true },
      );
      expect(callbackUrl.searchParams.get('error')).toBe('access_denied');
      expect(callback.status).toBe(401);
      expect(await callback.json()).toMatchObject({
        type: expect.stringMatching(/#problem-oidc-sign-in-failed$/),
        detail: expect.stringMatching(/refused the sign-in: access_denied/),
      });
      expect(browser.cookies.has('designdoc_session')).toBe(false);
      expect((await auditOf('sign-in.failed')).map((e) => JSON.parse(e.details))).toEqual([
        { method: 'oidc', reason: expect.stringMatching(/access_denied/) },
      ]);
    });

    it('never redirects to another site after signing in', async () => {
      for (const returnTo of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
        const { callback } = await signInAt(
          new TestBrowser(),
          `${appUrl}/api/v1/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`,
          'ada-sub',
        );
        expect(callback.status).toBe(302);
        expect(callback.headers.get('location'), returnTo).toBe('/');
      }
    });

    it('gives single-sign-on users no password, a free username, and refuses disabled ones', async () => {
      // A local account already has the name: the new user gets another, and is not linked to it.
      await test.user('ada.lovelace', { password: 'a long and unusual passphrase' });
      await signInAt(new TestBrowser(), `${appUrl}/api/v1/auth/oidc/login`, 'ada-sub');
      const users = await test.app.inject({ url: '/api/v1/users' });
      expect(users.json().items.map((u: { username: string }) => u.username)).toEqual([
        'ada.lovelace',
        'ada.lovelace-2',
        'admin',
      ]);
      const password = await test.anonymous.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'ada.lovelace-2', password: 'anything at all here' },
      });
      expect(password.statusCode).toBe(401);
      expect(password.json().type).toMatch(/#problem-invalid-credentials$/);

      const disable = await test.app.inject({
        method: 'PATCH',
        url: '/api/v1/users/ada.lovelace-2',
        payload: { disabled: true },
      });
      expect(disable.statusCode).toBe(200);
      const browser = new TestBrowser();
      const { callback } = await signInAt(browser, `${appUrl}/api/v1/auth/oidc/login`, 'ada-sub');
      expect(callback.status).toBe(401);
      expect(await callback.json()).toMatchObject({
        type: expect.stringMatching(/#problem-oidc-sign-in-failed$/),
        detail: 'This account is disabled',
      });
      expect(browser.cookies.has('designdoc_session')).toBe(false);
    });

    it('tells the web app which ways to sign in there are', async () => {
      const providers = await test.anonymous.inject({ url: '/api/v1/auth/providers' });
      expect(providers.json()).toEqual({ password: true, oidc: { name: 'Example SSO' } });
    });
  });

  describe(`single sign-on switched off or out of reach (${engine})`, () => {
    it('answers 404 oidc-not-configured when OIDC_ISSUER is unset', async () => {
      const test = await startTestApp(factory);
      try {
        expect((await test.anonymous.inject({ url: '/api/v1/auth/providers' })).json()).toEqual({
          password: true,
          oidc: null,
        });
        for (const url of ['/api/v1/auth/oidc/login', '/api/v1/auth/oidc/callback?state=x']) {
          const response = await test.anonymous.inject({ url });
          expect(response.statusCode).toBe(404);
          expect(response.json().type).toMatch(/#problem-oidc-not-configured$/);
        }
      } finally {
        await test.close();
      }
    });

    it('answers 502 with the reason when the provider cannot be reached, and keeps serving', async () => {
      const issuer = `http://127.0.0.1:${await freePort()}`;
      const test = await startTestApp(factory, {
        oidc: {
          issuer,
          ...CLIENT,
          name: 'Down',
          scopes: ['openid'],
          usernameClaim: 'preferred_username',
          groupsClaim: null,
          groupRoles: [],
        },
      });
      try {
        for (let attempt = 0; attempt < 2; attempt++) {
          const response = await test.anonymous.inject({ url: '/api/v1/auth/oidc/login' });
          expect(response.statusCode).toBe(502);
          expect(response.json()).toMatchObject({
            type: expect.stringMatching(/#problem-oidc-provider-unavailable$/),
            detail: expect.stringContaining(`from ${issuer}`),
          });
          expect(response.json().detail).toMatch(/ECONNREFUSED|fetch failed/);
        }
        expect((await test.anonymous.inject({ url: '/healthz' })).statusCode).toBe(200);
      } finally {
        await test.close();
      }
    });
  });
}
