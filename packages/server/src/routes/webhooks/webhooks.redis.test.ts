import { Redis } from 'ioredis';
import { beforeEach } from 'vitest';
import { sqliteDatabase } from '../../../test/databases.js';
import { describeWebhooks } from './webhooks.suite.js';

// A database of its own on this machine's Redis (the BullMQ queue), emptied before each test.
const REDIS_URL = process.env.DESIGNDOC_TEST_REDIS_URL_WEBHOOKS ?? 'redis://127.0.0.1:6379/8';

beforeEach(async () => {
  const redis = new Redis(REDIS_URL);
  await redis.flushdb();
  await redis.quit();
});

describeWebhooks('delivered by BullMQ on Redis', sqliteDatabase, { redisUrl: REDIS_URL });
