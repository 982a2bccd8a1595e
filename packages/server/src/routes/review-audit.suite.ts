import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createDocument, createWorkspace } from '../../test/api.js';
import type { TestDatabaseFactory } from '../../test/databases.js';
import { useTestApp } from '../../test/test-app.js';
import { loadServerConfig } from '../config.js';

const MARKDOWN = '# Ledger\n\n## Overview\n\nThe ledger.\n';
const SECRET = '# Project Nightjar\n\n## Overview\n\nThe takeover plan.\n';
const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

function expectProblem(response: LightMyRequestResponse, status: number) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
}

/**
 * An adversarial pass over review, comments, notifications and webhooks: what a caller must
 * not read or change through them, and input that must be a 4xx, never a 500.
 */
export function describeReviewAudit(engine: string, factory: TestDatabaseFactory): void {
  describe(`review, comments and webhooks under attack (${engine})`, () => {
    // Its hooks point at 127.0.0.1:9, which only the operator's allowance lets a hook reach.
    const current = useTestApp(factory, {
      webhooks: { ...loadServerConfig({}, process.cwd()).webhooks, allowPrivate: ['127.0.0.1'] },
    });

    /** Workspace eng: an open document, a confidential one granted to gus, and one member per role. */
    async function world() {
      const test = current();
      await createWorkspace(test.app, 'eng');
      await createWorkspace(test.app, 'other');
      const open = await createDocument(test.app, MARKDOWN, 'eng');
      const viewer = await test.user('vera', { ws: 'eng', role: 'viewer' });
      const author = await test.user('amy', { ws: 'eng', role: 'author' });
      const reviewer = await test.user('rita', { ws: 'eng', role: 'reviewer' });
      const granted = await test.user('gus', { ws: 'eng', role: 'reviewer' });
      const created = await test.app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/eng/documents',
        payload: { markdown: SECRET, confidential: { users: ['gus'], groups: [] } },
      });
      expect(created.statusCode, created.body).toBe(201);
      // Approving takes one approval and nothing else, so that the tests reach every status.
      const policy = await test.app.inject({
        method: 'PUT',
        url: '/api/v1/workspaces/eng/review-policy',
        payload: {
          requiredApprovals: 1,
          requiredReviewers: [],
          allowSelfApproval: false,
          blockOnErrors: false,
          blockOnOpenQuestions: false,
          dismissStaleApprovals: true,
        },
      });
      expect(policy.statusCode, policy.body).toBe(200);
      return {
        ...test,
        open: open.id,
        secret: created.json().id as string,
        viewer,
        author,
        reviewer,
        granted,
      };
    }

    it('keeps a confidential document out of reach of review and comment routes', async () => {
      const { app, secret, open, author, reviewer } = await world();
      const routes = [
        { method: 'GET', url: `/api/v1/documents/${secret}/reviews` },
        { method: 'GET', url: `/api/v1/documents/${secret}/transitions` },
        {
          method: 'POST',
          url: `/api/v1/documents/${secret}/reviews`,
          payload: { verdict: 'commented', body: 'x' },
        },
        {
          method: 'POST',
          url: `/api/v1/documents/${secret}/transitions`,
          payload: { to: 'in-review', reviewers: ['gus'] },
        },
        {
          method: 'POST',
          url: `/api/v1/documents/${secret}/review-requests`,
          payload: { reviewers: ['rita'] },
        },
        { method: 'DELETE', url: `/api/v1/documents/${secret}/review-requests/gus` },
        {
          method: 'POST',
          url: `/api/v1/documents/${secret}/comments`,
          payload: { section: 'overview', body: 'x' },
        },
      ] as const;
      for (const who of [author, reviewer])
        for (const route of routes) expectProblem(await who.app.inject(route), 404);
      // Naming as reviewer someone the document is not shared with.
      const ask = await app.inject({
        method: 'POST',
        url: `/api/v1/documents/${secret}/transitions`,
        payload: { to: 'in-review', reviewers: ['rita'] },
      });
      expectProblem(ask, 400);
      // Superseding with a document the caller cannot see: as if it did not exist.
      await app.inject({
        method: 'POST',
        url: `/api/v1/documents/${open}/transitions`,
        payload: { to: 'in-review', reviewers: ['rita'] },
      });
      const approved = await reviewer.app.inject({
        method: 'POST',
        url: `/api/v1/documents/${open}/reviews`,
        payload: { verdict: 'approved' },
      });
      expect(approved.statusCode, approved.body).toBe(201);
      const supersede = await reviewer.app.inject({
        method: 'POST',
        url: `/api/v1/documents/${open}/transitions`,
        payload: { to: 'superseded', supersededBy: secret },
      });
      expectProblem(supersede, 400);
      expect(supersede.body).not.toContain('Nightjar');
    });

    it('does not show a confidential document in another one’s supersedes list or its title anywhere', async () => {
      const { app, secret, open, viewer, reviewer } = await world();
      // The confidential document is approved, then superseded by the open one (by an admin).
      for (const [to, extra] of [['in-review', { reviewers: ['gus'] }]] as const) {
        const moved = await app.inject({
          method: 'POST',
          url: `/api/v1/documents/${secret}/transitions`,
          payload: { to, ...extra },
        });
        expect(moved.statusCode, moved.body).toBe(200);
      }
      const approved = await current()
        .user('gus')
        .then((gus) =>
          gus.app.inject({
            method: 'POST',
            url: `/api/v1/documents/${secret}/reviews`,
            payload: { verdict: 'approved' },
          }),
        );
      expect(approved.statusCode, approved.body).toBe(201);
      for (const to of ['superseded'] as const) {
        const moved = await app.inject({
          method: 'POST',
          url: `/api/v1/documents/${secret}/transitions`,
          payload: to === 'superseded' ? { to, supersededBy: open } : { to },
        });
        expect(moved.statusCode, moved.body).toBe(200);
      }
      const asAdmin = await app.inject({ url: `/api/v1/documents/${open}/transitions` });
      expect(asAdmin.json().supersedes).toEqual([{ id: secret, title: 'Project Nightjar' }]);
      for (const who of [viewer, reviewer]) {
        const history = await who.app.inject({ url: `/api/v1/documents/${open}/transitions` });
        expect(history.statusCode).toBe(200);
        expect(history.json().supersedes).toEqual([]);
        for (const url of [
          `/api/v1/documents/${open}/reviews`,
          '/api/v1/me/reviews',
          '/api/v1/me/notifications',
          `/api/v1/documents/${open}/comments`,
        ]) {
          const response = await who.app.inject({ url });
          expect(response.statusCode, url).toBe(200);
          expect(response.body, url).not.toContain('Nightjar');
        }
      }
    });

    it('drops /me/reviews and notifications once access is gone', async () => {
      const { app, secret, granted } = await world();
      const ask = await app.inject({
        method: 'POST',
        url: `/api/v1/documents/${secret}/transitions`,
        payload: { to: 'in-review', reviewers: ['gus'] },
      });
      expect(ask.statusCode, ask.body).toBe(200);
      await app.inject({
        method: 'POST',
        url: `/api/v1/documents/${secret}/comments`,
        payload: { section: 'overview', body: 'look @gus' },
      });
      expect((await granted.app.inject({ url: '/api/v1/me/reviews' })).json().items).toHaveLength(
        1,
      );
      expect(
        (await granted.app.inject({ url: '/api/v1/me/notifications' })).json().unreadCount,
      ).toBe(1);
      const revoke = await app.inject({
        method: 'PUT',
        url: `/api/v1/documents/${secret}/access`,
        payload: { restricted: true, users: [] },
      });
      expect(revoke.statusCode, revoke.body).toBe(200);
      expect((await granted.app.inject({ url: '/api/v1/me/reviews' })).json().items).toEqual([]);
      expect((await granted.app.inject({ url: '/api/v1/me/notifications' })).json()).toEqual({
        items: [],
        next: null,
        unreadCount: 0,
      });
      expectProblem(
        await granted.app.inject({
          method: 'POST',
          url: `/api/v1/documents/${secret}/reviews`,
          payload: { verdict: 'approved' },
        }),
        404,
      );
    });

    it('finds no comment, notification, hook or delivery of another document, user or workspace', async () => {
      const { app, open, secret, viewer, author } = await world();
      const thread = await app.inject({
        method: 'POST',
        url: `/api/v1/documents/${secret}/comments`,
        payload: { section: 'overview', body: 'hidden @gus' },
      });
      expect(thread.statusCode).toBe(201);
      const commentId = thread.json().id as string;
      for (const route of [
        { method: 'GET', url: `/api/v1/documents/${open}/comments/${commentId}` },
        {
          method: 'POST',
          url: `/api/v1/documents/${open}/comments/${commentId}/replies`,
          payload: { body: 'x' },
        },
        {
          method: 'PATCH',
          url: `/api/v1/documents/${open}/comments/${commentId}`,
          payload: { body: 'x' },
        },
        { method: 'POST', url: `/api/v1/documents/${open}/comments/${commentId}/resolve` },
      ] as const) {
        const response = await viewer.app.inject(route);
        expectProblem(response, 404);
        expect(response.body).not.toContain('hidden');
      }
      const gus = await current().user('gus');
      const notification = (await gus.app.inject({ url: '/api/v1/me/notifications' })).json()
        .items[0].id as string;
      expectProblem(
        await viewer.app.inject({
          method: 'POST',
          url: `/api/v1/me/notifications/${notification}/read`,
        }),
        404,
      );
      expect((await gus.app.inject({ url: '/api/v1/me/notifications' })).json().unreadCount).toBe(
        1,
      );
      // A hook of workspace other, through eng (whose admin amy is not, but otto is).
      const otto = await current().user('otto', { ws: 'other', role: 'admin' });
      await current().user('otto', { ws: 'eng', role: 'admin' });
      const hook = await otto.app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/other/webhooks',
        payload: { url: 'http://127.0.0.1:9/x', events: ['document.created'] },
      });
      expect(hook.statusCode, hook.body).toBe(201);
      const hookId = hook.json().webhook.id as string;
      const eve = await current().user('eve', { ws: 'eng', role: 'admin' });
      for (const route of [
        { method: 'GET', url: `/api/v1/workspaces/eng/webhooks/${hookId}` },
        {
          method: 'PATCH',
          url: `/api/v1/workspaces/eng/webhooks/${hookId}`,
          payload: { url: 'http://127.0.0.1:9/evil' },
        },
        { method: 'DELETE', url: `/api/v1/workspaces/eng/webhooks/${hookId}` },
        { method: 'GET', url: `/api/v1/workspaces/eng/webhooks/${hookId}/deliveries` },
      ] as const)
        expectProblem(await eve.app.inject(route), 404);
      expectProblem(await author.app.inject({ url: '/api/v1/workspaces/eng/webhooks' }), 403);
      expectProblem(await author.app.inject({ url: '/api/v1/workspaces/other/webhooks' }), 404);
    });

    it('bounds API keys by scope and session cookies by the CSRF token on the new routes', async () => {
      const { app, open } = await world();
      const readOnly = await current().user('rob', { ws: 'eng', role: 'admin', scopes: ['read'] });
      const write = await current().user('wes', { ws: 'eng', role: 'admin', scopes: ['write'] });
      await app.inject({
        method: 'POST',
        url: `/api/v1/documents/${open}/transitions`,
        payload: { to: 'in-review', reviewers: ['rita'] },
      });
      const thread = await app.inject({
        method: 'POST',
        url: `/api/v1/documents/${open}/comments`,
        payload: { section: 'overview', body: 'hi @rob' },
      });
      const commentId = thread.json().id as string;
      const unsafe = [
        { method: 'POST', url: `/api/v1/documents/${open}/transitions`, payload: { to: 'draft' } },
        {
          method: 'POST',
          url: `/api/v1/documents/${open}/reviews`,
          payload: { verdict: 'commented', body: 'x' },
        },
        {
          method: 'POST',
          url: `/api/v1/documents/${open}/review-requests`,
          payload: { reviewers: ['rita'] },
        },
        { method: 'DELETE', url: `/api/v1/documents/${open}/review-requests/rita` },
        {
          method: 'POST',
          url: `/api/v1/documents/${open}/comments`,
          payload: { section: 'overview', body: 'x' },
        },
        { method: 'POST', url: `/api/v1/documents/${open}/comments/${commentId}/resolve` },
        { method: 'POST', url: '/api/v1/me/notifications/read-all' },
        {
          method: 'POST',
          url: '/api/v1/workspaces/eng/webhooks',
          payload: { url: 'http://127.0.0.1:9/x', events: ['document.created'] },
        },
        {
          method: 'PUT',
          url: '/api/v1/workspaces/eng/review-policy',
          payload: {
            requiredApprovals: 0,
            requiredReviewers: [],
            allowSelfApproval: true,
            blockOnErrors: false,
            blockOnOpenQuestions: false,
            dismissStaleApprovals: true,
          },
        },
      ] as const;
      for (const route of unsafe) expectProblem(await readOnly.app.inject(route), 403);
      expectProblem(await write.app.inject(unsafe[7]), 403);
      expectProblem(await write.app.inject({ url: '/api/v1/workspaces/eng/webhooks' }), 403);
      // A session cookie without the CSRF token.
      await current().user('sam', {
        ws: 'eng',
        role: 'admin',
        password: 'a long enough passphrase 42',
      });
      const login = await current().anonymous.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'sam', password: 'a long enough passphrase 42' },
      });
      expect(login.statusCode, login.body).toBe(200);
      const cookie = login.headers['set-cookie'] as string | string[];
      const session = (Array.isArray(cookie) ? cookie : [cookie])
        .map((c) => c.split(';')[0])
        .join('; ');
      for (const route of unsafe) {
        const response = await current().anonymous.inject({
          ...route,
          headers: { cookie: session },
        });
        expect(response.statusCode, route.url).toBe(403);
        expect(response.json().type).toContain('csrf-token-invalid');
      }
    });

    it('answers odd input to the new routes with 4xx problems, never a 500', async () => {
      const { app, open } = await world();
      const hook = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/eng/webhooks',
        payload: { url: 'http://127.0.0.1:9/x', events: ['document.created'] },
      });
      const hookId = hook.json().webhook.id as string;
      await app.inject({
        method: 'POST',
        url: `/api/v1/documents/${open}/transitions`,
        payload: { to: 'in-review', reviewers: ['rita'] },
      });
      const nul = 'a\u0000b';
      const requests = [
        { method: 'GET', url: `/api/v1/me/notifications?cursor=${cursor([1, nul, nul])}` },
        { method: 'GET', url: '/api/v1/me/notifications?cursor=%00%ff' },
        {
          method: 'GET',
          url: `/api/v1/workspaces/eng/webhooks/${hookId}/deliveries?cursor=${cursor([nul, nul])}`,
        },
        {
          method: 'GET',
          url: `/api/v1/workspaces/eng/webhooks/${hookId}/deliveries?cursor=${cursor([1, 2])}`,
        },
        { method: 'GET', url: `/api/v1/audit?cursor=${cursor([nul])}` },
        { method: 'GET', url: `/api/v1/workspaces/eng/webhooks/${encodeURIComponent(nul)}` },
        {
          method: 'GET',
          url: `/api/v1/workspaces/eng/webhooks/${hookId}/deliveries/${encodeURIComponent(nul)}`,
        },
        { method: 'POST', url: '/api/v1/me/notifications/not-a-uuid/read' },
        {
          method: 'DELETE',
          url: `/api/v1/documents/${open}/review-requests/${encodeURIComponent('ü"\u0000')}`,
        },
        {
          method: 'POST',
          url: `/api/v1/documents/${open}/comments`,
          payload: { section: nul, body: 'x' },
        },
        {
          method: 'POST',
          url: `/api/v1/documents/${open}/comments`,
          payload: { section: '"><script>', body: 'x' },
        },
        {
          method: 'POST',
          url: `/api/v1/documents/${open}/comments`,
          payload: { section: 'overview', body: nul },
        },
        {
          method: 'POST',
          url: `/api/v1/documents/${open}/comments`,
          payload: { section: 'overview', quote: nul, body: 'x' },
        },
        {
          method: 'POST',
          url: `/api/v1/documents/${open}/comments`,
          payload: { section: 'overview', body: 'x'.repeat(20_001) },
        },
        {
          method: 'POST',
          url: `/api/v1/documents/${open}/comments`,
          payload: { section: 'overview', body: { toString: 1 } },
        },
        {
          method: 'POST',
          url: `/api/v1/documents/${open}/reviews`,
          payload: { verdict: 'commented', body: nul },
        },
        {
          method: 'POST',
          url: `/api/v1/documents/${open}/transitions`,
          payload: { to: 'draft', comment: nul },
        },
        {
          method: 'POST',
          url: `/api/v1/documents/${open}/transitions`,
          payload: { to: '__proto__' },
        },
        {
          method: 'POST',
          url: '/api/v1/workspaces/eng/webhooks',
          payload: { url: 'http://127.0.0.1:9/x', events: ['document.created'], description: nul },
        },
        {
          method: 'POST',
          url: '/api/v1/workspaces/eng/webhooks',
          payload: { url: `http://127.0.0.1:9/${nul}`, events: ['document.created'] },
        },
        {
          method: 'PATCH',
          url: `/api/v1/workspaces/eng/webhooks/${hookId}`,
          payload: { description: nul },
        },
      ] as const;
      const answers = [];
      for (const request of requests) {
        const response = await app.inject(request);
        answers.push([
          request.method,
          request.url,
          JSON.stringify('payload' in request ? request.payload : null).slice(0, 80),
          response.statusCode < 500 && response.statusCode >= 400,
          response.headers['content-type'],
        ]);
      }
      expect(answers).toEqual(
        answers.map(([m, u, p]) => [m, u, p, true, 'application/problem+json; charset=utf-8']),
      );
    });

    it('refuses webhook URLs with credentials, other schemes and link-local or unspecified hosts, and never shows a secret again', async () => {
      const { app, connection } = await world();
      for (const url of [
        'ftp://example.com/x',
        'file:///etc/passwd',
        'javascript:alert(1)',
        'http://user:pass@example.com/',
        'http://169.254.169.254/latest/meta-data',
        'http://2852039166/',
        'http://0xa9.0xfe.0xa9.0xfe/',
        'http://[fe80::1]/',
        'http://[::ffff:169.254.169.254]/',
        'http://0/',
        'http://[::]/',
        'http://example.com/#x',
      ]) {
        const response = await app.inject({
          method: 'POST',
          url: '/api/v1/workspaces/eng/webhooks',
          payload: { url, events: ['document.created'] },
        });
        expect(response.statusCode, url).toBe(400);
      }
      const created = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/eng/webhooks',
        payload: {
          url: 'http://127.0.0.1:9/x',
          events: ['document.created'],
          secret: 'a-secret-of-twenty-chars',
        },
      });
      expect(created.statusCode).toBe(201);
      const id = created.json().webhook.id as string;
      await app.inject({
        method: 'PATCH',
        url: `/api/v1/workspaces/eng/webhooks/${id}`,
        payload: { secret: 'another-secret-twenty-chars' },
      });
      for (const url of [
        '/api/v1/workspaces/eng/webhooks',
        `/api/v1/workspaces/eng/webhooks/${id}`,
      ]) {
        const body = (await app.inject({ url })).body;
        expect(body).not.toContain('secret-');
        expect(body).not.toContain('twenty');
      }
      const audit = await connection.db.selectFrom('audit_log').select('details').execute();
      expect(JSON.stringify(audit)).not.toContain('twenty');
    });
  });
}
