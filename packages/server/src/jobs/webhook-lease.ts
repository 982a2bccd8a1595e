import type { Kysely } from 'kysely';
import type { WebhookSettings } from '../config.js';
import type { Database } from '../db/database.js';

/**
 * How much longer than a request's timeout a lease lasts: time to record the result after a
 * timeout, and slack for clocks that differ a little between instances.
 */
const LEASE_MARGIN_MS = 30_000;

/** A due delivery's clock slack: a timer may fire a little before the stored time. */
const EARLY_MS = 1000;

/** The error an attempt is logged with when its instance died before recording a result. */
export const INTERRUPTED =
  'Interrupted: the instance sending it stopped before recording a result (the receiver may have got it)';

/** What asking for a delivery's lease gave. */
export type Lease =
  /** Ours until `until`: make attempt number `attempt`. */
  | { kind: 'taken'; attempt: number; until: string; webhookId: string; eventId: string }
  /** Pending, but not due or leased by another attempt: ask again at `retryAt`. */
  | { kind: 'busy'; retryAt: Date }
  /** Not pending any more (done, given up, skipped) or gone: nothing to do. */
  | { kind: 'done' };

/**
 * Take a delivery's lease for one attempt, or say why not. The attempt's number is recorded
 * with the lease, before anything is sent: an attempt cut off by a crash has counted, the one
 * after it is the next number, and the cut-off one is logged as interrupted (`INTERRUPTED`)
 * when its expired lease is taken over. The update is a compare-and-set on `attempts` (every
 * lease adds one) and `locked_until`, so of two instances or two copies of a job only one
 * takes it.
 */
export async function takeLease(
  db: Kysely<Database>,
  settings: WebhookSettings,
  deliveryId: string,
  now: Date,
): Promise<Lease> {
  const row = await db
    .selectFrom('webhook_deliveries')
    .select(['status', 'attempts', 'next_attempt_at', 'locked_until', 'updated_at'])
    .select(['webhook_id', 'event_id'])
    .where('id', '=', deliveryId)
    .executeTakeFirst();
  if (row?.status !== 'pending') return { kind: 'done' };
  const dueAt = row.next_attempt_at ? Date.parse(row.next_attempt_at) : 0;
  const freeAt = row.locked_until ? Date.parse(row.locked_until) + 1 : 0;
  if (dueAt > now.getTime() + EARLY_MS || freeAt > now.getTime())
    return { kind: 'busy', retryAt: new Date(Math.max(dueAt, freeAt)) };
  const attempt = row.attempts + 1;
  const until = new Date(now.getTime() + settings.timeoutMs + LEASE_MARGIN_MS).toISOString();
  const taken = await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('webhook_deliveries')
      .set({ locked_until: until, attempts: attempt, updated_at: now.toISOString() })
      .where('id', '=', deliveryId)
      .where('status', '=', 'pending')
      .where('attempts', '=', row.attempts)
      .where('locked_until', row.locked_until === null ? 'is' : '=', row.locked_until)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return false;
    // A lease that expired without a result: its attempt (started when it was taken, at
    // `updated_at`) never recorded one. An attempt recorded meanwhile keeps its own row.
    if (row.locked_until !== null && row.attempts > 0)
      await trx
        .insertInto('webhook_attempts')
        .values({
          delivery_id: deliveryId,
          number: row.attempts,
          started_at: row.updated_at,
          duration_ms: -1,
          status_code: null,
          error: INTERRUPTED,
          succeeded: 0,
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
    return true;
  });
  // Lost to another instance: it holds the lease now; look again once it may have ended.
  if (!taken) return { kind: 'busy', retryAt: new Date(now.getTime() + EARLY_MS) };
  return { kind: 'taken', attempt, until, webhookId: row.webhook_id, eventId: row.event_id };
}
