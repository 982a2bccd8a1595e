import { Redis } from 'ioredis';
import { beforeEach } from 'vitest';
import { describeRateLimits } from './rate-limit.suite.js';

// A database of its own on this machine's Redis, emptied before each test.
const REDIS_URL = process.env.DESIGNDOC_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/7';

beforeEach(async () => {
  const redis = new Redis(REDIS_URL);
  await redis.flushdb();
  await redis.quit();
});

describeRateLimits('Redis', REDIS_URL);
