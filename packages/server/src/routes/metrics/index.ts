import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import fp from 'fastify-plugin';
import { Gauge } from 'prom-client';

/**
 * `GET /metrics` in the Prometheus text format, and the hook that times every request by its
 * route pattern (never the raw URL, so ids do not explode the label set). Not encapsulated:
 * the hook times every route of the app.
 */
export const metricsRoutes: FastifyPluginAsyncTypebox = fp(async (app) => {
  const { registry, requestDuration } = app.metrics;
  new Gauge({
    name: 'designdoc_documents',
    help: 'Live (not archived) documents stored',
    registers: [registry],
    collect: async function (this: Gauge) {
      const row = await app.db
        .selectFrom('documents')
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where('archived_at', 'is', null)
        .executeTakeFirst();
      this.set(Number(row?.count ?? 0));
    },
  });
  app.addHook('onResponse', (request, reply, done) => {
    requestDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
    done();
  });
  app.get(
    '/metrics',
    { config: { access: { public: true } }, schema: { tags: ['operations'] } },
    async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()),
  );
});
