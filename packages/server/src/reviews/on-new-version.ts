import type { Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { DocumentRow } from '../documents/repo.js';
import type { PendingEvents } from '../events/outbox.js';

/** The status a document has after a new version is saved: an approved one goes back to review. */
export function statusAfterEdit(status: string): string {
  return status === 'approved' ? 'in-review' : status;
}

/**
 * What review does when a version is saved, in the save's transaction: an approved document
 * that was edited is back in review (recorded as designdoc's own transition, its approvals kept
 * as history), and, when the policy says so, approvals of older versions are dismissed.
 */
export async function reviewOnNewVersion(
  trx: Transaction<Database>,
  before: DocumentRow,
  saved: DocumentRow,
  workspace: { id: string; slug: string },
  events: PendingEvents,
): Promise<void> {
  const now = saved.updated_at;
  if (before.status !== saved.status) {
    await trx
      .insertInto('status_changes')
      .values({
        document_id: saved.id,
        from_status: before.status,
        to_status: saved.status,
        version: saved.head_version,
        actor_id: null,
        actor: null,
        comment: `Version ${saved.head_version} was saved after approval`,
        superseded_by: null,
        created_at: now,
      })
      .execute();
    await events.record(trx, {
      type: 'document.status-changed',
      workspace,
      document: saved,
      actor: null,
      changes: {
        status: { from: before.status, to: saved.status },
        reason: 'edited-after-approval',
      },
    });
  }
  // One statement on every save, the policy read inside it: the workspace keeps stale approvals
  // only when its policy says so (no policy row: the default, dismiss them).
  await trx
    .updateTable('reviews')
    .set({
      dismissed_at: now,
      dismissed_reason: `Version ${saved.head_version} was saved after it`,
    })
    .where('document_id', '=', saved.id)
    .where('verdict', '=', 'approved')
    .where('version', '<', saved.head_version)
    .where('dismissed_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('review_policies')
            .select('workspace_id')
            .where('workspace_id', '=', saved.workspace_id)
            .where('dismiss_stale_approvals', '=', 0),
        ),
      ),
    )
    .execute();
}
