import { randomUUID } from 'node:crypto';
import type { Acting, DomainContext } from '../command-context.js';
import type { EventType } from '../events/event-types.js';
import { type AuditAction, actorOf, audit } from '../identity/audit.js';
import { newSecret } from '../identity/secrets.js';
import type { WebhookFormat } from '../jobs/webhook-formats.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { deleteWebhook, requireWebhook, type WebhookRow } from './repo.js';

// A workspace admin's changes to their hooks, each audited after it is made; URLs are checked
// against the target policy before (the route's 400). Secrets are stored sealed. Redelivery by
// hand is redeliver.ts.

/** What the webhook commands work with besides the domain's: the key that seals secrets. */
export interface WebhookContext extends DomainContext {
  secretBox: () => SecretBox;
}

/** A new hook as an admin describes it. */
export interface NewWebhook {
  url: string;
  description?: string;
  events: EventType[];
  format?: WebhookFormat;
  /** The signing secret; generated when absent. */
  secret?: string;
  confidential?: boolean;
  active?: boolean;
}

function auditHook(
  ctx: DomainContext,
  acting: Acting,
  action: AuditAction,
  target: { id: string; workspaceId: string },
  details: Record<string, unknown>,
) {
  return audit(
    ctx.db,
    {
      action,
      actor: actorOf(acting.caller),
      target: { type: 'webhook', id: target.id },
      workspaceId: target.workspaceId,
      details,
    },
    acting.request,
  );
}

/**
 * Add a hook to a workspace, audited. Returns it and its signing secret in the clear, which only
 * this answer shows: the row holds it sealed.
 */
export async function createWebhook(
  ctx: WebhookContext,
  acting: Acting,
  workspaceId: string,
  input: NewWebhook,
): Promise<{ row: WebhookRow; secret: string }> {
  const { caller } = acting;
  const secret = input.secret ?? newSecret();
  const now = new Date().toISOString();
  const active = input.active ?? true;
  const row = {
    id: randomUUID(),
    workspace_id: workspaceId,
    url: input.url,
    description: input.description ?? '',
    events: JSON.stringify(input.events),
    format: input.format ?? 'native',
    secret: ctx.secretBox().seal(secret),
    include_confidential: input.confidential ? 1 : 0,
    active: active ? 1 : 0,
    disabled_at: active ? null : now,
    disabled_reason: active ? null : `Created disabled by ${caller.username}`,
    consecutive_failures: 0,
    created_by: caller.userId,
    created_at: now,
    updated_at: now,
  };
  await ctx.db.insertInto('webhooks').values(row).execute();
  await auditHook(
    ctx,
    acting,
    'webhook.created',
    { id: row.id, workspaceId },
    {
      url: row.url,
      events: input.events,
      format: row.format,
      confidential: input.confidential ?? false,
    },
  );
  return { row: { ...row, created_by_name: caller.username }, secret };
}

/**
 * Change a hook, audited (a new secret as `replaced`, never its value). Enabling a disabled hook
 * starts its failure count from 0; disabling one records who did. Returns the hook as stored.
 */
export async function updateWebhook(
  ctx: WebhookContext,
  acting: Acting,
  hook: WebhookRow,
  changes: Partial<NewWebhook>,
): Promise<WebhookRow> {
  const { caller } = acting;
  const now = new Date().toISOString();
  const enabling = changes.active === true && hook.active !== 1;
  const disabling = changes.active === false && hook.active === 1;
  await ctx.db
    .updateTable('webhooks')
    .set({
      ...(changes.url !== undefined ? { url: changes.url } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.events !== undefined ? { events: JSON.stringify(changes.events) } : {}),
      ...(changes.format !== undefined ? { format: changes.format } : {}),
      ...(changes.secret !== undefined ? { secret: ctx.secretBox().seal(changes.secret) } : {}),
      ...(changes.confidential !== undefined
        ? { include_confidential: changes.confidential ? 1 : 0 }
        : {}),
      ...(enabling
        ? { active: 1, disabled_at: null, disabled_reason: null, consecutive_failures: 0 }
        : {}),
      ...(disabling
        ? { active: 0, disabled_at: now, disabled_reason: `Disabled by ${caller.username}` }
        : {}),
      updated_at: now,
    })
    .where('id', '=', hook.id)
    .execute();
  const { secret: _secret, ...details } = changes;
  await auditHook(
    ctx,
    acting,
    'webhook.updated',
    { id: hook.id, workspaceId: hook.workspace_id },
    { ...details, ...(changes.secret !== undefined ? { secret: 'replaced' } : {}) },
  );
  return requireWebhook(ctx.db, hook.workspace_id, hook.id);
}

/** Delete a hook with its delivery log (deliveries not yet made are dropped), audited. */
export async function removeWebhook(
  ctx: DomainContext,
  acting: Acting,
  hook: WebhookRow,
): Promise<void> {
  await deleteWebhook(ctx.db, hook.id);
  await auditHook(
    ctx,
    acting,
    'webhook.deleted',
    { id: hook.id, workspaceId: hook.workspace_id },
    { url: hook.url },
  );
}
