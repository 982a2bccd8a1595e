import type { Transaction } from 'kysely';
import { type Acting, eventActor } from '../command-context.js';
import type { Database } from '../db/database.js';
import type { DocumentRow } from '../documents/repo.js';
import type { PendingEvents } from '../events/outbox.js';
import { actorOf, audit } from '../identity/audit.js';

export interface StatusChange {
  document: DocumentRow;
  workspace: { id: string; slug: string };
  to: string;
  comment: string;
  supersededBy?: string | null;
}

/**
 * Move a document to another status in `trx`, if it is still in the status it was read in (of
 * two concurrent moves, one wins): the row, the history entry, the audit entry and the event
 * commit together. Returns the updated row, or null when the status had already changed.
 */
export async function changeStatus(
  trx: Transaction<Database>,
  acting: Acting,
  events: PendingEvents,
  change: StatusChange,
): Promise<DocumentRow | null> {
  const { document, to } = change;
  const now = new Date().toISOString();
  const supersededBy = change.supersededBy ?? null;
  const result = await trx
    .updateTable('documents')
    .set({ status: to, superseded_by: supersededBy, updated_at: now })
    .where('id', '=', document.id)
    .where('status', '=', document.status)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return null;
  const { caller } = acting;
  await trx
    .insertInto('status_changes')
    .values({
      document_id: document.id,
      from_status: document.status,
      to_status: to,
      version: document.head_version,
      actor_id: caller.userId,
      actor: caller.username,
      comment: change.comment,
      superseded_by: supersededBy,
      created_at: now,
    })
    .execute();
  await audit(
    trx,
    {
      action: 'document.status-changed',
      actor: actorOf(caller),
      target: { type: 'document', id: document.id },
      workspaceId: document.workspace_id,
      details: { from: document.status, to, version: document.head_version },
    },
    acting.request,
  );
  const changed = { ...document, status: to, superseded_by: supersededBy, updated_at: now };
  await events.record(trx, {
    type: 'document.status-changed',
    workspace: change.workspace,
    document: changed,
    actor: eventActor(acting),
    changes: {
      status: { from: document.status, to },
      comment: change.comment,
      ...(supersededBy ? { supersededBy } : {}),
    },
  });
  return changed;
}
