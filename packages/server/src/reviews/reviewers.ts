import type { Kysely, Transaction } from 'kysely';
import { type Acting, eventActor } from '../command-context.js';
import type { Database } from '../db/database.js';
import type { DocumentRow } from '../documents/repo.js';
import type { PendingEvents } from '../events/outbox.js';
import { actorOf, audit } from '../identity/audit.js';
import { isRole, roleAtLeast } from '../identity/policy.js';
import { mayReadRestricted } from '../identity/visibility.js';
import { type FieldProblem, ProblemError } from '../plugins/problems.js';
import { documentAuthors } from './repo.js';
import type { ReviewPolicy } from './review-policy.js';

/**
 * The named users who exist and are not disabled, each with their role in the workspace and
 * whether they may review there (reviewers, workspace admins and instance admins).
 */
export async function candidateReviewers(
  db: Kysely<Database>,
  workspaceId: string,
  usernames: string[],
) {
  const users = await db
    .selectFrom('users')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.user_id', '=', 'users.id')
        .on('memberships.workspace_id', '=', workspaceId),
    )
    .select(['users.id', 'users.username', 'users.instance_admin', 'memberships.role'])
    .where('users.username', 'in', usernames)
    .where('users.disabled_at', 'is', null)
    .execute();
  return users.map((user) => ({
    ...user,
    mayReview:
      user.instance_admin === 1 ||
      (user.role !== null && isRole(user.role) && roleAtLeast(user.role, 'reviewer')),
  }));
}

export interface Reviewer {
  id: string;
  username: string;
}

/**
 * The users named to review a document, each checked: they exist, are reviewers (or admins) of
 * its workspace, may read it when it is confidential, and did not write it (unless the policy
 * lets authors approve). Every name that fails is reported, by its place in the list.
 */
export async function resolveReviewers(
  db: Kysely<Database>,
  document: DocumentRow,
  usernames: string[],
  policy: ReviewPolicy,
  pointer: string,
): Promise<Reviewer[]> {
  const users = await candidateReviewers(db, document.workspace_id, usernames);
  const authors = policy.allowSelfApproval
    ? new Set<string>()
    : await documentAuthors(db, document.id);
  const problems: FieldProblem[] = [];
  const reviewers: Reviewer[] = [];
  for (const [index, username] of usernames.entries()) {
    const user = users.find((u) => u.username === username);
    const problem = (detail: string) =>
      problems.push({ in: 'body', pointer: `${pointer}/${index}`, detail });
    if (!user) problem(`no user “${username}”`);
    else if (!user.mayReview) problem(`“${username}” is not a reviewer in this workspace`);
    else if (authors.has(user.id))
      problem(
        `“${username}” wrote this document, and the review policy does not let authors approve`,
      );
    else if (
      document.restricted === 1 &&
      !(await mayReadRestricted(
        db,
        { userId: user.id, username, instanceAdmin: user.instance_admin === 1, scopes: null },
        user.role,
        document.id,
      ))
    )
      problem(`“${username}” may not read this confidential document; grant them access first`);
    else reviewers.push({ id: user.id, username });
  }
  if (problems.length > 0)
    throw new ProblemError(
      'validation-failed',
      problems.map((p) => `body ${p.pointer} ${p.detail}`).join('; '),
      { errors: problems },
    );
  return reviewers;
}

/** Ask reviewers to review (again), with the audit entry and a `review.requested` event. */
export async function requestReviews(
  trx: Transaction<Database>,
  acting: Acting,
  events: PendingEvents,
  document: DocumentRow,
  workspace: { id: string; slug: string },
  reviewers: Reviewer[],
): Promise<void> {
  const { caller } = acting;
  const now = new Date().toISOString();
  for (const reviewer of reviewers)
    await trx
      .insertInto('review_requests')
      .values({
        document_id: document.id,
        reviewer_id: reviewer.id,
        requested_by: caller.userId,
        requested_at: now,
      })
      .onConflict((c) =>
        c.columns(['document_id', 'reviewer_id']).doUpdateSet({
          requested_by: caller.userId,
          requested_at: now,
        }),
      )
      .execute();
  const usernames = reviewers.map((r) => r.username);
  await audit(
    trx,
    {
      action: 'review.requested',
      actor: actorOf(caller),
      target: { type: 'document', id: document.id },
      workspaceId: document.workspace_id,
      details: { reviewers: usernames, version: document.head_version },
    },
    acting.request,
  );
  await events.record(trx, {
    type: 'review.requested',
    workspace,
    document,
    actor: eventActor(acting),
    changes: { reviewers: usernames },
  });
}
