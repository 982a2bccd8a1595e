import { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { usePostgresDatabases } from '../../../../test/postgres-databases.js';
import { callAsAdmin as call, useServers } from '../../../../test/start-server.js';
import { useTempDirs } from '../../../../test/temp-dir.js';
import {
  eventually,
  startReceiver,
  type WebhookReceiver,
} from '../../../../test/webhook-receiver.js';
import { expectResentOnceAfterTheLease } from '../../test/interrupted-delivery.js';
import { runBin } from '../../test/run-cli.js';

const tempDir = useTempDirs();
const startServer = useServers();
// A Redis database of its own (the BullMQ queue the instances share), emptied before the test.
const REDIS_URL = process.env.DESIGNDOC_TEST_REDIS_URL_INSTANCES ?? 'redis://127.0.0.1:6379/9';
const MARKDOWN = '# Ledger\n\n## Overview\n\nText.\n';
const newDatabase = usePostgresDatabases();
let receiver: WebhookReceiver;

beforeEach(async () => {
  const redis = new Redis(REDIS_URL);
  await redis.flushdb();
  await redis.quit();
  receiver = await startReceiver();
});
afterEach(() => receiver.close());

describe('webhooks of designdoc serve processes on one PostgreSQL and one Redis', () => {
  it('delivers each event once, not twice, through the shared BullMQ queue', async () => {
    const databaseUrl = await newDatabase();
    const env = {
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      SECRETS_KEY: 'c'.repeat(64),
      WEBHOOK_POLL_MS: '100',
      WEBHOOK_RETRY_BASE_MS: '100',
      // The receiver is on 127.0.0.1, which hooks may reach only when the operator allows it.
      WEBHOOK_ALLOW_PRIVATE: '127.0.0.1',
    };
    expect(runBin(['migrate'], { cwd: tempDir().path, env }).code).toBe(0);
    const a = await startServer({ ...env, DESIGNDOC_DATA_DIR: tempDir().path }, ['--no-demo']);
    const b = await startServer({ ...env, DESIGNDOC_DATA_DIR: tempDir().path }, ['--no-demo']);
    await call(a.url, 'POST', '/api/v1/workspaces', { slug: 'two', name: 'Two' }, 201);
    const hook = await call(
      b.url,
      'POST',
      '/api/v1/workspaces/two/webhooks',
      { url: receiver.url, events: ['document.created'] },
      201,
    );
    receiver.secret = hook.secret as string;
    // Two first attempts fail: their retries are BullMQ's, on whichever instance takes them.
    receiver.answers = [500, 500];
    const titles = Array.from({ length: 10 }, (_, i) => `Doc ${i}`);
    await Promise.all(
      titles.map((title, i) =>
        call(
          i % 2 === 0 ? a.url : b.url,
          'POST',
          '/api/v1/workspaces/two/documents',
          { markdown: MARKDOWN.replace('Ledger', title) },
          201,
        ),
      ),
    );
    await eventually(() => receiver.delivered().length >= 10, 'ten deliveries', 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const delivered = receiver.delivered();
    expect(delivered.map((body) => (body.document as { title: string }).title).sort()).toEqual(
      titles.sort(),
    );
    const keys = receiver.received
      .filter((r) => r.status < 300)
      .map((r) => r.headers['idempotency-key']);
    expect(new Set(keys).size).toBe(10);
    expect(receiver.received).toHaveLength(12);
    expect(receiver.received.every((r) => r.signed)).toBe(true);
    // The queue lives in Redis, under designdoc's prefix.
    const redis = new Redis(REDIS_URL);
    expect((await redis.keys('designdoc:webhook-deliveries:*')).length).toBeGreaterThan(0);
    await redis.quit();
    for (const server of [a, b]) {
      server.child.kill('SIGTERM');
      expect(await new Promise((resolve) => server.child.on('exit', resolve))).toBe(0);
    }
  }, 90_000);

  it('sends a delivery cut off mid-attempt again once, when its lease expires, as attempt 2 (BullMQ)', async () => {
    const databaseUrl = await newDatabase();
    const env = {
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      SECRETS_KEY: 'c'.repeat(64),
      DESIGNDOC_DATA_DIR: tempDir().path,
      WEBHOOK_POLL_MS: '100',
      WEBHOOK_ALLOW_PRIVATE: '127.0.0.1',
    };
    expect(runBin(['migrate'], { cwd: tempDir().path, env }).code).toBe(0);
    await expectResentOnceAfterTheLease(startServer, env, receiver);
  }, 120_000);
});
