import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import {
  openEventStream,
  type SseConnection,
  type SseEvent,
} from '../../../../../test/sse-client.js';
import { createDocument, createWorkspace } from '../../../test/api.js';
import type { TestDatabaseFactory } from '../../../test/databases.js';
import { ADMIN_TOKEN, startTestApp } from '../../../test/test-app.js';
import type { ServerConfig } from '../../config.js';

const MARKDOWN = '# Ledger\n\n## Overview\n\nText.\n';
const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const ADMIN = auth(ADMIN_TOKEN);

const ofType = (type: string, documentId?: string) => (event: SseEvent) =>
  event.event === type &&
  (documentId === undefined || JSON.parse(event.data).document?.id === documentId);

/**
 * Live updates over real HTTP: an app listening on 127.0.0.1, read with `fetch` as a browser's
 * EventSource reads it (the SSE fields, Last-Event-ID on reconnect, cookies).
 */
export function describeLiveUpdates(factory: TestDatabaseFactory): void {
  describe('live updates (server-sent events)', () => {
    let started: Awaited<ReturnType<typeof startTestApp>> | undefined;
    let streams: SseConnection[] = [];
    afterEach(async () => {
      for (const stream of streams) stream.close();
      streams = [];
      await started?.close();
      started = undefined;
    });

    /** An app with workspace `demo` listening on a free loopback port; `open` reads its streams. */
    async function serve(liveUpdates?: Partial<ServerConfig['liveUpdates']>) {
      started = await startTestApp(factory, {
        liveUpdates: {
          streamsPerUser: 20,
          heartbeatMs: 15_000,
          recheckMs: 30_000,
          credentialCheckMs: 1000,
          ...liveUpdates,
        },
      });
      const test = started;
      await createWorkspace(test.app, 'demo');
      const base = await test.anonymous.listen({ port: 0, host: '127.0.0.1' });
      const open = async (path: string, headers: Record<string, string> = ADMIN) => {
        const stream = await openEventStream(`${base}/api/v1${path}`, headers);
        streams.push(stream);
        return stream;
      };
      /** Open a stream and wait until it is live (its `ready`). */
      const live = async (path: string, headers: Record<string, string> = ADMIN) => {
        const stream = await open(path, headers);
        expect(stream.status, stream.text).toBe(200);
        await stream.waitFor(ofType('ready'));
        return stream;
      };
      return { test, base, open, live };
    }

    async function save(app: FastifyInstance, id: string, markdown: string) {
      const current = await app.inject({ method: 'GET', url: `/api/v1/documents/${id}` });
      const response = await app.inject({
        method: 'PUT',
        url: `/api/v1/documents/${id}`,
        headers: { 'content-type': 'text/markdown', 'if-match': current.headers.etag as string },
        payload: markdown,
      });
      expect(response.statusCode, response.body).toBe(200);
    }

    async function archive(app: FastifyInstance, id: string) {
      const response = await app.inject({ method: 'DELETE', url: `/api/v1/documents/${id}` });
      expect(response.statusCode).toBe(204);
    }

    it('streams a new version and an archive to the workspace and the document streams', async () => {
      const { test, live } = await serve();
      const document = await createDocument(test.app, MARKDOWN);
      const other = await createDocument(test.app, MARKDOWN.replace('Ledger', 'Other'));
      const workspace = await live('/workspaces/demo/events');
      const one = await live(`/documents/${document.id}/events`);
      expect(workspace.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(workspace.headers.get('cache-control')).toBe('no-cache, no-transform');

      await save(test.app, other.id, `${MARKDOWN.replace('Ledger', 'Other')}\nMore.\n`);
      await save(test.app, document.id, `${MARKDOWN}\nMore text.\n`);
      await archive(test.app, document.id);

      const updated = await workspace.waitFor(ofType('document.updated', document.id));
      const payload = JSON.parse(updated.data);
      expect(payload).toMatchObject({
        type: 'document.updated',
        workspace: { slug: 'demo' },
        document: { id: document.id, title: 'Ledger', version: 2 },
        actor: { username: 'admin' },
        changes: { version: { from: 1, to: 2 } },
      });
      expect(Number(updated.id)).toBeGreaterThan(0);
      await workspace.waitFor(ofType('document.archived', document.id));
      await workspace.waitFor(ofType('document.updated', other.id));

      // The document's stream: its own events only, in commit order, each id its seq.
      await one.waitFor(ofType('document.archived'));
      const mine = one.events.filter((e) => e.event.startsWith('document.'));
      expect(mine.map((e) => e.event)).toEqual(['document.updated', 'document.archived']);
      expect(mine.every((e) => JSON.parse(e.data).document.id === document.id)).toBe(true);
      expect(Number(mine[1]?.id)).toBeGreaterThan(Number(mine[0]?.id));
    });

    it('replays what a client missed from Last-Event-ID, then goes live', async () => {
      const { test, open, live } = await serve();
      const document = await createDocument(test.app, MARKDOWN);
      const first = await live(`/documents/${document.id}/events`);
      await save(test.app, document.id, `${MARKDOWN}\nOne.\n`);
      const seen = await first.waitFor(ofType('document.updated'));
      first.close();

      // While the client is away: two more versions.
      await save(test.app, document.id, `${MARKDOWN}\nTwo.\n`);
      await save(test.app, document.id, `${MARKDOWN}\nThree.\n`);
      const again = await open(`/documents/${document.id}/events`, {
        ...ADMIN,
        'last-event-id': seen.id as string,
      });
      const ready = await again.waitFor(ofType('ready'));
      const before = again.events.slice(0, again.events.indexOf(ready));
      expect(before.map((e) => JSON.parse(e.data).document.version)).toEqual([3, 4]);
      expect(JSON.parse(ready.data)).toEqual({ replayed: 2 });
      expect(Number(ready.id)).toBeGreaterThanOrEqual(Number(before[1]?.id));
      await archive(test.app, document.id);
      await again.waitFor(ofType('document.archived'));
      expect(again.events.filter(ofType('document.updated'))).toHaveLength(2);

      // A resume point the outbox does not have: the client is told to reload.
      const lost = await open(`/workspaces/demo/events?lastEventId=999999`);
      const reset = await lost.waitFor(ofType('reset'));
      expect(JSON.parse(reset.data)).toMatchObject({ reason: 'unknown-event-id' });
      await lost.waitFor(ofType('ready'));
      const bad = await open('/workspaces/demo/events', { ...ADMIN, 'last-event-id': 'x' });
      expect(bad.status).toBe(400);
    });

    it('says reset when more events were missed than it replays', async () => {
      const { test, open, live } = await serve();
      await createDocument(test.app, MARKDOWN);
      const first = await live('/workspaces/demo/events');
      const ready = await first.waitFor(ofType('ready'));
      // Cheaper than a thousand saves: outbox rows as the routes write them.
      const template = await test.connection.db
        .selectFrom('events')
        .selectAll()
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      const rows = Array.from({ length: 1001 }, (_, i) => ({
        ...template,
        seq: undefined,
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      }));
      for (let i = 0; i < rows.length; i += 100)
        await test.connection.db
          .insertInto('events')
          .values(rows.slice(i, i + 100).map(({ seq: _, ...row }) => row))
          .execute();
      const again = await open('/workspaces/demo/events', {
        ...ADMIN,
        'last-event-id': ready.id as string,
      });
      const reset = await again.waitFor(ofType('reset'));
      expect(JSON.parse(reset.data)).toMatchObject({ reason: 'too-many-missed', limit: 1000 });
      const resumed = await again.waitFor(ofType('ready'));
      expect(Number(resumed.id)).toBe(Number(ready.id) + 1001);
      expect(again.events.filter((e) => e.event.startsWith('document.'))).toEqual([]);
    });

    it('sends a confidential document’s events only to those who may read it', async () => {
      const { test, open, live } = await serve();
      const viewer = await test.user('vera', { ws: 'demo', role: 'viewer' });
      const granted = await test.user('gus', { ws: 'demo', role: 'viewer' });
      const wsAdmin = await test.user('ada', { ws: 'demo', role: 'admin' });
      const created = await test.app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/demo/documents',
        payload: { markdown: MARKDOWN, confidential: { users: ['gus'], groups: [] } },
      });
      expect(created.statusCode, created.body).toBe(201);
      const secret = created.json().id as string;
      const open1 = await createDocument(test.app, MARKDOWN.replace('Ledger', 'Open'));
      const streams = {
        viewer: await live('/workspaces/demo/events', auth(viewer.token)),
        granted: await live('/workspaces/demo/events', auth(granted.token)),
        wsAdmin: await live('/workspaces/demo/events', auth(wsAdmin.token)),
        instanceAdmin: await live('/workspaces/demo/events'),
      };
      await save(test.app, secret, `${MARKDOWN}\nSecret plans.\n`);
      await save(test.app, open1.id, `${MARKDOWN.replace('Ledger', 'Open')}\nPublic.\n`);
      for (const stream of Object.values(streams))
        await stream.waitFor(ofType('document.updated', open1.id));
      // Events leave in commit order: the secret one came first or not at all.
      expect(streams.viewer.events.some(ofType('document.updated', secret))).toBe(false);
      expect(streams.viewer.events.some((e) => e.data.includes('Secret'))).toBe(false);
      for (const who of ['granted', 'wsAdmin', 'instanceAdmin'] as const)
        expect(streams[who].events.some(ofType('document.updated', secret)), who).toBe(true);
      // Its own stream does not exist for the viewer, and a resume does not leak it either.
      expect((await open(`/documents/${secret}/events`, auth(viewer.token))).status).toBe(404);
      expect((await open(`/documents/${secret}/events`, auth(granted.token))).status).toBe(200);
      // Following a confidential document is a read of it, and audited as one.
      const audited = await test.connection.db
        .selectFrom('audit_log')
        .select(['details'])
        .where('action', '=', 'document.read-confidential')
        .where('target_id', '=', secret)
        .execute();
      expect(audited.map((row) => JSON.parse(row.details).route)).toContain(
        '/api/v1/documents/:id/events',
      );
      const resumed = await open('/workspaces/demo/events?lastEventId=0', auth(viewer.token));
      await resumed.waitFor(ofType('ready'));
      expect(resumed.events.some((e) => e.data.includes(secret))).toBe(false);
      expect(resumed.events.some(ofType('document.updated', open1.id))).toBe(true);
    });

    it('does not replay the events a document had before it was made confidential to those it is not shared with', async () => {
      const { test, open } = await serve();
      const document = await createDocument(test.app, MARKDOWN.replace('Ledger', 'Nightjar'));
      const thread = await test.app.inject({
        method: 'POST',
        url: `/api/v1/documents/${document.id}/comments`,
        payload: { section: 'overview', body: 'The takeover is on' },
      });
      expect(thread.statusCode, thread.body).toBe(201);
      const granted = await test.user('gus', { ws: 'demo', role: 'viewer' });
      const restricted = await test.app.inject({
        method: 'PUT',
        url: `/api/v1/documents/${document.id}/access`,
        payload: { restricted: true, users: ['gus'] },
      });
      expect(restricted.statusCode, restricted.body).toBe(200);
      const other = await createDocument(test.app, MARKDOWN.replace('Ledger', 'Open'));
      // Vera joins after the document became confidential; Gus may read it.
      const viewer = await test.user('vera', { ws: 'demo', role: 'viewer' });
      for (const [who, sees] of [
        [viewer, false],
        [granted, true],
      ] as const) {
        const resumed = await open('/workspaces/demo/events?lastEventId=0', auth(who.token));
        await resumed.waitFor(ofType('ready'));
        expect(resumed.events.some(ofType('document.created', other.id))).toBe(true);
        expect(resumed.events.some((e) => e.data.includes('Nightjar'))).toBe(sees);
        expect(resumed.events.some((e) => e.data.includes('takeover'))).toBe(sees);
      }
    });

    it('refuses anonymous callers (401) and non-members (404), and accepts a session cookie', async () => {
      const { test, base, open, live } = await serve();
      const document = await createDocument(test.app, MARKDOWN);
      await createWorkspace(test.app, 'other');
      const outsider = await test.user('olga', { ws: 'other', role: 'admin' });
      const anonymous = await open('/workspaces/demo/events', {});
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect((await open(`/documents/${document.id}/events`, {})).status).toBe(401);
      const notMine = await open('/workspaces/demo/events', auth(outsider.token));
      expect(notMine.status).toBe(404);
      expect(JSON.parse(notMine.text).detail).toBe('No workspace “demo”');
      expect((await open(`/documents/${document.id}/events`, auth(outsider.token))).status).toBe(
        404,
      );

      // What a browser's EventSource sends: the session cookie, no custom headers.
      await test.user('vic', {
        ws: 'demo',
        role: 'viewer',
        password: 'a long enough passphrase 1',
      });
      const login = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'vic', password: 'a long enough passphrase 1' }),
      });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get('set-cookie') as string).split(';')[0] as string;
      const browser = await live('/workspaces/demo/events', { cookie });
      await save(test.app, document.id, `${MARKDOWN}\nSeen by a browser.\n`);
      await browser.waitFor(ofType('document.updated', document.id));
    });

    it('keeps proxies busy with heartbeats and ends a stream whose access is gone', async () => {
      const { test, live } = await serve({ heartbeatMs: 50, recheckMs: 100 });
      const viewer = await test.user('vera', { ws: 'demo', role: 'viewer' });
      const keyed = await test.user('kim', { ws: 'demo', role: 'viewer' });
      const byMembership = await live('/workspaces/demo/events', auth(viewer.token));
      const byKey = await live('/workspaces/demo/events', auth(keyed.token));
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(byMembership.comments).toContain('keep-alive');

      const removed = await test.app.inject({
        method: 'DELETE',
        url: '/api/v1/workspaces/demo/members/vera',
      });
      expect(removed.statusCode).toBe(204);
      await byMembership.ended;
      const keys = await keyed.app.inject({ method: 'GET', url: '/api/v1/api-keys' });
      const revoked = await keyed.app.inject({
        method: 'DELETE',
        url: `/api/v1/api-keys/${keys.json().items[0].id}`,
      });
      expect(revoked.statusCode).toBe(204);
      await byKey.ended;
    });

    it('ends a stream within seconds of its session signing out, its key being revoked or its account disabled', async () => {
      // The periodic re-check of membership stays at 30 s: this is the credentials' own check.
      const { test, base, live } = await serve();
      const password = 'a long enough passphrase 1';
      await test.user('vic', { ws: 'demo', role: 'viewer', password });
      const login = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'vic', password }),
      });
      const cookie = (login.headers.get('set-cookie') as string).split(';')[0] as string;
      const { csrfToken } = await login.json();
      const keyed = await test.user('kim', { ws: 'demo', role: 'viewer' });
      const doomed = await test.user('dan', { ws: 'demo', role: 'viewer' });
      const bySession = await live('/workspaces/demo/events', { cookie });
      const byKey = await live('/workspaces/demo/events', auth(keyed.token));
      const byAccount = await live('/workspaces/demo/events', auth(doomed.token));
      const bystander = await live('/workspaces/demo/events');
      let bystanderEnded = false;
      void bystander.ended.then(() => {
        bystanderEnded = true;
      });
      /** Milliseconds from the end of `action` to the end of the stream; Infinity past 5 s. */
      const endsAfter = async (stream: SseConnection, action: () => Promise<number>) => {
        expect(await action()).toBe(204);
        const startedAt = Date.now();
        const timeout = new Promise<number>((resolve) => setTimeout(resolve, 5000, Infinity));
        return Promise.race([stream.ended.then(() => Date.now() - startedAt), timeout]);
      };

      const signedOut = await endsAfter(bySession, async () => {
        const response = await fetch(`${base}/api/v1/auth/logout`, {
          method: 'POST',
          headers: { cookie, 'x-csrf-token': csrfToken },
        });
        return response.status;
      });
      expect(signedOut).toBeLessThan(3000);
      const revoked = await endsAfter(byKey, async () => {
        const keys = await keyed.app.inject({ method: 'GET', url: '/api/v1/api-keys' });
        const response = await keyed.app.inject({
          method: 'DELETE',
          url: `/api/v1/api-keys/${keys.json().items[0].id}`,
        });
        return response.statusCode;
      });
      expect(revoked).toBeLessThan(3000);
      const disabled = await endsAfter(byAccount, async () => {
        const response = await test.app.inject({
          method: 'PATCH',
          url: '/api/v1/users/dan',
          payload: { disabled: true },
        });
        return response.statusCode === 200 ? 204 : response.statusCode;
      });
      expect(disabled).toBeLessThan(3000);
      // Everyone else's stream goes on.
      const document = await createDocument(test.app, MARKDOWN);
      await bystander.waitFor(ofType('document.created', document.id));
      expect(bystanderEnded).toBe(false);
    });

    it('answers 404 for the stream of an archived document, as for every other read', async () => {
      const { test, open } = await serve();
      const document = await createDocument(test.app, MARKDOWN);
      await archive(test.app, document.id);
      const stream = await open(`/documents/${document.id}/events`);
      expect(stream.status).toBe(404);
      expect(stream.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(stream.text).detail).toBe(`No document ${document.id}`);
    });

    it('caps the streams one user has open, frees a slot on disconnect, and counts them on /metrics', async () => {
      const { test, open, live } = await serve({ streamsPerUser: 2 });
      const gauge = async () => {
        const text = (await test.anonymous.inject({ method: 'GET', url: '/metrics' })).body;
        return /designdoc_event_streams\{kind="workspace"\} (\d+)/.exec(text)?.[1];
      };
      const a = await live('/workspaces/demo/events');
      await live('/workspaces/demo/events');
      expect(await gauge()).toBe('2');
      const third = await open('/workspaces/demo/events');
      expect(third.status).toBe(429);
      expect(JSON.parse(third.text)).toMatchObject({
        type: expect.stringMatching(/#problem-too-many-streams$/),
        limit: 2,
      });
      a.close();
      await expect.poll(gauge).toBe('1');
      await live('/workspaces/demo/events');
    });

    it('ends open streams when the server closes, without keeping the close waiting', async () => {
      const { test, live } = await serve();
      const stream = await live('/workspaces/demo/events');
      const startedAt = Date.now();
      await test.anonymous.close();
      await stream.ended;
      expect(Date.now() - startedAt).toBeLessThan(1500);
    });
  });
}
