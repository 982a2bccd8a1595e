import type { FastifyRequest } from 'fastify';
import type { Kysely, Selectable } from 'kysely';
import type { Database, WebhookDeliveriesTable, WebhooksTable } from '../db/database.js';
import { engineOf } from '../db/engine-of.js';
import type { EventType } from '../events/event-types.js';
import type { WebhookFormat } from '../jobs/webhook-formats.js';
import { ProblemError } from '../plugins/problems.js';
import type { DELIVERY_STATUSES } from '../routes/webhooks/schemas.js';

export type WebhookRow = Selectable<WebhooksTable> & { created_by_name: string | null };
export type DeliveryRow = Selectable<WebhookDeliveriesTable>;

/** The workspace a webhook route's access check found. */
export function workspaceIdOf(request: FastifyRequest): string {
  if (!request.workspaceAccess) throw new Error('webhook route without workspace access');
  return request.workspaceAccess.workspaceId;
}

/** A hook as the API shows it: never its secret. */
export function webhookView(row: WebhookRow) {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: JSON.parse(row.events) as EventType[],
    format: row.format as WebhookFormat,
    confidential: row.include_confidential === 1,
    active: row.active === 1,
    disabledAt: row.disabled_at,
    disabledReason: row.disabled_reason,
    consecutiveFailures: row.consecutive_failures,
    createdBy: row.created_by_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A delivery as the API shows it. */
export function deliveryView(row: DeliveryRow) {
  return {
    id: row.id,
    event: { id: row.event_id, type: row.event_type as EventType },
    status: row.status as (typeof DELIVERY_STATUSES)[number],
    redelivery: row.redelivery,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    responseCode: row.last_status_code,
    error: row.last_error,
    durationMs: row.last_duration_ms,
    createdAt: row.created_at,
    completedAt: row.completed_at,
  };
}

function webhooks(db: Kysely<Database>) {
  return db
    .selectFrom('webhooks')
    .leftJoin('users', 'users.id', 'webhooks.created_by')
    .selectAll('webhooks')
    .select('users.username as created_by_name');
}

/** The workspace's hooks, oldest first. */
export function listWebhooks(db: Kysely<Database>, workspaceId: string): Promise<WebhookRow[]> {
  return webhooks(db)
    .where('webhooks.workspace_id', '=', workspaceId)
    .orderBy('webhooks.created_at')
    .orderBy('webhooks.id')
    .execute();
}

/** The hook `id` of the workspace, or a 404 problem (a hook of another workspace is not found either). */
export async function requireWebhook(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<WebhookRow> {
  const row = await webhooks(db)
    .where('webhooks.id', '=', id)
    .where('webhooks.workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!row) throw new ProblemError('not-found', `No webhook ${id} in this workspace`);
  return row;
}

/** The delivery `id` of the hook, or a 404 problem. */
export async function requireDelivery(
  db: Kysely<Database>,
  hookId: string,
  id: string,
): Promise<DeliveryRow> {
  const row = await db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('id', '=', id)
    .where('webhook_id', '=', hookId)
    .executeTakeFirst();
  if (!row) throw new ProblemError('not-found', `No delivery ${id} of webhook ${hookId}`);
  return row;
}

/** Delete a hook with its deliveries and their attempts. */
export async function deleteWebhook(db: Kysely<Database>, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // On PostgreSQL, deliveries run beside this: an attempt that finishes now records itself on
    // its delivery, a fan-out adds deliveries to the hook. Either could add a row between the
    // deletes below that the next delete's foreign key check refuses (a 500). Locking the hook
    // and its deliveries first makes them wait: the attempt then finds its delivery gone and
    // records nothing, the fan-out fails its insert and fans the events out again next round,
    // without the hook. SQLite runs one writer at a time.
    if (engineOf(trx) === 'postgres') {
      await trx.selectFrom('webhooks').select('id').where('id', '=', id).forUpdate().execute();
      await trx
        .selectFrom('webhook_deliveries')
        .select('id')
        .where('webhook_id', '=', id)
        .forUpdate()
        .execute();
    }
    await trx
      .deleteFrom('webhook_attempts')
      .where(
        'delivery_id',
        'in',
        trx.selectFrom('webhook_deliveries').select('id').where('webhook_id', '=', id),
      )
      .execute();
    await trx.deleteFrom('webhook_deliveries').where('webhook_id', '=', id).execute();
    await trx.deleteFrom('webhooks').where('id', '=', id).execute();
  });
}
