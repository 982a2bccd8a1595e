import { randomUUID } from 'node:crypto';
import { type Acting, type DomainContext, eventActor } from '../command-context.js';
import type { DocumentRow } from '../documents/repo.js';
import { PendingEvents } from '../events/outbox.js';
import { actorOf, audit } from '../identity/audit.js';
import { ProblemError } from '../plugins/problems.js';
import { approvalBlocked, approvalBlockers, approveBlockers } from './blockers.js';
import { changeStatus } from './change-status.js';
import type { DocumentContext } from './document-context.js';
import { deleteReviewRequest } from './repo.js';
import { reviewPolicyOf } from './review-policy.js';
import { requestReviews, resolveReviewers } from './reviewers.js';

// The review commands: each checks what the lifecycle and the policy ask, then owns its
// transaction (the write, its audit entry, its events) and announces the events after the commit.

/** A reviewer's verdict as they send it. */
export interface ReviewInput {
  verdict: 'approved' | 'changes-requested' | 'commented';
  body?: string;
  /** The version reviewed; refused when it is no longer the head. */
  version?: number;
}

/**
 * Record a verdict on a document's head version, which must be in review (a 409 otherwise, or
 * when `version` is no longer the head). Asking for changes needs a comment (a 400); an approval
 * is refused with 409 `approval-blocked` while a gate holds, and the approval that meets the
 * policy approves the document in the same transaction. Returns the review and the document as
 * it is after it.
 */
export async function submitReview(
  ctx: DomainContext,
  acting: Acting,
  { row, workspace }: DocumentContext,
  input: ReviewInput,
) {
  const { verdict, body = '', version } = input;
  const { caller } = acting;
  if (version !== undefined && version !== row.head_version)
    throw new ProblemError(
      'conflict',
      `Version ${version} is no longer the head (version ${row.head_version}); review the current version`,
      { version: row.head_version },
    );
  if (row.status !== 'in-review')
    throw new ProblemError(
      'conflict',
      `The document is ${row.status}; reviews are for documents in review`,
      { status: row.status },
    );
  if (verdict === 'changes-requested' && body.trim() === '')
    throw new ProblemError('validation-failed', 'body /body say which changes you request', {
      errors: [{ in: 'body', pointer: '/body', detail: 'say which changes you request' }],
    });
  const policy = await reviewPolicyOf(ctx.db, row.workspace_id);
  if (verdict === 'approved') {
    const blockers = await approveBlockers(ctx.db, row, policy, caller.userId);
    if (blockers.length > 0) throw approvalBlocked(blockers);
  }
  const events = new PendingEvents(ctx.config.publicUrl);
  const review = {
    id: randomUUID(),
    document_id: row.id,
    version: row.head_version,
    reviewer_id: caller.userId,
    verdict,
    body,
    created_at: new Date().toISOString(),
    dismissed_at: null,
    dismissed_reason: null,
  };
  const document: DocumentRow = await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('reviews').values(review).execute();
    await audit(
      trx,
      {
        action: 'review.submitted',
        actor: actorOf(caller),
        target: { type: 'document', id: row.id },
        workspaceId: row.workspace_id,
        details: { verdict, version: row.head_version },
      },
      acting.request,
    );
    if (verdict !== 'commented')
      await events.record(trx, {
        type: verdict === 'approved' ? 'review.approved' : 'review.changes-requested',
        workspace,
        document: row,
        actor: eventActor(acting),
        changes: { reviewId: review.id, verdict, version: row.head_version, body },
      });
    // The approval that meets the policy approves the document.
    if (verdict === 'approved' && (await approvalBlockers(trx, row, policy)).length === 0)
      return (
        (await changeStatus(trx, acting, events, {
          document: row,
          workspace,
          to: 'approved',
          comment: 'The review policy is met',
        })) ?? row
      );
    return row;
  });
  events.publish(ctx.eventHub);
  return { review, document };
}

/**
 * Ask more reviewers (or the same ones again) to review a document in review (a 409 for one
 * that is not): each name is checked (resolveReviewers), then the requests, their audit entry
 * and the `review.requested` event commit together.
 */
export async function askReviewers(
  ctx: DomainContext,
  acting: Acting,
  { row, workspace }: DocumentContext,
  usernames: string[],
): Promise<void> {
  if (row.status !== 'in-review')
    throw new ProblemError(
      'conflict',
      `The document is ${row.status}; request review with a transition to in-review`,
      { status: row.status },
    );
  const policy = await reviewPolicyOf(ctx.db, row.workspace_id);
  const reviewers = await resolveReviewers(ctx.db, row, usernames, policy, '/reviewers');
  const events = new PendingEvents(ctx.config.publicUrl);
  await ctx.db
    .transaction()
    .execute((trx) => requestReviews(trx, acting, events, row, workspace, reviewers));
  events.publish(ctx.eventHub);
}

/**
 * No longer ask a reviewer (by username) to review a document, audited; a 404 when they were
 * not asked. Their verdicts stay in the history.
 */
export async function withdrawReviewRequest(
  ctx: DomainContext,
  acting: Acting,
  document: DocumentRow,
  username: string,
): Promise<void> {
  if (!(await deleteReviewRequest(ctx.db, document.id, username)))
    throw new ProblemError('not-found', `“${username}” is not asked to review this document`);
  await audit(
    ctx.db,
    {
      action: 'review.request-removed',
      actor: actorOf(acting.caller),
      target: { type: 'document', id: document.id },
      workspaceId: document.workspace_id,
      details: { reviewer: username },
    },
    acting.request,
  );
}
