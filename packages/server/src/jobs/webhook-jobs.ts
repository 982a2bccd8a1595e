import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { secretBoxLoader } from '../secrets/secrets-key.js';
import type { DeliveryContext } from './webhook-attempt.js';
import type { WebhookJobs } from './webhook-delivery.js';
import type { NewDelivery } from './webhook-fan-out.js';
import { startLocalDelivery } from './webhook-local-delivery.js';
import { createWebhookMetrics } from './webhook-metrics.js';
import { startQueueDelivery } from './webhook-queue.js';
import { targetPolicy } from './webhook-target-policy.js';

export type { WebhookJobs } from './webhook-delivery.js';

/**
 * How long after a committed event the fan-out runs: events that commit within it are fanned
 * out in one round. Under a burst of saves a round per event (a write transaction each, on the
 * event loop) cost about a sixth of the save rate on SQLite (bench/README.md, Server).
 */
const FAN_OUT_AFTER_MS = 50;

/**
 * Webhook delivery for the app: on BullMQ when `REDIS_URL` is set (one queue for all
 * instances), else in this process from the database. Started when the app is ready, stopped
 * when it closes, woken shortly after events the hub announces (a burst in one round); `app.secretBox` opens hooks' secrets.
 */
export const webhookJobs = fp(async (app: FastifyInstance) => {
  app.decorate('secretBox', secretBoxLoader(app.config));
  const ctx: DeliveryContext = {
    db: app.db,
    settings: app.config.webhooks,
    secrets: app.secretBox,
    metrics: createWebhookMetrics(app.metrics.registry, app.db),
    log: app.log.child({ component: 'webhooks' }),
    targets: targetPolicy(app.config.webhooks.allowPrivate),
    // On close, attempts still running finish until SHUTDOWN_TIMEOUT_MS, then are abandoned
    // (recorded as interrupted and due again at once).
    stopping: app.closeDeadline,
  };
  let jobs: WebhookJobs | null = null;
  const pending: NewDelivery[] = [];
  app.decorate('webhookJobs', {
    wake: () => jobs?.wake(),
    schedule: async (deliveries: NewDelivery[]) => {
      if (jobs) await jobs.schedule(deliveries);
      else pending.push(...deliveries);
    },
    close: async () => {},
  } satisfies WebhookJobs);
  let soon: NodeJS.Timeout | undefined;
  const unsubscribe = app.eventHub.subscribe(() => {
    soon ??= setTimeout(() => {
      soon = undefined;
      jobs?.wake();
    }, FAN_OUT_AFTER_MS);
  });
  app.addHook('onReady', async () => {
    jobs = app.config.redisUrl
      ? await startQueueDelivery({ ...ctx, engine: app.engine }, app.config.redisUrl)
      : startLocalDelivery({ ...ctx, engine: app.engine });
    await jobs.schedule(pending.splice(0));
    jobs.wake();
  });
  app.addHook('onClose', async () => {
    unsubscribe();
    clearTimeout(soon);
    await jobs?.close();
    jobs = null;
  });
});
