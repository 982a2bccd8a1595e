import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Caller } from './policy.js';

/** Every action the audit log records. */
export const AUDIT_ACTIONS = [
  'sign-in.succeeded',
  'sign-in.failed',
  'sign-in.throttled',
  'access.denied',
  'sign-out',
  'sign-out.everywhere',
  'password.changed',
  'user.created',
  'user.updated',
  'api-key.created',
  'api-key.revoked',
  'membership.changed',
  'membership.removed',
  'workspace.created',
  'workspace.updated',
  'template.saved',
  'document.created',
  'document.updated',
  'document.archived',
  'document.restored',
  'document.access-changed',
  'document.read-confidential',
  'document.status-changed',
  'review.requested',
  'review.request-removed',
  'review.submitted',
  'review-policy.updated',
  'check-run.reported',
  'group.changed',
  'comment.created',
  'comment.edited',
  'comment.resolved',
  'comment.reopened',
  'webhook.created',
  'webhook.updated',
  'webhook.deleted',
  'webhook.redelivered',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEvent {
  action: AuditAction;
  /** Who did it: a signed-in caller, a username that failed to sign in, or the system. */
  actor: { id: string | null; name: string | null };
  target?: { type: string; id: string };
  workspaceId?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Append an event to the audit log, in the caller's transaction when it has one, so that the
 * record and the change commit together. Nothing updates or deletes these rows.
 */
export async function audit(
  db: Kysely<Database>,
  event: AuditEvent,
  request?: Pick<FastifyRequest, 'ip' | 'id'>,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: new Date().toISOString(),
      actor_id: event.actor.id,
      actor: event.actor.name,
      action: event.action,
      target_type: event.target?.type ?? null,
      target_id: event.target?.id ?? null,
      workspace_id: event.workspaceId ?? null,
      address: request?.ip ?? null,
      request_id: request?.id ?? null,
      details: JSON.stringify(event.details ?? {}),
    })
    .execute();
}

/** The audit log's actor for a signed-in caller. */
export function actorOf(caller: Caller): AuditEvent['actor'] {
  return { id: caller.userId, name: caller.username };
}
