import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';
import { ProblemError } from './problems.js';

/**
 * Per-client rate limits on the API (by signed-in user, else by address), with the
 * IETF `RateLimit-*` headers and 429 + `Retry-After` as a problem. The counters live in memory,
 * or in Redis when `REDIS_URL` is set, so that limits hold across instances; while Redis cannot
 * be reached, requests are served without a limit. Health checks are not limited.
 */
export const rateLimits = fp(async (app: FastifyInstance) => {
  const { max, windowMs } = app.config.rateLimit;
  const redis = app.config.redisUrl
    ? new Redis(app.config.redisUrl, {
        maxRetriesPerRequest: 1,
        connectTimeout: 2000,
        lazyConnect: false,
      })
    : null;
  if (redis) {
    // ioredis reconnects by itself; say why limits are off meanwhile (once per outage).
    let down = false;
    redis.on('error', (error) => {
      if (!down)
        app.log.warn({ err: error }, 'rate limits: Redis unreachable, serving without limits');
      down = true;
    });
    redis.on('ready', () => {
      down = false;
    });
    app.addHook('onClose', async () => void (await redis.quit().catch(() => undefined)));
  }
  await app.register(rateLimit, {
    max,
    timeWindow: windowMs,
    enableDraftSpec: true,
    // Redis unreachable: serve without a limit (the store's error is logged) rather than fail
    // every API request with a 500.
    skipOnError: true,
    ...(redis ? { redis, nameSpace: 'designdoc-rate-limit:' } : {}),
    keyGenerator: (request) =>
      request.caller ? `user:${request.caller.userId}` : `address:${request.ip}`,
    allowList: (request) => request.url === '/healthz' || request.url === '/readyz',
    onExceeded: () => app.metrics.rateLimited.inc(),
    errorResponseBuilder: (_request, context) =>
      new ProblemError(
        'rate-limited',
        `More than ${context.max} requests in ${Math.round(context.ttl / 1000) || 1} s from this client; retry after ${context.after}`,
      ),
  });
});
