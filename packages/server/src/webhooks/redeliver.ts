import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Acting, DomainContext } from '../command-context.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import { actorOf, audit } from '../identity/audit.js';
import type { WebhookJobs } from '../jobs/webhook-delivery.js';
import { ProblemError } from '../plugins/problems.js';
import type { DeliveryRow, WebhookRow } from './repo.js';

/**
 * Send a delivery's event to its hook again, as a new delivery with the same event id (and so
 * the same Idempotency-Key), audited and handed to delivery. A 409 while the hook is disabled.
 */
export async function redeliver(
  ctx: DomainContext & { webhookJobs: WebhookJobs },
  acting: Acting,
  hook: WebhookRow,
  original: DeliveryRow,
): Promise<DeliveryRow> {
  if (hook.active !== 1)
    throw new ProblemError(
      'conflict',
      `Webhook ${hook.id} is disabled (${hook.disabled_reason ?? 'no reason given'}); enable it with PATCH {"active": true} first`,
    );
  const now = new Date().toISOString();
  const insert = async () => {
    const last = await ctx.db
      .selectFrom('webhook_deliveries')
      .select(sql<number>`max(redelivery)`.as('n'))
      .where('webhook_id', '=', hook.id)
      .where('event_id', '=', original.event_id)
      .executeTakeFirstOrThrow();
    const row = {
      id: randomUUID(),
      webhook_id: hook.id,
      event_id: original.event_id,
      event_type: original.event_type,
      redelivery: Number(last.n ?? 0) + 1,
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      locked_until: null,
      last_status_code: null,
      last_error: null,
      last_duration_ms: null,
      created_at: now,
      updated_at: now,
      completed_at: null,
    };
    await ctx.db.insertInto('webhook_deliveries').values(row).execute();
    return row;
  };
  // Two redeliveries at once may pick the same number: the unique index refuses one, which tries again.
  const row = await insert().catch((error) => {
    if (isUniqueViolation(error)) return insert();
    throw error;
  });
  await audit(
    ctx.db,
    {
      action: 'webhook.redelivered',
      actor: actorOf(acting.caller),
      target: { type: 'webhook', id: hook.id },
      workspaceId: hook.workspace_id,
      details: { delivery: row.id, of: original.id, event: original.event_id },
    },
    acting.request,
  );
  await ctx.webhookJobs.schedule([{ id: row.id, dueAt: now }]);
  return row;
}
