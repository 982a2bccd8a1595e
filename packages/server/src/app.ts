import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ServerConfig } from './config.js';
import type { DatabaseConnection } from './db/connect.js';
import { registerDatabaseMetrics } from './db/database-metrics.js';
import { createDocumentPreparer } from './documents/document-preparer.js';
import { createLocalEventHub, type EventHub } from './events/event-hub.js';
import { latestEventSeq, readEventsAfter } from './events/outbox-reads.js';
import { createRedisEventHub } from './events/redis-event-hub.js';
import type { RouteEntry } from './fastify-types.js';
import { withTimeouts } from './http-timeouts.js';
import { webhookJobs } from './jobs/webhook-jobs.js';
import { createMetrics, type Metrics } from './metrics.js';
import { apiNoStore } from './plugins/api-no-store.js';
import { authorize, identify } from './plugins/auth.js';
import { contentTypes } from './plugins/content-types.js';
import { clientErrorHandler, frameworkErrors } from './plugins/framework-errors.js';
import { gracefulClose } from './plugins/graceful-close.js';
import { describeProblems } from './plugins/openapi-problems.js';
import { problems } from './plugins/problems.js';
import { rateLimits } from './plugins/rate-limit.js';
import { safeText } from './plugins/safe-text.js';
import { webApp } from './plugins/web-app.js';
import { requestValidators } from './request-validators.js';
import { apiRoutes, operationsRoutes } from './routes/index.js';
import { requestSpans } from './tracing/request-spans.js';
import { tracedPreparer } from './tracing/traced-preparer.js';
import { VERSION } from './version.js';

export interface BuildAppOptions {
  config: ServerConfig;
  /** The open, migrated database; the app does not open or close it. */
  database: DatabaseConnection;
  /** Pino logging; off by default, so that tests and embedding stay quiet. */
  logger?: boolean;
  /** The metrics registry (given when the database reports query times into it), else a new one. */
  metrics?: Metrics;
  /** The built web app served at `/` (default: packages/server/web-app, where `npm run build` puts it). */
  webAppDir?: string;
}

/**
 * The designdoc server as a Fastify instance that never listens (main.ts and `designdoc serve`
 * do; tests use `app.inject`). Routes are registered explicitly, each feature a plugin.
 */
export async function buildApp({
  config,
  database,
  logger = false,
  metrics = createMetrics(),
  webAppDir,
}: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...withTimeouts(httpsOptions(config), config.httpTimeouts),
    // A hop count as proxy-addr's function: trust the nearest `n` proxies.
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    logger: logger
      ? {
          level: config.logLevel,
          // Credentials never reach the log, whatever a serializer is changed to include.
          redact: [
            'req.headers.authorization',
            'req.headers.cookie',
            'req.headers["x-csrf-token"]',
          ],
        }
      : false,
    bodyLimit: config.bodyLimit,
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    ajv: { customOptions: { removeAdditional: false, allErrors: true } },
    // JSON bodies as sent; path and query text converted to numbers only from decimal digits.
    schemaController: { compilersFactory: { buildValidator: requestValidators() } },
    // The router's and Node's HTTP parser's refusals are problems too.
    frameworkErrors,
    clientErrorHandler,
    // Closing, a request on a connection still open is served, not refused (graceful-close.ts).
    return503OnClosing: false,
  }).withTypeProvider<TypeBoxTypeProvider>();
  // First, so that every other hook and the handler run in the request's span.
  if (config.tracing) await app.register(requestSpans, { scheme: config.tls ? 'https' : 'http' });
  app.decorate('db', database.db);
  app.decorate('engine', database.engine);
  app.decorate('config', config);
  app.decorate('metrics', metrics);
  registerDatabaseMetrics(metrics.registry, database, config.dataDir);
  const untracedPreparer = createDocumentPreparer(config.lintThreads, config.documentLimits);
  const preparer = config.tracing
    ? tracedPreparer(untracedPreparer, config.lintThreads)
    : untracedPreparer;
  app.decorate('preparer', preparer);
  app.addHook('onClose', () => preparer.close());
  const eventHub = createEventHub(app, config, database);
  app.decorate('eventHub', eventHub);
  app.addHook('onClose', () => eventHub.close());
  // Draining on close, within SHUTDOWN_TIMEOUT_MS (before webhookJobs, which reads its deadline).
  await app.register(gracefulClose);
  // Webhook delivery: started when the app is ready, stopped when it closes.
  await app.register(webhookJobs);
  // Every route with what it declares, for the access test and the docs.
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      if (method !== 'HEAD')
        routeTable.push({ method, url: route.url, access: route.config?.access });
  });
  // Callback-style hooks on every request: an async hook costs a promise per request.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  await app.register(problems);
  await app.register(apiNoStore);
  // Before the access checks, which look ids in the path up: media type, charset, NUL, surrogates.
  await app.register(contentTypes);
  await app.register(safeText);
  // Who is calling, then the rate limit (per user, else per address), then whether they may.
  await app.register(identify);
  await app.register(rateLimits);
  await app.register(authorize);
  // Documents are posted as Markdown as well as JSON. Not as text/plain, which a cross-site
  // form can send without a preflight: no route needs it, so it is a 415.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(
    ['text/markdown', 'application/yaml', 'text/yaml'],
    { parseAs: 'string' },
    (_request, body, done) => done(null, body),
  );
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'designdoc API',
        version: VERSION,
        description:
          'Design documents, their versions, lint results and search. Errors are RFC 9457 problem details.',
      },
      servers: [{ url: config.publicUrl }],
    },
    transform: describeProblems,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(operationsRoutes);
  await app.register(apiRoutes, { prefix: '/api/v1' });
  await app.register(webApp, { root: webAppDir });
  return app;
}

/**
 * Where committed events are announced: in this process on the embedded default; with
 * `REDIS_URL`, over Redis pub/sub too, so that a change through one instance reaches the live
 * streams of every instance (what pub/sub loses is read back from the outbox).
 */
function createEventHub(
  app: FastifyInstance,
  config: ServerConfig,
  database: DatabaseConnection,
): EventHub {
  if (!config.redisUrl) return createLocalEventHub();
  return createRedisEventHub({
    url: config.redisUrl,
    readAfter: (after, upTo, limit) =>
      readEventsAfter(
        database.db,
        { all: true, ...(upTo === undefined ? {} : { upTo }) },
        after,
        limit,
      ),
    latestSeq: () => latestEventSeq(database.db),
    log: app.log,
  });
}

/**
 * HTTPS when configured: the certificate and key, and with client certificates the CAs that sign
 * them. The handshake accepts a connection without a valid client certificate (a browser may
 * have none); the auth hooks decide per request what it may do.
 */
function httpsOptions(config: ServerConfig) {
  const tls = config.tls;
  if (!tls) return {};
  return {
    https: {
      cert: tls.cert,
      key: tls.key,
      ...(tls.clientCa && tls.clientCertificates !== 'off'
        ? { ca: tls.clientCa, requestCert: true, rejectUnauthorized: false }
        : {}),
    },
  };
}
