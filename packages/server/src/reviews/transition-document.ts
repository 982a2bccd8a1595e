import type { Kysely } from 'kysely';
import type { Acting, DomainContext } from '../command-context.js';
import type { Database } from '../db/database.js';
import type { DocumentRow } from '../documents/repo.js';
import { PendingEvents } from '../events/outbox.js';
import type { Caller } from '../identity/policy.js';
import { visibilityOf, visibleDocument } from '../identity/visibility.js';
import { ProblemError } from '../plugins/problems.js';
import { approvalBlocked, approvalBlockers } from './blockers.js';
import { changeStatus } from './change-status.js';
import type { DocumentContext } from './document-context.js';
import { nextStatuses, type Transition, transitionOf } from './lifecycle.js';
import { listReviewRequests } from './repo.js';
import { reviewPolicyOf } from './review-policy.js';
import { requestReviews, resolveReviewers } from './reviewers.js';

/** A move as the caller asks for it. */
export interface TransitionInput {
  to: string;
  comment?: string;
  /** Who to ask, when moving to in-review. */
  reviewers?: string[];
  /** The replacing document, when superseding. */
  supersededBy?: string;
}

/**
 * The lifecycle's move from the document's status to `to` (a 409 `transition-not-allowed`
 * listing where it can go otherwise): the route checks its permission before moving.
 */
export function allowedTransition(row: DocumentRow, to: string): Transition {
  const transition = transitionOf(row.status, to);
  if (!transition)
    throw new ProblemError(
      'transition-not-allowed',
      `A ${row.status} document cannot become ${to}; it can become: ${nextStatuses(row.status).join(', ') || 'nothing (final)'}`,
      { status: row.status, allowed: nextStatuses(row.status) },
    );
  return transition;
}

/**
 * Move a document to another status (the move allowed and permitted already). Checked first:
 * approving passes the review policy (409 `approval-blocked`), requesting review of a draft
 * names reviewers unless some are asked already, superseding names another live document of
 * the workspace the caller can see. Then in one transaction the status change with its history,
 * audit and event, and the review requests; the events are announced after the commit. A 409
 * when the status changed meanwhile. Returns the document as moved.
 */
export async function transitionDocument(
  ctx: DomainContext,
  acting: Acting,
  context: DocumentContext,
  input: TransitionInput,
): Promise<DocumentRow> {
  const { row, workspace } = context;
  const { to, comment = '', reviewers = [], supersededBy } = input;
  if (input.reviewers && to !== 'in-review')
    throw badField('/reviewers', 'only applies when moving to in-review');
  if (supersededBy && to !== 'superseded')
    throw badField('/supersededBy', 'only applies when moving to superseded');
  const policy = await reviewPolicyOf(ctx.db, row.workspace_id);
  if (to === 'approved') {
    const blockers = await approvalBlockers(ctx.db, row, policy);
    if (blockers.length > 0) throw approvalBlocked(blockers);
  }
  const asked =
    to === 'in-review' && reviewers.length > 0
      ? await resolveReviewers(ctx.db, row, reviewers, policy, '/reviewers')
      : [];
  if (to === 'in-review' && row.status === 'draft' && asked.length === 0) {
    const already = await listReviewRequests(ctx.db, row.id);
    if (already.length === 0) throw badField('/reviewers', 'name at least one reviewer');
  }
  if (to === 'superseded') await checkSuccessor(ctx.db, acting.caller, row, supersededBy);
  const events = new PendingEvents(ctx.config.publicUrl);
  const changed = await ctx.db.transaction().execute(async (trx) => {
    const moved = await changeStatus(trx, acting, events, {
      document: row,
      workspace,
      to,
      comment,
      supersededBy: supersededBy ?? null,
    });
    if (moved && asked.length > 0)
      await requestReviews(trx, acting, events, moved, workspace, asked);
    return moved;
  });
  if (!changed)
    throw new ProblemError(
      'conflict',
      'The document’s status changed while you were making this move; read it again',
    );
  events.publish(ctx.eventHub);
  return changed;
}

/** The replacing document must be another live document of the workspace that the caller can see. */
async function checkSuccessor(
  db: Kysely<Database>,
  caller: Caller,
  row: DocumentRow,
  successorId: string | undefined,
): Promise<void> {
  if (!successorId) throw badField('/supersededBy', 'name the document that replaces this one');
  if (successorId === row.id) throw badField('/supersededBy', 'a document cannot supersede itself');
  const visible = visibleDocument(await visibilityOf(db, caller), 'documents');
  let query = db
    .selectFrom('documents')
    .select('id')
    .where('id', '=', successorId)
    .where('workspace_id', '=', row.workspace_id)
    .where('archived_at', 'is', null);
  if (visible) query = query.where(visible);
  if (!(await query.executeTakeFirst()))
    throw badField('/supersededBy', 'is not a document of this workspace');
}

function badField(pointer: string, detail: string): ProblemError {
  return new ProblemError('validation-failed', `body ${pointer} ${detail}`, {
    errors: [{ in: 'body', pointer, detail }],
  });
}
