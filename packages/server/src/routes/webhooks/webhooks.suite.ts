import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  eventually,
  startReceiver,
  type WebhookReceiver,
} from '../../../../../test/webhook-receiver.js';
import { createDocument, createWorkspace } from '../../../test/api.js';
import type { TestDatabaseFactory } from '../../../test/databases.js';
import { useTestApp } from '../../../test/test-app.js';
import type { ServerConfig, WebhookSettings } from '../../config.js';

const MARKDOWN = '# Ledger\n\n## Overview\n\nText.\n';
/** SECRETS_KEY of the test apps. */
export const TEST_SECRETS_KEY = 'a'.repeat(64);
/**
 * Fast retries for tests: three attempts 20–40 ms apart, a hook disabled after three failures in
 * a row; and receivers on 127.0.0.1, which only the operator's allowance lets a hook reach.
 */
export const TEST_WEBHOOK_SETTINGS: WebhookSettings = {
  timeoutMs: 2000,
  maxAttempts: 3,
  retryBaseMs: 40,
  disableAfter: 3,
  initialDelayMs: 0,
  pollMs: 100,
  allowPrivate: ['127.0.0.1'],
};

/**
 * Webhooks as a workspace admin and a receiver see them: what arrives, signed, retried,
 * logged; hooks disabled after failures and enabled again; redelivery; confidential documents;
 * the Slack format; and every bad request answered with a problem.
 */
export function describeWebhooks(
  engine: string,
  factory: TestDatabaseFactory,
  overrides: Partial<ServerConfig> = {},
): void {
  describe(`webhooks (${engine})`, () => {
    const current = useTestApp(factory, {
      secretsKey: TEST_SECRETS_KEY,
      webhooks: TEST_WEBHOOK_SETTINGS,
      ...overrides,
    });
    let receiver: WebhookReceiver;
    beforeEach(async () => {
      receiver = await startReceiver();
      await createWorkspace(current().app, 'alpha');
    });
    afterEach(() => receiver.close());

    const hooksUrl = '/api/v1/workspaces/alpha/webhooks';
    async function addHook(body: Record<string, unknown> = {}, to = receiver) {
      const response = await current().app.inject({
        method: 'POST',
        url: hooksUrl,
        payload: { url: to.url, events: ['document.created', 'document.archived'], ...body },
      });
      expect(response.statusCode, response.body).toBe(201);
      const { webhook, secret } = response.json() as { webhook: { id: string }; secret: string };
      to.secret = secret;
      return webhook.id;
    }
    async function deliveries(hook: string, query = '') {
      const response = await current().app.inject(`${hooksUrl}/${hook}/deliveries${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as {
        items: {
          id: string;
          status: string;
          attempts: number;
          responseCode: number | null;
          durationMs: number | null;
          error: string | null;
          redelivery: number;
          event: { id: string; type: string };
        }[];
        next: string | null;
      };
    }
    const hookOf = async (id: string) =>
      (await current().app.inject(`${hooksUrl}/${id}`)).json() as {
        active: boolean;
        disabledReason: string | null;
        consecutiveFailures: number;
      };

    it('signs and sends each subscribed event once, and logs the delivery', async () => {
      const hook = await addHook();
      const listed = await current().app.inject(hooksUrl);
      expect(listed.json().items).toEqual([
        expect.objectContaining({
          id: hook,
          url: receiver.url,
          events: ['document.created', 'document.archived'],
          format: 'native',
          confidential: false,
          active: true,
          createdBy: 'admin',
        }),
      ]);
      expect(listed.body).not.toContain(receiver.secret);
      const { id } = await createDocument(current().app, MARKDOWN, 'alpha');
      await eventually(() => receiver.received.length === 1, 'the delivery');
      const [request] = receiver.received;
      const body = JSON.parse(request?.body ?? '{}');
      expect(request?.signed).toBe(true);
      expect(body).toMatchObject({
        type: 'document.created',
        workspace: { slug: 'alpha' },
        document: { id, title: 'Ledger', status: 'draft', version: 1 },
        actor: { username: 'admin' },
        changes: { errors: expect.any(Number), warnings: expect.any(Number) },
      });
      expect(request?.headers).toMatchObject({
        'content-type': 'application/json',
        'idempotency-key': body.id,
        'designdoc-event-id': body.id,
        'designdoc-event': 'document.created',
        'designdoc-attempt': '1',
      });
      const log = await eventually(async () => {
        const page = await deliveries(hook);
        return page.items[0]?.status === 'succeeded' && page;
      }, 'the delivery to be logged');
      expect(log.items).toEqual([
        expect.objectContaining({
          event: { id: body.id, type: 'document.created' },
          status: 'succeeded',
          attempts: 1,
          responseCode: 200,
          error: null,
          redelivery: 0,
        }),
      ]);
      expect(log.items[0]?.durationMs).toBeGreaterThanOrEqual(0);
      expect(request?.headers['designdoc-delivery']).toBe(log.items[0]?.id);
      // Not subscribed to updates: a save sends nothing more.
      await current().app.inject({
        method: 'PUT',
        url: `/api/v1/documents/${id}`,
        headers: { 'content-type': 'text/markdown', 'if-match': '*' },
        payload: `${MARKDOWN}More.\n`,
      });
      await current().app.inject({ method: 'DELETE', url: `/api/v1/documents/${id}` });
      await eventually(() => receiver.received.length === 2, 'the archive event');
      expect(receiver.delivered().map((b) => b.type)).toEqual([
        'document.created',
        'document.archived',
      ]);
    });

    it('retries a failing receiver with backoff until it answers, with the same idempotency key', async () => {
      receiver.answers = [500, 503];
      const hook = await addHook();
      await createDocument(current().app, MARKDOWN, 'alpha');
      const done = await eventually(async () => {
        const page = await deliveries(hook);
        return page.items[0]?.status === 'succeeded' && page.items[0];
      }, 'the third attempt');
      expect(done).toMatchObject({ attempts: 3, responseCode: 200, error: null });
      expect(receiver.received.map((r) => r.status)).toEqual([500, 503, 200]);
      expect(new Set(receiver.received.map((r) => r.headers['idempotency-key'])).size).toBe(1);
      expect(receiver.received.map((r) => r.headers['designdoc-attempt'])).toEqual(['1', '2', '3']);
      expect(receiver.received.every((r) => r.signed)).toBe(true);
      const detail = await current().app.inject(`${hooksUrl}/${hook}/deliveries/${done.id}`);
      expect(
        detail
          .json()
          .attemptLog.map((a: Record<string, unknown>) => [
            a.number,
            a.responseCode,
            a.error,
            a.succeeded,
          ]),
      ).toEqual([
        [1, 500, 'HTTP 500', false],
        [2, 503, 'HTTP 503', false],
        [3, 200, null, true],
      ]);
      expect(await hookOf(hook)).toMatchObject({ active: true, consecutiveFailures: 0 });
    });

    it('disables a hook after a run of failures with the reason, and sends again once enabled and redelivered', async () => {
      receiver.answers = [503, 503, 503];
      const hook = await addHook();
      await createDocument(current().app, MARKDOWN, 'alpha');
      const failed = await eventually(async () => {
        const page = await deliveries(hook);
        return page.items[0]?.status === 'failed' && page.items[0];
      }, 'the delivery to fail');
      expect(failed).toMatchObject({ attempts: 3, responseCode: 503, error: 'HTTP 503' });
      expect(await hookOf(hook)).toMatchObject({
        active: false,
        consecutiveFailures: 3,
        disabledReason: '3 attempts in a row failed; the last: HTTP 503',
      });
      // While it is disabled, events are logged as skipped and nothing is sent.
      await createDocument(current().app, MARKDOWN.replace('Ledger', 'Second'), 'alpha');
      const skipped = await eventually(async () => {
        const page = await deliveries(hook, '?status=skipped');
        return page.items[0];
      }, 'the skipped delivery');
      expect(receiver.received).toHaveLength(3);
      const refused = await current().app.inject({
        method: 'POST',
        url: `${hooksUrl}/${hook}/deliveries/${failed.id}/redeliver`,
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().detail).toContain('enable it with PATCH');
      const enabled = await current().app.inject({
        method: 'PATCH',
        url: `${hooksUrl}/${hook}`,
        payload: { active: true },
      });
      expect(enabled.json()).toMatchObject({
        active: true,
        disabledReason: null,
        disabledAt: null,
        consecutiveFailures: 0,
      });
      for (const delivery of [failed, skipped]) {
        const redelivered = await current().app.inject({
          method: 'POST',
          url: `${hooksUrl}/${hook}/deliveries/${delivery.id}/redeliver`,
        });
        expect(redelivered.statusCode, redelivered.body).toBe(202);
        expect(redelivered.json()).toMatchObject({
          event: delivery.event,
          status: 'pending',
          redelivery: 1,
        });
      }
      await eventually(() => receiver.delivered().length === 2, 'both redeliveries');
      expect(receiver.delivered().map((b) => b.id)).toEqual(
        expect.arrayContaining([failed.event.id, skipped.event.id]),
      );
      const audit = await current().app.inject('/api/v1/audit?action=webhook.redelivered');
      expect(audit.json().items).toHaveLength(2);
    });

    it('sends a confidential document’s events only to hooks that opt in', async () => {
      const open = await startReceiver();
      try {
        const trusted = await addHook({ confidential: true });
        const other = await addHook({}, open);
        const secret = await current().app.inject({
          method: 'POST',
          url: '/api/v1/workspaces/alpha/documents',
          payload: { markdown: MARKDOWN.replace('Ledger', 'Merger'), confidential: { users: [] } },
        });
        expect(secret.statusCode, secret.body).toBe(201);
        await createDocument(current().app, MARKDOWN, 'alpha');
        await eventually(() => receiver.received.length === 2, 'both events at the trusted hook');
        await eventually(() => open.received.length === 1, 'the open event at the other');
        expect(
          receiver
            .delivered()
            .map((b) => (b.document as { title: string }).title)
            .sort(),
        ).toEqual(['Ledger', 'Merger']);
        expect(open.delivered().map((b) => (b.document as { title: string }).title)).toEqual([
          'Ledger',
        ]);
        expect((await deliveries(trusted)).items).toHaveLength(2);
        expect((await deliveries(other)).items).toHaveLength(1);
      } finally {
        await open.close();
      }
    });

    it('sends Slack incoming-webhook messages to a hook in the slack format', async () => {
      await addHook({ format: 'slack' });
      await createDocument(current().app, MARKDOWN, 'alpha');
      const [message] = await eventually(
        () => receiver.delivered().length === 1 && receiver.delivered(),
        'the message',
      );
      expect(message).toEqual({
        text: expect.stringMatching(
          /^\*admin\* created <http:\/\/[^/|]+\/documents\/[^|]+\|Ledger>$/,
        ),
        blocks: [
          { type: 'section', text: { type: 'mrkdwn', text: message?.text } },
          {
            type: 'context',
            elements: [
              {
                type: 'mrkdwn',
                text: expect.stringMatching(
                  /^workspace \*alpha\* · status draft · event `document.created` /,
                ),
              },
            ],
          },
        ],
      });
      expect(receiver.received[0]?.signed).toBe(true);
    });

    it('pages the delivery log newest first with a cursor', async () => {
      const hook = await addHook();
      for (const title of ['One', 'Two', 'Three'])
        await createDocument(current().app, MARKDOWN.replace('Ledger', title), 'alpha');
      await eventually(() => receiver.received.length === 3, 'three deliveries');
      const first = await deliveries(hook, '?limit=2');
      expect(first.items).toHaveLength(2);
      expect(first.next).toEqual(expect.any(String));
      const second = await deliveries(hook, `?limit=2&cursor=${first.next}`);
      expect(second.items).toHaveLength(1);
      expect(second.next).toBeNull();
      const ids = [...first.items, ...second.items].map((d) => d.event.id);
      expect(new Set(ids).size).toBe(3);
      const bad = await current().app.inject(`${hooksUrl}/${hook}/deliveries?cursor=nonsense`);
      expect(bad.statusCode).toBe(400);
    });

    it('keeps the secret sealed, changes it on request, and deletes a hook with its log', async () => {
      const hook = await addHook({ secret: 'a-secret-the-receiver-chose' });
      expect(receiver.secret).toBe('a-secret-the-receiver-chose');
      const stored = await current()
        .connection.db.selectFrom('webhooks')
        .select('secret')
        .where('id', '=', hook)
        .executeTakeFirstOrThrow();
      expect(stored.secret).not.toContain('a-secret');
      expect(stored.secret).toMatch(/^v1\.[0-9a-f]{8}\./);
      const changed = await current().app.inject({
        method: 'PATCH',
        url: `${hooksUrl}/${hook}`,
        payload: { secret: 'another-secret-of-sixteen' },
      });
      expect(changed.statusCode).toBe(200);
      receiver.secret = 'another-secret-of-sixteen';
      await createDocument(current().app, MARKDOWN, 'alpha');
      await eventually(() => receiver.received.length === 1, 'the delivery');
      expect(receiver.received[0]?.signed).toBe(true);
      const deleted = await current().app.inject({ method: 'DELETE', url: `${hooksUrl}/${hook}` });
      expect(deleted.statusCode).toBe(204);
      expect((await current().app.inject(`${hooksUrl}/${hook}`)).statusCode).toBe(404);
      const left = await current()
        .connection.db.selectFrom('webhook_deliveries')
        .select('id')
        .execute();
      expect(left).toEqual([]);
    });

    it('answers bad requests with problems: bad URL, unknown event, unknown hook, wrong role', async () => {
      const { app, user } = current();
      const post = (payload: Record<string, unknown>) =>
        app.inject({ method: 'POST', url: hooksUrl, payload });
      for (const [url, detail] of [
        ['ftp://example.com/hook', 'must start with https:// or http://, not ftp://'],
        ['not a url', 'must be an absolute URL'],
        ['http://user:pw@127.0.0.1/hook', 'must not hold a user name or password'],
        ['http://169.254.169.254/latest/meta-data', '169.254.169.254, a link-local address'],
        ['http://[::ffff:169.254.169.254]/', 'a link-local address'],
        ['http://10.0.0.1/hook', '10.0.0.1, a private address'],
      ] as const) {
        const response = await post({ url, events: ['document.created'] });
        expect(response.statusCode, url).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json().errors).toEqual([
          { in: 'body', pointer: '/url', detail: expect.stringContaining(detail) },
        ]);
      }
      const unknown = await post({ url: receiver.url, events: ['document.created', 'doc.eaten'] });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().errors).toEqual([
        expect.objectContaining({ in: 'body', pointer: '/events/1' }),
      ]);
      expect((await post({ url: receiver.url, events: [] })).statusCode).toBe(400);
      const missing = await app.inject(`${hooksUrl}/no-such-hook`);
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({
        status: 404,
        detail: 'No webhook no-such-hook in this workspace',
      });
      const hook = await addHook();
      const noDelivery = await app.inject({
        method: 'POST',
        url: `${hooksUrl}/${hook}/deliveries/nope/redeliver`,
      });
      expect(noDelivery.statusCode).toBe(404);
      const author = await user('writer', { ws: 'alpha', role: 'author' });
      const forbidden = await author.app.inject(hooksUrl);
      expect(forbidden.statusCode).toBe(403);
      expect(forbidden.json()).toMatchObject({ permission: 'webhooks:manage' });
      const keyOnly = await user('keyed', { ws: 'alpha', role: 'admin', scopes: ['write'] });
      expect((await keyOnly.app.inject(hooksUrl)).statusCode).toBe(403);
      await createWorkspace(app, 'beta');
      const outsider = await user('outsider', { ws: 'beta', role: 'admin' });
      expect((await outsider.app.inject(`${hooksUrl}/${hook}`)).statusCode).toBe(404);
      // A hook is found only under its own workspace.
      expect((await app.inject(`/api/v1/workspaces/beta/webhooks/${hook}`)).statusCode).toBe(404);
    });
  });
}
