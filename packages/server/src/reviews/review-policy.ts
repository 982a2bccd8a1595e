import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';

/** A workspace's rules for approving a document. */
export interface ReviewPolicy {
  /** Approvals of the current version needed (from reviewers other than the authors, unless self-approval is allowed). */
  requiredApprovals: number;
  /** Users (ids) who must each approve, on top of the count. */
  requiredReviewers: string[];
  /** Whether someone who wrote a version of the document may approve it. */
  allowSelfApproval: boolean;
  /** Refuse approval while the version has lint errors. */
  blockOnErrors: boolean;
  /** Refuse approval while the version has open questions not marked resolved. */
  blockOnOpenQuestions: boolean;
  /** A new version dismisses the approvals of older ones. */
  dismissStaleApprovals: boolean;
  /** Check names (`check-api` …) whose newest run on the head version must have passed. */
  requiredChecks: string[];
}

/** What a workspace that never set a policy gets: one approval from someone else, both gates on. */
export const DEFAULT_REVIEW_POLICY: ReviewPolicy = {
  requiredApprovals: 1,
  requiredReviewers: [],
  allowSelfApproval: false,
  blockOnErrors: true,
  blockOnOpenQuestions: true,
  dismissStaleApprovals: true,
  requiredChecks: [],
};

export async function reviewPolicyOf(
  db: Kysely<Database>,
  workspaceId: string,
): Promise<ReviewPolicy> {
  const row = await db
    .selectFrom('review_policies')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!row) return DEFAULT_REVIEW_POLICY;
  return {
    requiredApprovals: row.required_approvals,
    requiredReviewers: JSON.parse(row.required_reviewers) as string[],
    allowSelfApproval: row.allow_self_approval === 1,
    blockOnErrors: row.block_on_errors === 1,
    blockOnOpenQuestions: row.block_on_open_questions === 1,
    dismissStaleApprovals: row.dismiss_stale_approvals === 1,
    requiredChecks: JSON.parse(row.required_checks) as string[],
  };
}

/** Store a workspace's policy (replacing the one it has). */
export async function saveReviewPolicy(
  db: Kysely<Database>,
  workspaceId: string,
  policy: ReviewPolicy,
): Promise<void> {
  const row = {
    required_approvals: policy.requiredApprovals,
    required_reviewers: JSON.stringify(policy.requiredReviewers),
    allow_self_approval: policy.allowSelfApproval ? 1 : 0,
    block_on_errors: policy.blockOnErrors ? 1 : 0,
    block_on_open_questions: policy.blockOnOpenQuestions ? 1 : 0,
    dismiss_stale_approvals: policy.dismissStaleApprovals ? 1 : 0,
    required_checks: JSON.stringify(policy.requiredChecks),
    updated_at: new Date().toISOString(),
  };
  await db
    .insertInto('review_policies')
    .values({ workspace_id: workspaceId, ...row })
    .onConflict((c) => c.column('workspace_id').doUpdateSet(row))
    .execute();
}

/** A policy as the API shows it: required reviewers by username (sorted), not by id. */
export async function policyForApi(db: Kysely<Database>, policy: ReviewPolicy) {
  const names =
    policy.requiredReviewers.length === 0
      ? []
      : await db
          .selectFrom('users')
          .select('username')
          .where('id', 'in', policy.requiredReviewers)
          .orderBy('username')
          .execute();
  return {
    requiredApprovals: policy.requiredApprovals,
    requiredReviewers: names.map((n) => n.username),
    allowSelfApproval: policy.allowSelfApproval,
    blockOnErrors: policy.blockOnErrors,
    blockOnOpenQuestions: policy.blockOnOpenQuestions,
    dismissStaleApprovals: policy.dismissStaleApprovals,
    requiredChecks: policy.requiredChecks,
  };
}
