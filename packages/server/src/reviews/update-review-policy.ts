import type { Acting, DomainContext } from '../command-context.js';
import { actorOf, audit } from '../identity/audit.js';
import { type FieldProblem, ProblemError } from '../plugins/problems.js';
import { type ReviewPolicy, reviewPolicyOf, saveReviewPolicy } from './review-policy.js';
import { candidateReviewers } from './reviewers.js';

/**
 * A review policy as an admin sends it: required reviewers by username; required checks may be
 * left out (a client from before they existed), which keeps the workspace's.
 */
export type ReviewPolicyInput = Omit<ReviewPolicy, 'requiredReviewers' | 'requiredChecks'> & {
  requiredReviewers: string[];
  requiredChecks?: string[];
};

/**
 * Replace a workspace's review policy, audited in the same transaction. Each required reviewer
 * must be a user who may review in the workspace; a 400 lists every one who is not, by place.
 * Required checks left out stay as they are. Returns the policy as stored (required reviewers
 * by id).
 */
export async function updateReviewPolicy(
  ctx: DomainContext,
  acting: Acting,
  workspaceId: string,
  input: ReviewPolicyInput,
): Promise<ReviewPolicy> {
  const { requiredReviewers, requiredChecks: sentChecks, ...switches } = input;
  const requiredChecks = sentChecks ?? (await reviewPolicyOf(ctx.db, workspaceId)).requiredChecks;
  const rest = { ...switches, requiredChecks };
  const users =
    requiredReviewers.length === 0
      ? []
      : await candidateReviewers(ctx.db, workspaceId, requiredReviewers);
  const errors: FieldProblem[] = [];
  const ids: string[] = [];
  for (const [index, username] of requiredReviewers.entries()) {
    const user = users.find((u) => u.username === username);
    if (user?.mayReview) ids.push(user.id);
    else
      errors.push({
        in: 'body',
        pointer: `/requiredReviewers/${index}`,
        detail: user
          ? `“${username}” is not a reviewer in this workspace`
          : `no user “${username}”`,
      });
  }
  if (errors.length > 0)
    throw new ProblemError(
      'validation-failed',
      errors.map((e) => `body ${e.pointer} ${e.detail}`).join('; '),
      { errors },
    );
  const policy: ReviewPolicy = { ...rest, requiredReviewers: ids };
  await ctx.db.transaction().execute(async (trx) => {
    await saveReviewPolicy(trx, workspaceId, policy);
    await audit(
      trx,
      {
        action: 'review-policy.updated',
        actor: actorOf(acting.caller),
        target: { type: 'workspace', id: workspaceId },
        workspaceId,
        details: { ...rest, requiredReviewers },
      },
      acting.request,
    );
  });
  return policy;
}
