import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import fp from 'fastify-plugin';
import { Gauge } from 'prom-client';
import { countLiveDocuments } from '../../documents/count-documents.js';
import { sameSecret } from '../../identity/secrets.js';
import { ProblemError } from '../../plugins/problems.js';

/**
 * `GET /metrics` in the Prometheus text format, and the hook that times every request by its
 * route pattern (never the raw URL, so ids do not explode the label set). Not encapsulated:
 * the hook times every route of the app. Open to anyone who can reach it unless
 * `METRICS_TOKEN` is set: the counts (documents, confidential ones included) are the operator's.
 */
export const metricsRoutes: FastifyPluginAsyncTypebox = fp(async (app) => {
  const { registry, requestDuration } = app.metrics;
  new Gauge({
    name: 'designdoc_documents',
    help: 'Live (not archived) documents stored',
    registers: [registry],
    collect: async function (this: Gauge) {
      this.set(await countLiveDocuments(app.db));
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
  const token = app.config.metricsToken;
  app.get(
    '/metrics',
    {
      // Public to the access policy; with METRICS_TOKEN the handler asks for that token instead.
      config: { problems: [401], access: { public: true } },
      schema: {
        tags: ['operations'],
        description:
          'Prometheus metrics; with `METRICS_TOKEN` set, only for `Authorization: Bearer <token>`',
        response: {
          200: {
            description: 'The metrics in the Prometheus text format',
            content: { 'text/plain': { schema: { type: 'string' } } },
          },
        },
      },
    },
    async (request, reply) => {
      const sent = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
      if (token !== null && (sent === undefined || !sameSecret(sent, token))) {
        reply.header('www-authenticate', 'Bearer realm="designdoc metrics"');
        throw new ProblemError(
          'unauthenticated',
          'The metrics need the scrape token: send Authorization: Bearer <METRICS_TOKEN>',
        );
      }
      return reply.type(registry.contentType).send(await registry.metrics());
    },
  );
});
