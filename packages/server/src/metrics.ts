import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** The server's Prometheus metrics, in a registry of their own (one per app, so tests can run many). */
export interface Metrics {
  registry: Registry;
  requestDuration: Histogram<'method' | 'route' | 'status'>;
  lintDuration: Histogram;
  queryDuration: Histogram;
  saves: Counter<'kind'>;
  rateLimited: Counter;
  signInFailures: Counter<'reason'>;
}

/**
 * Create the metrics: HTTP request duration by method, route and status; lint duration per
 * save; database query duration; saves by kind; requests refused by the rate limit; failed
 * password sign-ins by reason; and Node's process metrics. The count of stored documents is
 * read from the database when scraped.
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'designdoc_' });
  return {
    registry,
    requestDuration: new Histogram({
      name: 'designdoc_http_request_duration_seconds',
      help: 'HTTP request duration by method, route pattern and status code',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    lintDuration: new Histogram({
      name: 'designdoc_lint_duration_seconds',
      help: 'Time to parse and lint a document on save or lint',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25],
      registers: [registry],
    }),
    queryDuration: new Histogram({
      name: 'designdoc_db_query_duration_seconds',
      help: 'Database query duration',
      buckets: [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
      registers: [registry],
    }),
    saves: new Counter({
      name: 'designdoc_document_saves_total',
      help: 'Document saves by kind: created, updated, unchanged',
      labelNames: ['kind'],
      registers: [registry],
    }),
    rateLimited: new Counter({
      name: 'designdoc_rate_limited_total',
      help: 'Requests refused with 429 because their client was over the rate limit',
      registers: [registry],
    }),
    signInFailures: new Counter({
      name: 'designdoc_sign_in_failures_total',
      help: 'Failed password sign-ins by reason: invalid-credentials, or throttled after too many',
      labelNames: ['reason'],
      registers: [registry],
    }),
  };
}
