import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { actorOf, audit } from '../../identity/audit.js';
import { callerOf } from '../../plugins/auth.js';
import { type FieldProblem, ProblemError } from '../../plugins/problems.js';
import {
  type ReviewPolicy,
  reviewPolicyOf,
  saveReviewPolicy,
} from '../../reviews/review-policy.js';
import { candidateReviewers } from '../../reviews/reviewers.js';
import { requireWorkspace } from '../../workspaces/repo.js';
import { WorkspaceParams } from '../common/workspace-schemas.js';
import { PolicySchema } from './schemas.js';

/** A policy as the API shows it: required reviewers by username. */
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
  };
}

/** `/workspaces/{ws}/review-policy`: what approving a document takes in a workspace. */
export const reviewPolicyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/workspaces/:ws/review-policy',
    {
      config: { access: { workspace: 'workspace:read' } },
      schema: {
        tags: ['review'],
        description:
          'The review policy (the defaults until an admin sets one: one approval from someone other than the authors, no lint errors, no unresolved open questions, a new version dismisses older approvals).',
        params: WorkspaceParams,
        response: { 200: PolicySchema },
      },
    },
    async (request) => {
      const workspace = await requireWorkspace(app, request.params.ws);
      return policyForApi(app.db, await reviewPolicyOf(app.db, workspace.id));
    },
  );

  app.put(
    '/workspaces/:ws/review-policy',
    {
      config: { access: { workspace: 'workspace:update' } },
      schema: {
        tags: ['review'],
        description: 'Replaces the review policy (workspace admins).',
        params: WorkspaceParams,
        body: PolicySchema,
        response: { 200: PolicySchema },
      },
    },
    async (request) => {
      const workspace = await requireWorkspace(app, request.params.ws);
      const { requiredReviewers, ...rest } = request.body;
      const users =
        requiredReviewers.length === 0
          ? []
          : await candidateReviewers(app.db, workspace.id, requiredReviewers);
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
      await app.db.transaction().execute(async (trx) => {
        await saveReviewPolicy(trx, workspace.id, policy);
        await audit(
          trx,
          {
            action: 'review-policy.updated',
            actor: actorOf(callerOf(request)),
            target: { type: 'workspace', id: workspace.id },
            workspaceId: workspace.id,
            details: { ...rest, requiredReviewers },
          },
          request,
        );
      });
      return policyForApi(app.db, policy);
    },
  );
};
