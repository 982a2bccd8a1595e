import { expect } from 'vitest';
import { callAsAdmin as call, type useServers } from '../../../test/start-server.js';
import { eventually, type WebhookReceiver } from '../../../test/webhook-receiver.js';

/** The request timeout the servers run with: a delivery's lease is this + 30 s. */
const TIMEOUT_MS = 2000;
const LEASE_MS = TIMEOUT_MS + 30_000;
const MARKDOWN = '# Ledger\n\n## Overview\n\nText.\n';

/**
 * Kill a `designdoc serve` with SIGKILL while its first attempt at a delivery waits for the
 * receiver's answer, start another on the same database (and queue), and check what the
 * receiver and the delivery log then see: the delivery sent once more, after the lease of the
 * cut-off attempt expired and soon after (within a few seconds, not BullMQ's stalled-job check
 * of up to 90 s), as attempt 2; and in the log, attempts 2, the first one interrupted.
 */
export async function expectResentOnceAfterTheLease(
  startServer: ReturnType<typeof useServers>,
  env: Record<string, string>,
  receiver: WebhookReceiver,
): Promise<void> {
  const settings = { ...env, WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS) };
  const first = await startServer(settings, ['--no-demo']);
  await call(first.url, 'POST', '/api/v1/workspaces', { slug: 'lease', name: 'Lease' }, 201);
  const created = await call(
    first.url,
    'POST',
    '/api/v1/workspaces/lease/webhooks',
    { url: receiver.url, events: ['document.created'] },
    201,
  );
  receiver.secret = created.secret as string;
  const hook = (created.webhook as { id: string }).id;
  receiver.answers = ['no answer'];
  await call(first.url, 'POST', '/api/v1/workspaces/lease/documents', { markdown: MARKDOWN }, 201);
  await eventually(() => receiver.received.length === 1, 'the first attempt', 10_000);
  const firstAt = Date.now();
  first.child.kill('SIGKILL');
  await new Promise((resolve) => first.child.on('exit', resolve));

  const second = await startServer(settings, ['--no-demo']);
  await eventually(() => receiver.received.length === 2, 'the attempt after the lease', 60_000);
  const secondAt = Date.now();
  // A little longer, for any third copy to show itself.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(receiver.received).toHaveLength(2);
  const waited = secondAt - firstAt;
  // The lease was taken just before the first request arrived: not before it ends, and within
  // a few seconds of it (the poll is 100 ms; the margin is for a busy machine).
  expect(waited).toBeGreaterThanOrEqual(LEASE_MS - 1000);
  expect(waited).toBeLessThan(LEASE_MS + 5000);
  const [cut, again] = receiver.received;
  expect(again?.signed).toBe(true);
  expect(again?.headers['designdoc-attempt']).toBe('2');
  expect(again?.headers['designdoc-delivery']).toBe(cut?.headers['designdoc-delivery']);
  expect(again?.headers['idempotency-key']).toBe(cut?.headers['idempotency-key']);
  const deliveries = `/api/v1/workspaces/lease/webhooks/${hook}/deliveries`;
  const log = await eventually(async () => {
    const page = await call(second.url, 'GET', deliveries, undefined, 200);
    const [delivery] = page.items as { id: string; status: string; attempts: number }[];
    return delivery?.status === 'succeeded' && delivery;
  }, 'the delivery to be logged');
  expect(log).toMatchObject({ status: 'succeeded', attempts: 2 });
  const detail = await call(second.url, 'GET', `${deliveries}/${log.id}`, undefined, 200);
  expect(detail.attemptLog).toEqual([
    expect.objectContaining({
      number: 1,
      durationMs: null,
      responseCode: null,
      error: expect.stringMatching(/^Interrupted: /),
      succeeded: false,
    }),
    expect.objectContaining({ number: 2, responseCode: 200, error: null, succeeded: true }),
  ]);
  second.child.kill('SIGTERM');
  expect(await new Promise((resolve) => second.child.on('exit', resolve))).toBe(0);
}
