import { sql } from 'kysely';
import type { Engine } from '../db/connect.js';
import { attemptDeliveryTraced } from './traced-attempt.js';
import type { DeliveryContext } from './webhook-attempt.js';
import type { WebhookJobs } from './webhook-delivery.js';
import { fanOutEvents } from './webhook-fan-out.js';

/** Deliveries attempted at once by one process. */
const CONCURRENCY = 4;
/** Due deliveries read per round. */
const BATCH = 50;
/** When the pending deliveries can next be attempted: the earliest due time or, if later, lease end. */
const NEXT_POSSIBLE = sql<string | null>`min(case when locked_until > next_attempt_at
  then locked_until else next_attempt_at end)`;

/**
 * Webhook delivery inside the server process, from the database alone (the embedded default,
 * no Redis): fan out the outbox, then attempt every due delivery, a few at a time. It runs when
 * woken (an event committed, a redelivery), at the time the next retry is due, and every
 * `pollMs` whatever happens. Safe with several instances on one PostgreSQL: fan-out and
 * attempts are claimed by conditional updates.
 */
export function startLocalDelivery(ctx: DeliveryContext & { engine: Engine }): WebhookJobs {
  const { db, settings, log } = ctx;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;

  const round = async (): Promise<boolean> => {
    const now = new Date();
    const fanned = await fanOutEvents(db, ctx.engine, {
      now,
      initialDelayMs: settings.initialDelayMs,
    });
    const due = await db
      .selectFrom('webhook_deliveries')
      .select('id')
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now.toISOString())
      .where((eb) =>
        eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now.toISOString())]),
      )
      .orderBy('next_attempt_at')
      .limit(BATCH)
      .execute();
    const ids = due.map((d) => d.id);
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, ids.length) }, async () => {
        for (
          let id = ids.shift();
          id !== undefined && !closed && !ctx.stopping?.aborted;
          id = ids.shift()
        )
          await attemptDeliveryTraced(ctx, id);
      }),
    );
    return fanned.events > 0 || due.length === BATCH;
  };

  /**
   * Sleep until the next delivery can be attempted, or `pollMs`, whichever is sooner. A
   * delivery leased by an attempt that died waits for the lease to end, not for its due time,
   * which has passed (waking for that would read the table every 10 ms until the lease ends).
   */
  const sleep = async () => {
    const next = await db
      .selectFrom('webhook_deliveries')
      .select(NEXT_POSSIBLE.as('at'))
      .where('status', '=', 'pending')
      .executeTakeFirst();
    const untilNext = next?.at ? Date.parse(next.at) - Date.now() : Number.POSITIVE_INFINITY;
    clearTimeout(timer);
    if (!closed)
      timer = setTimeout(wake, Math.max(10, Math.min(settings.pollMs, untilNext))).unref();
  };

  const run = async () => {
    try {
      // A wake during a round or the sleep's query runs another round.
      do {
        again = false;
        while (!closed && (await round()));
        await sleep();
      } while (again && !closed);
    } catch (error) {
      log.error({ err: error }, 'webhook delivery round failed; retrying at the next poll');
      clearTimeout(timer);
      if (!closed) timer = setTimeout(wake, settings.pollMs).unref();
    }
  };

  function wake() {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = run().finally(() => {
      running = null;
    });
  }

  return {
    wake,
    async schedule() {
      wake();
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      await running;
    },
  };
}
