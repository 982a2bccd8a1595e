import type { LookupAddress } from 'node:dns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startReceiver, type WebhookReceiver } from '../../../../test/webhook-receiver.js';
import { postWebhook, type ResolveHost, TargetRefused } from './webhook-request.js';
import { targetPolicy } from './webhook-target-policy.js';

let receiver: WebhookReceiver;
beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(() => receiver.close());

const body = { headers: { 'content-type': 'application/json' }, body: '{}' };
/** A DNS stand-in: `name` resolves to `addresses` (wildcard DNS such as 127.0.0.1.nip.io does this), counting lookups. */
function resolving(addresses: LookupAddress[]): ResolveHost & { calls: string[] } {
  const calls: string[] = [];
  return Object.assign(
    async (host: string) => {
      calls.push(host);
      return addresses;
    },
    { calls },
  );
}
const loopback = { address: '127.0.0.1', family: 4 };

describe('postWebhook', () => {
  it('refuses a name that resolves to a loopback address, sending nothing', async () => {
    const url = new URL(receiver.url.replace('127.0.0.1', 'hooks.example.test'));
    await expect(
      postWebhook(url, body, {
        policy: targetPolicy(false),
        timeoutMs: 2000,
        resolve: resolving([loopback]),
      }),
    ).rejects.toThrow(
      new TargetRefused(
        'Refused: hooks.example.test resolves to 127.0.0.1, a loopback address (an operator can allow such targets with WEBHOOK_ALLOW_PRIVATE)',
      ),
    );
    expect(receiver.received).toEqual([]);
  });

  it('refuses a name when any of its addresses is not public', async () => {
    const url = new URL(receiver.url.replace('127.0.0.1', 'hooks.example.test'));
    const refused = postWebhook(url, body, {
      policy: targetPolicy(false),
      timeoutMs: 2000,
      resolve: resolving([{ address: '93.184.215.14', family: 4 }, loopback]),
    });
    await expect(refused).rejects.toThrow('resolves to 127.0.0.1, a loopback address');
    await expect(refused).rejects.toBeInstanceOf(TargetRefused);
  });

  it('refuses localhost (resolved by the system) and a loopback or link-local literal', async () => {
    const policy = targetPolicy(false);
    for (const [url, reason] of [
      [receiver.url.replace('127.0.0.1', 'localhost'), 'must not point at localhost'],
      [receiver.url, 'must not point at 127.0.0.1, a loopback address'],
      ['http://169.254.169.254/latest/meta-data', '169.254.169.254, a link-local address'],
      ['http://[::ffff:a9fe:a9fe]/', '::ffff:a9fe:a9fe, a link-local address'],
    ] as const)
      await expect(
        postWebhook(new URL(url), body, { policy, timeoutMs: 2000 }),
        url,
      ).rejects.toThrow(reason);
    expect(receiver.received).toEqual([]);
  });

  it('sends to an allowed name once, connecting to the address it checked', async () => {
    const url = new URL(receiver.url.replace('127.0.0.1', 'hooks.example.test'));
    const resolve = resolving([loopback]);
    const status = await postWebhook(url, body, {
      policy: targetPolicy(['127.0.0.1']),
      timeoutMs: 2000,
      resolve,
    });
    expect(status).toBe(200);
    // One lookup, and it is the one the socket connected with: no second answer to rebind to.
    expect(resolve.calls).toEqual(['hooks.example.test']);
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]?.headers.host).toBe(url.host);
  });

  it('sends to localhost and to a loopback literal when the operator allows them', async () => {
    for (const allow of [true, ['127.0.0.0/8', '::1'], ['localhost', '127.0.0.1']] as const) {
      const policy = targetPolicy(allow as boolean | string[]);
      const named = receiver.url.replace('127.0.0.1', 'localhost');
      expect(await postWebhook(new URL(named), body, { policy, timeoutMs: 2000 })).toBe(200);
      expect(await postWebhook(new URL(receiver.url), body, { policy, timeoutMs: 2000 })).toBe(200);
    }
    expect(receiver.received).toHaveLength(6);
  });
});
