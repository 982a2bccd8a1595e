import { describe, expect, it } from 'vitest';
import { freePort } from '../../../../test/free-port.js';
import { sqliteDatabase } from '../../test/databases.js';
import { startTestApp } from '../../test/test-app.js';

describe('rate limits when Redis is down', () => {
  it('serves requests without a limit instead of failing them', async () => {
    // A port nothing listens on: every Redis command fails.
    const test = await startTestApp(sqliteDatabase, {
      rateLimit: { max: 2, windowMs: 60_000 },
      redisUrl: `redis://127.0.0.1:${await freePort()}`,
    });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 3; i++)
        codes.push(
          (await test.anonymous.inject({ method: 'GET', url: '/api/v1/openapi.json' })).statusCode,
        );
      expect(codes).toEqual([200, 200, 200]);
    } finally {
      await test.close();
    }
  }, 30_000);
});
