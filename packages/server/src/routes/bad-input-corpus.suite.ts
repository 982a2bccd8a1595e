import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  eventually,
  startReceiver,
  type WebhookReceiver,
} from '../../../../test/webhook-receiver.js';
import { createDocument, createWorkspace } from '../../test/api.js';
import { CORPUS_TEMPLATE, runBadInputCorpus } from '../../test/bad-input-corpus.js';
import type { TestDatabaseFactory } from '../../test/databases.js';
import { type TestApp, useTestApp } from '../../test/test-app.js';
import { TEST_SECRETS_KEY, TEST_WEBHOOK_SETTINGS } from './webhooks/webhooks.suite.js';

/**
 * A workspace with one of everything a path can name — document, comment, notification,
 * webhook and delivery, API key, member, group, template — made through the API.
 */
async function seed({ app, user }: TestApp, hookUrl: string) {
  await createWorkspace(app, 'eng');
  const rita = await user('rita', { ws: 'eng', role: 'author' });
  const hook = await app.inject({
    method: 'POST',
    url: '/api/v1/workspaces/eng/webhooks',
    payload: { url: hookUrl, events: ['document.created'] },
  });
  const { id, etag } = await createDocument(app, '# Ledger\n\n## Overview\n\nText.\n', 'eng');
  const comment = await rita.app.inject({
    method: 'POST',
    url: `/api/v1/documents/${id}/comments`,
    payload: { section: 'overview', body: '@admin have a look' },
  });
  const key = await app.inject({
    method: 'POST',
    url: '/api/v1/api-keys',
    payload: { name: 'corpus', scopes: ['read'] },
  });
  const group = await app.inject({
    method: 'POST',
    url: '/api/v1/groups',
    payload: { name: 'core' },
  });
  const template = await app.inject({
    method: 'POST',
    url: '/api/v1/workspaces/eng/templates',
    headers: { 'content-type': 'application/yaml' },
    payload: CORPUS_TEMPLATE,
  });
  expect([hook, comment, key, group, template].map((r) => r.statusCode)).toEqual([
    201, 201, 201, 201, 201,
  ]);
  const hookId = hook.json().webhook.id as string;
  const deliveries = `/api/v1/workspaces/eng/webhooks/${hookId}/deliveries`;
  const delivery = await eventually(
    async () => (await app.inject(deliveries)).json().items[0]?.id as string | undefined,
    'a webhook delivery',
  );
  const notifications = await app.inject('/api/v1/me/notifications');
  return {
    ws: 'eng',
    documentId: id,
    etag,
    commentId: comment.json().id as string,
    notificationId: notifications.json().items[0].id as string,
    hookId,
    deliveryId: delivery,
    apiKeyId: key.json().key.id as string,
    username: 'rita',
    group: 'core',
    template: 'mine',
    hookUrl,
  };
}

/**
 * Every operation of the served OpenAPI document, sent wrong types, NUL, lone surrogates,
 * over-long values and bad %-escapes in each parameter and body property, and bodies in the
 * wrong content type or malformed: never a 5xx, and every 4xx a problem.
 */
export function describeBadInputCorpus(engine: string, factory: TestDatabaseFactory): void {
  describe(`bad-input corpus from the OpenAPI document (${engine})`, () => {
    const current = useTestApp(factory, {
      secretsKey: TEST_SECRETS_KEY,
      webhooks: TEST_WEBHOOK_SETTINGS,
      rateLimit: { max: 1_000_000, windowMs: 60_000 },
    });
    let receiver: WebhookReceiver;
    beforeEach(async () => {
      receiver = await startReceiver();
    });
    afterEach(() => receiver.close());

    it('answers every operation’s bad input below 500, and every 4xx as a problem', async () => {
      const ids = await seed(current(), receiver.url);
      const openapi = (await current().app.inject('/api/v1/openapi.json')).json();
      const started = performance.now();
      const result = await runBadInputCorpus(current().app, openapi, ids);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      // The figures bench/README.md quotes.
      console.info(
        `bad-input corpus (${engine}): ${result.covered} of ${result.operations} operations, ${result.requests} requests, ${seconds} s; slowest:\n${result.slowest.join('\n')}`,
      );
      expect(result.failures).toEqual([]);
      expect(result.covered).toBe(result.operations);
    }, 240_000);
  });
}
