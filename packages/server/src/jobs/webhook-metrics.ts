import type { Kysely } from 'kysely';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Database } from '../db/database.js';

/** What webhook delivery tells Prometheus. */
export interface WebhookMetrics {
  attempts: Counter<'result'>;
  attemptDuration: Histogram;
  disabled: Counter;
}

/**
 * Register the webhook metrics: attempts by result (`succeeded`, `failed`, `refused`, `interrupted`), their duration,
 * hooks disabled for failures, and, read from the database when scraped, the deliveries
 * pending, the outbox events not yet fanned out (a growing number means delivery is stuck) and
 * the age of the oldest of them (a relay that stopped shows as an age that keeps growing, even
 * when few events are written).
 */
export function createWebhookMetrics(registry: Registry, db: Kysely<Database>): WebhookMetrics {
  const count = async (table: 'webhook_deliveries' | 'events') => {
    const row =
      table === 'events'
        ? await db
            .selectFrom('events')
            .select((eb) => eb.fn.countAll<string | number>().as('count'))
            .where('dispatched_at', 'is', null)
            .executeTakeFirst()
        : await db
            .selectFrom('webhook_deliveries')
            .select((eb) => eb.fn.countAll<string | number>().as('count'))
            .where('status', '=', 'pending')
            .executeTakeFirst();
    return Number(row?.count ?? 0);
  };
  new Gauge({
    name: 'designdoc_webhook_deliveries_pending',
    help: 'Webhook deliveries waiting for their first attempt or a retry',
    registers: [registry],
    async collect(this: Gauge) {
      this.set(await count('webhook_deliveries'));
    },
  });
  new Gauge({
    name: 'designdoc_outbox_undispatched_events',
    help: 'Committed events whose webhook deliveries have not been made yet',
    registers: [registry],
    async collect(this: Gauge) {
      this.set(await count('events'));
    },
  });
  new Gauge({
    name: 'designdoc_outbox_oldest_undispatched_age_seconds',
    help: 'Age of the oldest committed event whose webhook deliveries have not been made yet (0 when none)',
    registers: [registry],
    async collect(this: Gauge) {
      this.set(await oldestUndispatchedAgeSeconds(db));
    },
  });
  return {
    attempts: new Counter({
      name: 'designdoc_webhook_attempts_total',
      help: 'Webhook delivery attempts by result: succeeded (2xx), failed, refused (a non-public address, WEBHOOK_ALLOW_PRIVATE), or interrupted (the server stopped during it; retried)',
      labelNames: ['result'],
      registers: [registry],
    }),
    attemptDuration: new Histogram({
      name: 'designdoc_webhook_attempt_duration_seconds',
      help: 'Time from sending a webhook request to its response or failure',
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    disabled: new Counter({
      name: 'designdoc_webhooks_disabled_total',
      help: 'Webhooks disabled after a run of failed attempts',
      registers: [registry],
    }),
  };
}

/**
 * Seconds since the oldest undispatched event was committed, 0 when there is none: the first
 * row of the `events_undispatched` index (`dispatched_at`, `seq`), so one short index read.
 */
async function oldestUndispatchedAgeSeconds(db: Kysely<Database>): Promise<number> {
  const oldest = await db
    .selectFrom('events')
    .select('created_at')
    .where('dispatched_at', 'is', null)
    .orderBy('seq')
    .limit(1)
    .executeTakeFirst();
  if (!oldest) return 0;
  return Math.max(0, (Date.now() - Date.parse(oldest.created_at)) / 1000);
}
