import { randomUUID } from 'node:crypto';
import { context, type Span, trace } from '@opentelemetry/api';
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Engine } from '../db/connect.js';
import type { Database, WebhookDeliveriesTable } from '../db/database.js';
import { recordFailure, tracer } from '../tracing/tracer.js';

/** Events claimed per transaction: bounds one fan-out's work and lock time. */
const BATCH = 100;

/** A delivery ready to be sent, as the queue needs it. */
export interface NewDelivery {
  id: string;
  /** When its first attempt is due. */
  dueAt: string;
}

/**
 * Fan out the outbox: claim events no one has dispatched and, in the same transaction, make a
 * delivery for every hook of their workspace that subscribes to their type (and, for a
 * confidential document's event, only for hooks that opt in). Claiming is an UPDATE that only
 * takes rows still undispatched (with FOR UPDATE SKIP LOCKED on PostgreSQL, so that instances
 * take different events instead of waiting for each other), so two instances never fan out one
 * event twice; the unique (hook, event) index would refuse it anyway. A crash before the commit
 * leaves the events undispatched for the next try. Returns the pending deliveries made.
 *
 * Traced as `outbox relay`, a trace of its own (the events may come from many requests, and
 * from other instances), only when it claims events, so that the poll makes no empty traces:
 * the span starts back when the transaction did and ends at its commit; its attributes hold the
 * event ids (the saves' spans have them as `outbox event` events), its children the queries
 * after the claim.
 */
export async function fanOutEvents(
  db: Kysely<Database>,
  engine: Engine,
  options: { now: Date; initialDelayMs: number },
): Promise<{ events: number; deliveries: NewDelivery[] }> {
  const now = options.now.toISOString();
  const dueAt = new Date(options.now.getTime() + options.initialDelayMs).toISOString();
  const started = performance.now();
  let span: Span | undefined;
  try {
    return await db.transaction().execute(async (trx) => {
      const events = await claimEvents(trx, engine, now);
      if (events.length === 0) return { events: 0, deliveries: [] };
      const relay = tracer.startSpan('outbox relay', {
        root: true,
        startTime: started,
        attributes: {
          'designdoc.events': events.length,
          'designdoc.event.ids': events.map((e) => e.id),
        },
      });
      span = relay;
      return context.with(trace.setSpan(context.active(), relay), async () => {
        const deliveries = await makeDeliveries(trx, events, now, dueAt);
        relay.setAttribute('designdoc.deliveries', deliveries.length);
        return { events: events.length, deliveries };
      });
    });
  } catch (error) {
    if (span) recordFailure(span, error);
    throw error;
  } finally {
    span?.end();
  }
}

/** Mark up to BATCH undispatched events dispatched, in `trx`, and return them. */
function claimEvents(trx: Transaction<Database>, engine: Engine, now: string) {
  let undispatched = trx
    .selectFrom('events')
    .select('seq')
    .where('dispatched_at', 'is', null)
    .orderBy('seq')
    .limit(BATCH);
  if (engine === 'postgres') undispatched = undispatched.forUpdate().skipLocked();
  return trx
    .updateTable('events')
    .set({ dispatched_at: now })
    .where('seq', 'in', undispatched)
    .where('dispatched_at', 'is', null)
    .returning(['id', 'type', 'workspace_id', 'restricted'])
    .execute();
}

/** A delivery per subscribed hook of each claimed event, inserted in `trx`; the pending ones. */
async function makeDeliveries(
  trx: Transaction<Database>,
  events: { id: string; type: string; workspace_id: string; restricted: number }[],
  now: string,
  dueAt: string,
): Promise<NewDelivery[]> {
  const hooks = await trx
    .selectFrom('webhooks')
    .select(['id', 'workspace_id', 'events', 'active', 'include_confidential'])
    .where('workspace_id', 'in', [...new Set(events.map((e) => e.workspace_id))])
    .execute();
  const rows: Insertable<WebhookDeliveriesTable>[] = [];
  for (const event of events)
    for (const hook of hooks) {
      if (hook.workspace_id !== event.workspace_id) continue;
      if (!(JSON.parse(hook.events) as string[]).includes(event.type)) continue;
      if (event.restricted === 1 && hook.include_confidential !== 1) continue;
      const active = hook.active === 1;
      rows.push({
        id: randomUUID(),
        webhook_id: hook.id,
        event_id: event.id,
        event_type: event.type,
        redelivery: 0,
        // A disabled hook's deliveries are kept as skipped: redeliverable once it is enabled.
        status: active ? 'pending' : 'skipped',
        attempts: 0,
        next_attempt_at: active ? dueAt : null,
        locked_until: null,
        last_status_code: null,
        last_error: active ? null : 'The webhook was disabled when the event happened',
        last_duration_ms: null,
        created_at: now,
        updated_at: now,
        completed_at: active ? null : now,
      });
    }
  // In slices: SQLite takes at most 32,766 parameters a statement.
  for (let i = 0; i < rows.length; i += 500)
    await trx
      .insertInto('webhook_deliveries')
      .values(rows.slice(i, i + 500))
      .execute();
  return rows.filter((r) => r.status === 'pending').map((r) => ({ id: r.id, dueAt }));
}
