import type { FastifyBaseLogger } from 'fastify';
import { type Kysely, sql } from 'kysely';
import type { WebhookSettings } from '../config.js';
import type { Database } from '../db/database.js';
import type { EventPayload } from '../events/event-types.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { describeAttempt, traceHeaders } from '../tracing/webhook-spans.js';
import { VERSION } from '../version.js';
import { deliveryBody, type WebhookFormat } from './webhook-formats.js';
import { takeLease } from './webhook-lease.js';
import type { WebhookMetrics } from './webhook-metrics.js';
import { postWebhook, TargetRefused } from './webhook-request.js';
import { SIGNATURE_HEADER, signatureHeader } from './webhook-signature.js';
import type { TargetPolicy } from './webhook-target-policy.js';

/** What an attempt needs from the server. */
export interface DeliveryContext {
  db: Kysely<Database>;
  settings: WebhookSettings;
  secrets: () => SecretBox;
  metrics: WebhookMetrics;
  log: FastifyBaseLogger;
  /** Where deliveries may go (`WEBHOOK_ALLOW_PRIVATE`). */
  targets: TargetPolicy;
  /** Aborted when the server stops: an attempt still waiting for its answer is abandoned. */
  stopping?: AbortSignal;
}

/** How an attempt ended, for whoever schedules the next one. */
export type AttemptOutcome =
  | { kind: 'succeeded' }
  /** Failed; try again after `delayMs`. */
  | { kind: 'retry'; delayMs: number }
  /** Failed for the last time (or refused by the target policy). */
  | { kind: 'failed' }
  /** The hook is disabled or gone: nothing was sent. */
  | { kind: 'skipped' }
  /**
   * Nothing was done by this call: the delivery is done or gone, or (with `retryAt`) not due
   * yet or leased by another attempt, to be asked again at `retryAt`.
   */
  | { kind: 'not-claimed'; retryAt?: Date };

/**
 * The wait before attempt `attempt + 1`: exponential (`base` × 2^(attempt−1)) with jitter, a
 * random point in its upper half, so that deliveries failed together do not retry together.
 * The same formula as BullMQ's `exponential` backoff with `jitter: 0.5`.
 */
export function retryDelay(attempt: number, baseMs: number, random = Math.random()): number {
  const most = Math.round(2 ** (attempt - 1) * baseMs);
  return Math.floor(most / 2 + random * (most / 2));
}

/**
 * Make one attempt at a delivery: take its lease (webhook-lease.ts: of two instances or two
 * copies of a job only one sends, and the attempt's number is counted before sending), sign and
 * POST the body with a timeout to an address the target policy allows, then record the attempt,
 * the delivery's new state (succeeded, retry at a time, failed) and the hook's run of failures
 * (disabling it with the reason past `disableAfter`). A process that dies mid-attempt leaves the
 * lease to expire (`timeoutMs` + 30 s after it was taken), and the delivery is tried again as
 * the next attempt: at least once.
 */
export async function attemptDelivery(
  ctx: DeliveryContext,
  deliveryId: string,
  now = new Date(),
): Promise<AttemptOutcome> {
  const { db, settings } = ctx;
  // Past the shutdown deadline nothing is sent: taking the lease would count an attempt that
  // never ran and log it as interrupted. Another instance (or this one, restarted) takes it.
  if (ctx.stopping?.aborted)
    return { kind: 'not-claimed', retryAt: new Date(now.getTime() + 1000) };
  const lease = await takeLease(db, settings, deliveryId, now);
  if (lease.kind === 'done') return { kind: 'not-claimed' };
  if (lease.kind === 'busy') return { kind: 'not-claimed', retryAt: lease.retryAt };
  const [hook, event] = await Promise.all([
    db.selectFrom('webhooks').selectAll().where('id', '=', lease.webhookId).executeTakeFirst(),
    db.selectFrom('events').select('payload').where('id', '=', lease.eventId).executeTakeFirst(),
  ]);
  if (hook?.active !== 1 || !event) {
    await db
      .updateTable('webhook_deliveries')
      .set({
        status: 'skipped',
        // Nothing was sent: the lease's attempt does not count.
        attempts: lease.attempt - 1,
        locked_until: null,
        next_attempt_at: null,
        last_error: hook?.disabled_reason
          ? `The webhook is disabled: ${hook.disabled_reason}`
          : 'The webhook is disabled',
        updated_at: now.toISOString(),
        completed_at: now.toISOString(),
      })
      .where('id', '=', deliveryId)
      .where('locked_until', '=', lease.until)
      .execute();
    return { kind: 'skipped' };
  }
  const result = await send(ctx, {
    url: hook.url,
    sealedSecret: hook.secret,
    format: hook.format as WebhookFormat,
    payload: JSON.parse(event.payload) as EventPayload,
    deliveryId,
    attempt: lease.attempt,
  });
  describeAttempt(hook.url, lease, result);
  return record(ctx, { id: deliveryId, ...lease }, hook.id, result, now);
}

interface SendResult {
  startedAt: Date;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  /** The target policy refused the address: retrying cannot help. */
  refused: boolean;
  /** The server stopped during the attempt: it is retried at once, elsewhere or after restart. */
  interrupted?: boolean;
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
  const ended = (statusCode: number | null, error: string | null, refused = false): SendResult => ({
    startedAt,
    durationMs: Math.round(performance.now() - started),
    statusCode,
    error,
    refused,
  });
  let secret: string;
  try {
    secret = ctx.secrets().open(delivery.sealedSecret);
  } catch (error) {
    ctx.log.error({ err: error, delivery: delivery.deliveryId }, 'webhook secret unreadable');
    return ended(null, (error as Error).message);
  }
  const body = deliveryBody(delivery.payload, delivery.format);
  try {
    const status = await postWebhook(
      new URL(delivery.url),
      {
        headers: {
          'content-type': 'application/json',
          'user-agent': `designdoc-webhooks/${VERSION}`,
          'idempotency-key': delivery.payload.id,
          'designdoc-event': delivery.payload.type,
          'designdoc-event-id': delivery.payload.id,
          'designdoc-delivery': delivery.deliveryId,
          'designdoc-attempt': String(delivery.attempt),
          [SIGNATURE_HEADER]: signatureHeader(secret, Math.floor(Date.now() / 1000), body),
          ...traceHeaders(),
        },
        body,
      },
      {
        policy: ctx.targets,
        timeoutMs: ctx.settings.timeoutMs,
        ...(ctx.stopping ? { signal: ctx.stopping } : {}),
      },
    );
    if (status >= 200 && status < 300) return ended(status, null);
    return ended(
      status,
      status >= 300 && status < 400
        ? `HTTP ${status}: redirects are not followed; give the webhook its final URL`
        : `HTTP ${status}`,
    );
  } catch (error) {
    if (ctx.stopping?.aborted) return { ...ended(null, STOPPED_DURING_ATTEMPT), interrupted: true };
    if (error instanceof TargetRefused) {
      ctx.log.warn({ delivery: delivery.deliveryId, reason: error.message }, 'webhook refused');
      return ended(null, error.message, true);
    }
    return ended(null, describeFailure(error as Error, ctx.settings.timeoutMs));
  }
}

/** The error an attempt abandoned at shutdown (SHUTDOWN_TIMEOUT_MS) is logged with. */
export const STOPPED_DURING_ATTEMPT =
  'Interrupted: the server stopped before the answer came (the receiver may have got it)';

/** A network failure in words: a timeout, or the system's reason (ECONNREFUSED …). */
function describeFailure(error: Error, timeoutMs: number): string {
  if (error.name === 'TimeoutError' || error.name === 'AbortError')
    return `No response within ${timeoutMs} ms`;
  const code = (error as NodeJS.ErrnoException).code;
  return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
}

/**
 * The attempt's row, the delivery's new state and the hook's failure run, in one transaction.
 * Only while the lease is still this attempt's: one that outlived its lease (it was taken over
 * and logged as interrupted) puts its real result on its row and leaves the rest alone.
 */
async function record(
  ctx: DeliveryContext,
  lease: { id: string; attempt: number; until: string },
  hookId: string,
  result: SendResult,
  now: Date,
): Promise<AttemptOutcome> {
  const { settings, metrics } = ctx;
  const succeeded = result.error === null;
  const { attempt } = lease;
  const at = new Date().toISOString();
  metrics.attempts.inc({
    result: succeeded
      ? 'succeeded'
      : result.refused
        ? 'refused'
        : result.interrupted
          ? 'interrupted'
          : 'failed',
  });
  metrics.attemptDuration.observe(result.durationMs / 1000);
  // An interrupted attempt is not the receiver's failure: due again at once (as one cut off by a
  // crash is once its lease ends), even if it was the last, and the hook's failure run stays.
  const outcome: AttemptOutcome = succeeded
    ? { kind: 'succeeded' }
    : result.interrupted
      ? { kind: 'retry', delayMs: 0 }
      : result.refused || attempt >= settings.maxAttempts
        ? { kind: 'failed' }
        : { kind: 'retry', delayMs: retryDelay(attempt, settings.retryBaseMs) };
  const attemptRow = {
    started_at: result.startedAt.toISOString(),
    duration_ms: result.durationMs,
    status_code: result.statusCode,
    error: result.error,
    succeeded: succeeded ? 1 : 0,
  };
  const recorded = await ctx.db.transaction().execute(async (trx) => {
    // The delivery first: a hook deleted during the attempt took it along, and there is
    // nothing left to record (nor is there when another attempt has taken the lease over).
    const updated = await trx
      .updateTable('webhook_deliveries')
      .set({
        status: outcome.kind === 'retry' ? 'pending' : outcome.kind,
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
      .where('id', '=', lease.id)
      .where('attempts', '=', attempt)
      .where('locked_until', '=', lease.until)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      await trx
        .updateTable('webhook_attempts')
        .set(attemptRow)
        .where('delivery_id', '=', lease.id)
        .where('number', '=', attempt)
        .execute();
      return false;
    }
    await trx
      .insertInto('webhook_attempts')
      .values({ delivery_id: lease.id, number: attempt, ...attemptRow })
      .execute();
    if (result.interrupted) return true;
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
  return recorded ? outcome : { kind: 'not-claimed' };
}
