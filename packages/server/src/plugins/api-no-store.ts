import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * `Cache-Control: no-store` on every `/api/v1` response, errors included, unless its route set
 * its own (the live event streams' `no-cache, no-transform`). API bodies hold confidential
 * documents and one user's view of them, which neither a shared proxy nor the browser's disk
 * should keep; document reads keep their ETags, so a client that holds its own copy still
 * revalidates with If-None-Match (→ 304).
 */
export const apiNoStore = fp(async (app: FastifyInstance) => {
  app.addHook('onSend', (request, reply, payload, done) => {
    const api = request.url === '/api/v1' || request.url.startsWith('/api/v1/');
    if (api && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    done(null, payload);
  });
});
