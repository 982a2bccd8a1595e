import { describe, expect, it } from 'vitest';
import { sqliteDatabase } from '../../test/databases.js';
import { useTestApp } from '../../test/test-app.js';

/** Rate limits, with the counters in memory or in Redis (`redisUrl`). */
export function describeRateLimits(store: string, redisUrl: string | null): void {
  describe(`rate limits (${store})`, () => {
    const first = useTestApp(sqliteDatabase, { rateLimit: { max: 3, windowMs: 60_000 }, redisUrl });
    const second = useTestApp(sqliteDatabase, {
      rateLimit: { max: 3, windowMs: 60_000 },
      redisUrl,
    });

    it('answers over the limit with 429, Retry-After and RateLimit headers, as a problem', async () => {
      // Anonymous requests count by address; signed-in ones by user (tested in the auth suite).
      const { anonymous } = first();
      const codes: number[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await anonymous.inject({ method: 'GET', url: '/api/v1/openapi.json' });
        codes.push(response.statusCode);
        expect(response.headers['ratelimit-limit']).toBe('3');
        expect(response.headers['ratelimit-remaining']).toBe(String(2 - i));
      }
      expect(codes).toEqual([200, 200, 200]);
      const limited = await anonymous.inject({ method: 'GET', url: '/api/v1/openapi.json' });
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.json()).toMatchObject({ status: 429, title: 'Too many requests' });
      expect((await anonymous.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      if (redisUrl) {
        // Another instance sharing the Redis store sees the same client over its limit.
        expect(
          (await second().anonymous.inject({ method: 'GET', url: '/api/v1/openapi.json' }))
            .statusCode,
        ).toBe(429);
      } else {
        // In memory, each instance counts on its own.
        expect(
          (await second().anonymous.inject({ method: 'GET', url: '/api/v1/openapi.json' }))
            .statusCode,
        ).toBe(200);
      }
    });
  });
}
