import { DelayedError, type Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Engine } from '../db/connect.js';
import { attemptDeliveryTraced } from './traced-attempt.js';
import { type DeliveryContext, retryDelay } from './webhook-attempt.js';
import type { WebhookJobs } from './webhook-delivery.js';
import { fanOutEvents, type NewDelivery } from './webhook-fan-out.js';

/** The BullMQ queue every instance shares (keys `designdoc:webhook-deliveries:*` in Redis). */
export const QUEUE_NAME = 'webhook-deliveries';
const PREFIX = 'designdoc';
/** Deliveries one instance attempts at once. */
const CONCURRENCY = 8;
/** A pending delivery this long overdue has lost its job (Redis restarted, a crash before the add). */
const OVERDUE_MS = 30_000;
/**
 * A job's lock in Redis, renewed every half of it while its attempt runs, and how often workers
 * look for jobs whose lock has gone (their worker died). BullMQ's defaults (30 s each) find such
 * a job 30 to 90 s after the crash, later than the delivery's lease (`WEBHOOK_TIMEOUT_MS` + 30 s,
 * at least 30.1 s) ends; these find it within 10 + 2 × 5 = 20 s, before the lease ends, and the
 * job then waits for the lease (`moveToDelayed`), so the next attempt starts when it expires.
 */
const JOB_LOCK_MS = 10_000;
const STALLED_CHECK_MS = 5_000;

interface DeliveryJob {
  deliveryId: string;
}

/** Thrown by the processor so that BullMQ retries the job after exactly the delay recorded on the delivery. */
class RetryLater extends Error {
  constructor(readonly delayMs: number) {
    super(`attempt failed; retrying in ${delayMs} ms`);
    this.name = 'RetryLater';
  }
}

/**
 * Webhook delivery on BullMQ, for many instances sharing one Redis. Each instance fans out the
 * outbox (claims are atomic in the database, so an event is fanned out once) and adds a job per
 * delivery whose job id is the delivery id, so a delivery is queued once however many instances
 * add it. Workers on every instance take jobs; a failed attempt is retried by BullMQ after the
 * backoff the attempt recorded. The database stays the record: the delivery's lease keeps a
 * duplicate job from sending twice (the job waits for the lease to end, then tries), and a
 * sweep re-adds the job of a pending delivery that is long overdue (its job was lost with Redis,
 * or an instance died between commit and add). A job whose worker died mid-attempt is found by
 * BullMQ's stalled-job check before the delivery's lease ends, and is attempted again as the
 * lease expires.
 */
export async function startQueueDelivery(
  ctx: DeliveryContext & { engine: Engine },
  redisUrl: string,
): Promise<WebhookJobs> {
  const { db, settings, log } = ctx;
  // Adding jobs fails fast while Redis is away (the deliveries wait in the database and the
  // sweep adds them later); the worker's blocking reads need ioredis to retry without limit.
  const queueConnection = new Redis(redisUrl, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
  });
  const workerConnection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const connections = [queueConnection, workerConnection];
  // BullMQ reports connection errors through the queue and the worker (logged below).
  for (const connection of connections) connection.on('error', () => {});
  const queue = new Queue<DeliveryJob>(QUEUE_NAME, {
    connection: queueConnection,
    prefix: PREFIX,
  });
  const worker = new Worker<DeliveryJob>(
    QUEUE_NAME,
    async (job: Job<DeliveryJob>, token?: string) => {
      const outcome = await attemptDeliveryTraced(ctx, job.data.deliveryId);
      if (outcome.kind === 'retry') throw new RetryLater(outcome.delayMs);
      // Leased by an attempt that has not ended (or died: its lease runs out) or not due yet:
      // come back then, without using up one of the job's attempts.
      if (outcome.kind === 'not-claimed' && outcome.retryAt) {
        await job.moveToDelayed(outcome.retryAt.getTime(), token);
        throw new DelayedError();
      }
      return outcome.kind;
    },
    {
      connection: workerConnection,
      prefix: PREFIX,
      concurrency: CONCURRENCY,
      lockDuration: JOB_LOCK_MS,
      stalledInterval: STALLED_CHECK_MS,
      // A job whose worker died more often than this is failed and removed; the sweep below
      // queues its delivery again.
      maxStalledCount: 3,
      settings: {
        backoffStrategy: (attemptsMade: number, _type?: string, error?: Error) =>
          error instanceof RetryLater
            ? error.delayMs
            : retryDelay(attemptsMade, settings.retryBaseMs),
      },
    },
  );
  const onError = (error: Error) => log.error({ err: error }, 'webhook queue: Redis error');
  queue.on('error', onError);
  worker.on('error', onError);

  /** Queue deliveries; when Redis cannot take them they stay pending and the sweep adds them later. */
  const add = async (deliveries: (NewDelivery & { attemptsLeft?: number })[]) => {
    if (deliveries.length === 0) return;
    const now = Date.now();
    await queue
      .addBulk(
        deliveries.map((d) => ({
          name: 'deliver',
          data: { deliveryId: d.id },
          opts: {
            jobId: d.id,
            delay: Math.max(0, Date.parse(d.dueAt) - now),
            attempts: d.attemptsLeft ?? settings.maxAttempts,
            backoff: { type: 'designdoc' },
            removeOnComplete: true,
            removeOnFail: true,
          },
        })),
      )
      .catch((error: Error) =>
        log.warn(
          { err: error, deliveries: deliveries.length },
          'webhook queue: cannot add jobs now; the sweep adds them when Redis answers',
        ),
      );
  };

  /** Re-add the jobs of pending deliveries long overdue; a job that still exists is left as it is. */
  const sweep = async () => {
    const now = Date.now();
    const rows = await db
      .selectFrom('webhook_deliveries')
      .select(['id', 'attempts', 'next_attempt_at'])
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<', new Date(now - OVERDUE_MS).toISOString())
      .where((eb) =>
        eb.or([
          eb('locked_until', 'is', null),
          eb('locked_until', '<', new Date(now).toISOString()),
        ]),
      )
      .limit(500)
      .execute();
    await add(
      rows.map((r) => ({
        id: r.id,
        dueAt: r.next_attempt_at ?? new Date(now).toISOString(),
        attemptsLeft: Math.max(1, settings.maxAttempts - r.attempts),
      })),
    );
  };

  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;
  const fanOut = async () => {
    do {
      again = false;
      for (;;) {
        const fanned = await fanOutEvents(db, ctx.engine, {
          now: new Date(),
          initialDelayMs: settings.initialDelayMs,
        });
        await add(fanned.deliveries);
        if (fanned.events === 0 || closed) break;
      }
    } while (again && !closed);
  };
  const wake = () => {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = fanOut()
      .catch((error) =>
        log.error({ err: error }, 'webhook fan-out failed; retrying at the next poll'),
      )
      .finally(() => {
        running = null;
      });
  };
  const poll = setInterval(wake, settings.pollMs).unref();
  const sweeper = setInterval(
    () => void sweep().catch((error) => log.error({ err: error }, 'webhook sweep failed')),
    Math.max(settings.pollMs, OVERDUE_MS / 2),
  ).unref();
  void sweep().catch((error) => log.error({ err: error }, 'webhook sweep failed'));

  return {
    wake,
    schedule: add,
    async close() {
      closed = true;
      clearInterval(poll);
      clearInterval(sweeper);
      // With Redis away, BullMQ's close waits for it: give up after a while, as the database
      // keeps every delivery that was not finished.
      const stopping = (async () => {
        await running;
        await worker.close();
        await queue.close();
      })();
      const timeout = new Promise((resolve) => setTimeout(resolve, 5000).unref());
      await Promise.race([stopping.catch(() => {}), timeout]);
      for (const connection of connections) connection.disconnect();
    },
  };
}
