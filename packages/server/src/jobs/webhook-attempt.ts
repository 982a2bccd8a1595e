import type { FastifyBaseLogger } from 'fastify';
import { type Kysely, sql } from 'kysely';
import type { WebhookSettings } from '../config.js';
import type { Database } from '../db/database.js';
import type { EventPayload } from '../events/event-types.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { VERSION } from '../version.js';
import { deliveryBody, type WebhookFormat } from './webhook-formats.js';
import type { WebhookMetrics } from './webhook-metrics.js';
import { SIGNATURE_HEADER, signatureHeader } from './webhook-signature.js';
import { blockedAddress } from './webhook-url.js';

/** What an attempt needs from the server. */
export interface DeliveryContext {
  db: Kysely<Database>;
  settings: WebhookSettings;
  secrets: () => SecretBox;
  metrics: WebhookMetrics;
  log: FastifyBaseLogger;
}

/** How an attempt ended, for whoever schedules the next one. */
export type AttemptOutcome =
  | { kind: 'succeeded' }
  /** Failed; try again after `delayMs`. */
  | { kind: 'retry'; delayMs: number }
  /** Failed for the last time. */
  | { kind: 'failed' }
  /** The hook is disabled or gone: nothing was sent. */
  | { kind: 'skipped' }
  /** Not pending, not due yet, or another instance is sending it: nothing was done. */
  | { kind: 'not-claimed' };

/**
 * The wait before attempt `attempt + 1`: exponential (`base` × 2^(attempt−1)) with jitter, a
 * random point in its upper half, so that deliveries failed together do not retry together.
 * The same formula as BullMQ's `exponential` backoff with `jitter: 0.5`.
 */
export function retryDelay(attempt: number, baseMs: number, random = Math.random()): number {
  const most = Math.round(2 ** (attempt - 1) * baseMs);
  return Math.floor(most / 2 + random * (most / 2));
}

/** A due delivery's clock slack: a timer may fire a little before the stored time. */
const EARLY_MS = 1000;

/**
 * Make one attempt at a delivery: take its lease (a conditional UPDATE, so that of two
 * instances or two copies of a job only one sends), sign and POST the body with a timeout,
 * then record the attempt, the delivery's new state (succeeded, retry at a time, failed) and the
 * hook's run of failures (disabling it with the reason past `disableAfter`). A process that dies
 * mid-attempt leaves the lease to expire, and the delivery is tried again: at least once.
 */
export async function attemptDelivery(
  ctx: DeliveryContext,
  deliveryId: string,
  now = new Date(),
): Promise<AttemptOutcome> {
  const { db, settings } = ctx;
  const lease = new Date(now.getTime() + settings.timeoutMs + 30_000).toISOString();
  const claimed = await db
    .updateTable('webhook_deliveries')
    .set({ locked_until: lease })
    .where('id', '=', deliveryId)
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', new Date(now.getTime() + EARLY_MS).toISOString())
    .where((eb) =>
      eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now.toISOString())]),
    )
    .returningAll()
    .executeTakeFirst();
  if (!claimed) return { kind: 'not-claimed' };
  const [hook, event] = await Promise.all([
    db.selectFrom('webhooks').selectAll().where('id', '=', claimed.webhook_id).executeTakeFirst(),
    db.selectFrom('events').select('payload').where('id', '=', claimed.event_id).executeTakeFirst(),
  ]);
  if (hook?.active !== 1 || !event) {
    await db
      .updateTable('webhook_deliveries')
      .set({
        status: 'skipped',
        locked_until: null,
        next_attempt_at: null,
        last_error: hook?.disabled_reason
          ? `The webhook is disabled: ${hook.disabled_reason}`
          : 'The webhook is disabled',
        updated_at: now.toISOString(),
        completed_at: now.toISOString(),
      })
      .where('id', '=', deliveryId)
      .execute();
    return { kind: 'skipped' };
  }
  const result = await send(ctx, {
    url: hook.url,
    sealedSecret: hook.secret,
    format: hook.format as WebhookFormat,
    payload: JSON.parse(event.payload) as EventPayload,
    deliveryId,
    attempt: claimed.attempts + 1,
  });
  return record(ctx, claimed, hook.id, result, now);
}

interface SendResult {
  startedAt: Date;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
}

/** Sign and POST one delivery; never throws (every failure is a result to record). */
async function send(
  ctx: DeliveryContext,
  delivery: {
    url: string;
    sealedSecret: string;
    format: WebhookFormat;
    payload: EventPayload;
    deliveryId: string;
    attempt: number;
  },
): Promise<SendResult> {
  const startedAt = new Date();
  const started = performance.now();
  const ended = (statusCode: number | null, error: string | null): SendResult => ({
    startedAt,
    durationMs: Math.round(performance.now() - started),
    statusCode,
    error,
  });
  let secret: string;
  try {
    secret = ctx.secrets().open(delivery.sealedSecret);
  } catch (error) {
    ctx.log.error({ err: error, delivery: delivery.deliveryId }, 'webhook secret unreadable');
    return ended(null, (error as Error).message);
  }
  const blocked = blockedAddress(delivery.url);
  if (blocked) return ended(null, blocked);
  const body = deliveryBody(delivery.payload, delivery.format);
  try {
    const response = await fetch(delivery.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(ctx.settings.timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': `designdoc-webhooks/${VERSION}`,
        'idempotency-key': delivery.payload.id,
        'designdoc-event': delivery.payload.type,
        'designdoc-event-id': delivery.payload.id,
        'designdoc-delivery': delivery.deliveryId,
        'designdoc-attempt': String(delivery.attempt),
        [SIGNATURE_HEADER]: signatureHeader(secret, Math.floor(Date.now() / 1000), body),
      },
      body,
    });
    // The body is not read or kept: a receiver's answer is its status code.
    await response.body?.cancel();
    if (response.status >= 200 && response.status < 300) return ended(response.status, null);
    return ended(
      response.status,
      response.status >= 300 && response.status < 400
        ? `HTTP ${response.status}: redirects are not followed; give the webhook its final URL`
        : `HTTP ${response.status}`,
    );
  } catch (error) {
    return ended(null, describeFailure(error as Error, ctx.settings.timeoutMs));
  }
}

/** A network failure in words: a timeout, or the system's reason (ECONNREFUSED …). */
function describeFailure(error: Error, timeoutMs: number): string {
  if (error.name === 'TimeoutError' || error.name === 'AbortError')
    return `No response within ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `${cause.message ?? 'Request failed'} (${cause.code})`;
  return cause?.message ?? error.message;
}

/** The attempt's row, the delivery's new state and the hook's failure run, in one transaction. */
async function record(
  ctx: DeliveryContext,
  claimed: { id: string; attempts: number },
  hookId: string,
  result: SendResult,
  now: Date,
): Promise<AttemptOutcome> {
  const { settings, metrics } = ctx;
  const succeeded = result.error === null;
  const attempt = claimed.attempts + 1;
  const at = new Date().toISOString();
  metrics.attempts.inc({ result: succeeded ? 'succeeded' : 'failed' });
  metrics.attemptDuration.observe(result.durationMs / 1000);
  const outcome: AttemptOutcome = succeeded
    ? { kind: 'succeeded' }
    : attempt >= settings.maxAttempts
      ? { kind: 'failed' }
      : { kind: 'retry', delayMs: retryDelay(attempt, settings.retryBaseMs) };
  const recorded = await ctx.db.transaction().execute(async (trx) => {
    // The delivery first: a hook deleted during the attempt took it along, and there is
    // nothing left to record.
    const updated = await trx
      .updateTable('webhook_deliveries')
      .set({
        status: outcome.kind === 'retry' ? 'pending' : outcome.kind,
        attempts: attempt,
        next_attempt_at:
          outcome.kind === 'retry'
            ? new Date(now.getTime() + result.durationMs + outcome.delayMs).toISOString()
            : null,
        locked_until: null,
        last_status_code: result.statusCode,
        last_error: result.error,
        last_duration_ms: result.durationMs,
        updated_at: at,
        completed_at: outcome.kind === 'retry' ? null : at,
      })
      .where('id', '=', claimed.id)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return false;
    await trx
      .insertInto('webhook_attempts')
      .values({
        delivery_id: claimed.id,
        number: attempt,
        started_at: result.startedAt.toISOString(),
        duration_ms: result.durationMs,
        status_code: result.statusCode,
        error: result.error,
        succeeded: succeeded ? 1 : 0,
      })
      .execute();
    if (succeeded) {
      await trx
        .updateTable('webhooks')
        .set({ consecutive_failures: 0 })
        .where('id', '=', hookId)
        .where('consecutive_failures', '>', 0)
        .execute();
      return true;
    }
    const hook = await trx
      .updateTable('webhooks')
      .set({ consecutive_failures: sql<number>`consecutive_failures + 1` })
      .where('id', '=', hookId)
      .returning(['consecutive_failures', 'active'])
      .executeTakeFirst();
    if (hook && hook.active === 1 && hook.consecutive_failures >= settings.disableAfter) {
      await trx
        .updateTable('webhooks')
        .set({
          active: 0,
          disabled_at: at,
          disabled_reason: `${hook.consecutive_failures} attempts in a row failed; the last: ${result.error}`,
          updated_at: at,
        })
        .where('id', '=', hookId)
        .execute();
      metrics.disabled.inc();
      ctx.log.warn({ webhook: hookId, reason: result.error }, 'webhook disabled after failures');
    }
    return true;
  });
  return recorded ? outcome : { kind: 'skipped' };
}
