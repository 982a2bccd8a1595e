import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  eventually,
  startReceiver,
  type WebhookReceiver,
} from '../../../../../test/webhook-receiver.js';
import { createDocument, createWorkspace } from '../../../test/api.js';
import type { TestDatabaseFactory } from '../../../test/databases.js';
import { type TestApp, useTestApp } from '../../../test/test-app.js';
import { TEST_SECRETS_KEY, TEST_WEBHOOK_SETTINGS } from './webhooks.suite.js';

const MARKDOWN = '# Ledger\n\n## Overview\n\nText.\n';
const HOOKS = '/api/v1/workspaces/alpha/webhooks';

/**
 * Where hooks may send (WEBHOOK_ALLOW_PRIVATE): loopback, private and link-local targets are
 * refused when a hook is made and, for names, when a delivery resolves them; an operator's
 * allowance lets them through.
 */
export function describeWebhookTargets(engine: string, factory: TestDatabaseFactory): void {
  let receiver: WebhookReceiver;
  beforeEach(async () => {
    receiver = await startReceiver();
  });
  afterEach(() => receiver.close());

  const post = (test: TestApp, payload: Record<string, unknown>) =>
    test.app.inject({ method: 'POST', url: HOOKS, payload });
  const delivered = (test: TestApp, hook: string) =>
    eventually(async () => {
      const page = (await test.app.inject(`${HOOKS}/${hook}/deliveries`)).json();
      const [delivery] = page.items;
      return delivery && delivery.status !== 'pending' && delivery;
    }, 'the delivery to end');

  describe(`webhook targets without an allowance (${engine})`, () => {
    const current = useTestApp(factory, {
      secretsKey: TEST_SECRETS_KEY,
      webhooks: { ...TEST_WEBHOOK_SETTINGS, allowPrivate: false },
    });
    beforeEach(() => createWorkspace(current().app, 'alpha'));

    it('refuses loopback, private and link-local hosts when a hook is made or changed', async () => {
      const port = new URL(receiver.url).port;
      for (const [url, detail] of [
        [receiver.url, '127.0.0.1, a loopback address'],
        [`http://localhost:${port}/hook`, 'localhost, a loopback name'],
        [`http://LocalHost.:${port}/hook`, 'localhost, a loopback name'],
        ['http://0x7f.1/hook', '127.0.0.1, a loopback address'],
        ['http://[::1]/hook', '::1, a loopback address'],
        ['http://[::ffff:127.0.0.1]/hook', '::ffff:7f00:1, a loopback address'],
        ['http://169.254.169.254/latest/meta-data', '169.254.169.254, a link-local address'],
        ['http://[fe80::1]/hook', 'fe80::1, a link-local address'],
        ['http://10.1.2.3/hook', '10.1.2.3, a private address'],
        ['http://[fd00::1]/hook', 'fd00::1, a private address'],
        ['http://100.64.0.1/hook', '100.64.0.1, a shared (carrier-grade NAT) address'],
        ['http://0.0.0.0/hook', '0.0.0.0, an unspecified address'],
      ] as const) {
        const response = await post(current(), { url, events: ['document.created'] });
        expect(response.statusCode, url).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json().errors, url).toEqual([
          {
            in: 'body',
            pointer: '/url',
            detail: `must not point at ${detail} (an operator can allow such targets with WEBHOOK_ALLOW_PRIVATE)`,
          },
        ]);
      }
      const made = await post(current(), {
        url: 'https://hooks.example.com/designdoc',
        events: ['document.created'],
        active: false,
      });
      expect(made.statusCode, made.body).toBe(201);
      const changed = await current().app.inject({
        method: 'PATCH',
        url: `${HOOKS}/${made.json().webhook.id}`,
        payload: { url: 'http://192.168.1.1/hook' },
      });
      expect(changed.statusCode).toBe(400);
      expect(changed.json().errors[0].detail).toContain('192.168.1.1, a private address');
    });

    it('refuses at delivery a hook at a loopback name or address, logs why and does not retry', async () => {
      // Hooks stored by a version that let them through. (A name that only DNS tells is
      // loopback is refused the same way: webhook-request.test.ts.)
      const made = await post(current(), {
        url: 'https://hooks.example.com/designdoc',
        events: ['document.created'],
      });
      expect(made.statusCode, made.body).toBe(201);
      const named = made.json().webhook.id as string;
      const literal = (
        await post(current(), { url: 'https://hooks.example.org/x', events: ['document.created'] })
      ).json().webhook.id as string;
      const { db } = current().connection;
      const port = new URL(receiver.url).port;
      for (const [id, url] of [
        [named, `http://localhost:${port}/hook`],
        [literal, receiver.url],
      ])
        await db.updateTable('webhooks').set({ url }).where('id', '=', id).execute();
      await createDocument(current().app, MARKDOWN, 'alpha');
      const hint = ' (an operator can allow such targets with WEBHOOK_ALLOW_PRIVATE)';
      expect(await delivered(current(), named)).toMatchObject({
        status: 'failed',
        attempts: 1,
        responseCode: null,
        error: `Refused: the URL must not point at localhost, a loopback name${hint}`,
      });
      expect(await delivered(current(), literal)).toMatchObject({
        status: 'failed',
        attempts: 1,
        error: `Refused: the URL must not point at 127.0.0.1, a loopback address${hint}`,
      });
      // Retries are 20–40 ms apart here: none came.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(receiver.received).toEqual([]);
      const hook = (await current().app.inject(`${HOOKS}/${named}`)).json();
      expect(hook).toMatchObject({ active: true, consecutiveFailures: 1 });
      const metrics = (await current().app.inject('/metrics')).body;
      expect(metrics).toMatch(/designdoc_webhook_attempts_total\{result="refused"\} 2/);
    });
  });

  describe(`webhook targets with WEBHOOK_ALLOW_PRIVATE (${engine})`, () => {
    const current = useTestApp(factory, {
      secretsKey: TEST_SECRETS_KEY,
      webhooks: { ...TEST_WEBHOOK_SETTINGS, allowPrivate: true },
    });
    beforeEach(() => createWorkspace(current().app, 'alpha'));

    it('makes and delivers to loopback names and addresses, and makes a link-local one', async () => {
      const port = new URL(receiver.url).port;
      const hooks: string[] = [];
      for (const url of [receiver.url, `http://localhost:${port}/hook`]) {
        const response = await post(current(), { url, events: ['document.created'] });
        expect(response.statusCode, response.body).toBe(201);
        hooks.push(response.json().webhook.id);
        receiver.secret = response.json().secret;
      }
      // Made disabled: nothing may be sent outside this machine.
      const linkLocal = await post(current(), {
        url: 'http://169.254.169.254/hook',
        events: ['document.created'],
        active: false,
      });
      expect(linkLocal.statusCode, linkLocal.body).toBe(201);
      await createDocument(current().app, MARKDOWN, 'alpha');
      for (const hook of hooks)
        expect(await delivered(current(), hook)).toMatchObject({
          status: 'succeeded',
          attempts: 1,
          responseCode: 200,
        });
      expect(receiver.received).toHaveLength(2);
    });
  });
}
