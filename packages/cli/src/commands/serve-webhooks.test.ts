import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callAsAdmin as call, useServers } from '../../../../test/start-server.js';
import { useTempDirs } from '../../../../test/temp-dir.js';
import {
  eventually,
  startReceiver,
  type WebhookReceiver,
} from '../../../../test/webhook-receiver.js';
import { expectResentOnceAfterTheLease } from '../../test/interrupted-delivery.js';

const tempDir = useTempDirs();
const startServer = useServers();
const MARKDOWN = '# Ledger\n\n## Overview\n\nText.\n';

let receiver: WebhookReceiver;
beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(() => receiver.close());

describe('webhooks of `designdoc serve` killed between commit and delivery', () => {
  it('delivers each event exactly once per idempotency key after a SIGKILL and a restart', async () => {
    const dir = tempDir();
    const env = {
      DESIGNDOC_DATA_DIR: dir.path,
      WEBHOOK_POLL_MS: '100',
      WEBHOOK_RETRY_BASE_MS: '100',
      // The receiver is on 127.0.0.1, which hooks may reach only when the operator allows it.
      WEBHOOK_ALLOW_PRIVATE: '127.0.0.1',
    };
    // Deliveries held back for 4 s after their event: the process is killed well within that,
    // with its events committed, fanned out or not, and nothing sent.
    const first = await startServer({ ...env, WEBHOOK_DELIVERY_DELAY_MS: '4000' }, ['--no-demo']);
    await call(first.url, 'POST', '/api/v1/workspaces', { slug: 'crash', name: 'Crash' }, 201);
    const created = await call(
      first.url,
      'POST',
      '/api/v1/workspaces/crash/webhooks',
      { url: receiver.url, events: ['document.created', 'document.updated'] },
      201,
    );
    receiver.secret = created.secret as string;
    const hook = (created.webhook as { id: string }).id;
    const deliveries = `/api/v1/workspaces/crash/webhooks/${hook}/deliveries`;
    for (const title of ['One', 'Two'])
      await call(
        first.url,
        'POST',
        '/api/v1/workspaces/crash/documents',
        { markdown: MARKDOWN.replace('Ledger', title) },
        201,
      );
    // Both fanned out into pending deliveries, then one more event that may not be yet.
    await eventually(async () => {
      const page = await call(first.url, 'GET', deliveries, undefined, 200);
      return (page.items as unknown[]).length === 2;
    }, 'the deliveries to be made');
    await call(
      first.url,
      'POST',
      '/api/v1/workspaces/crash/documents',
      { markdown: MARKDOWN.replace('Ledger', 'Three') },
      201,
    );
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.on('exit', resolve));
    expect(receiver.received).toEqual([]);

    const second = await startServer(env, ['--no-demo']);
    await eventually(() => receiver.received.length >= 3, 'the three events after restart', 20_000);
    // A little longer, for any duplicate to show itself.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const perKey = new Map<string, number>();
    for (const request of receiver.received) {
      const key = String(request.headers['idempotency-key']);
      perKey.set(key, (perKey.get(key) ?? 0) + 1);
    }
    expect([...perKey.values()]).toEqual([1, 1, 1]);
    expect(receiver.received.every((r) => r.signed)).toBe(true);
    expect(
      receiver
        .delivered()
        .map((b) => (b.document as { title: string }).title)
        .sort(),
    ).toEqual(['One', 'Three', 'Two']);
    const page = await call(second.url, 'GET', deliveries, undefined, 200);
    expect(
      (page.items as { status: string; attempts: number }[]).map((d) => [d.status, d.attempts]),
    ).toEqual([
      ['succeeded', 1],
      ['succeeded', 1],
      ['succeeded', 1],
    ]);
    second.child.kill('SIGTERM');
    expect(await new Promise((resolve) => second.child.on('exit', resolve))).toBe(0);
  }, 60_000);

  it('sends a delivery cut off mid-attempt again once, when its lease expires, as attempt 2', async () => {
    await expectResentOnceAfterTheLease(
      startServer,
      {
        DESIGNDOC_DATA_DIR: tempDir().path,
        WEBHOOK_POLL_MS: '100',
        WEBHOOK_ALLOW_PRIVATE: '127.0.0.1',
      },
      receiver,
    );
  }, 90_000);
});
