import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actingOf } from '../../plugins/auth.js';
import { policyForApi, reviewPolicyOf } from '../../reviews/review-policy.js';
import { updateReviewPolicy } from '../../reviews/update-review-policy.js';
import { requireWorkspace } from '../../workspaces/repo.js';
import { WorkspaceParams } from '../common/workspace-schemas.js';
import { PolicyBody, PolicySchema } from './schemas.js';

/** `/workspaces/{ws}/review-policy`: what approving a document takes in a workspace. */
export const reviewPolicyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/workspaces/:ws/review-policy',
    {
      config: { problems: [404], access: { workspace: 'workspace:read' } },
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
      config: { problems: [404], access: { workspace: 'workspace:update' } },
      schema: {
        tags: ['review'],
        description:
          'Replaces the review policy (workspace admins); `requiredChecks` left out keeps the workspace’s.',
        params: WorkspaceParams,
        body: PolicyBody,
        response: { 200: PolicySchema },
      },
    },
    async (request) => {
      const workspace = await requireWorkspace(app, request.params.ws);
      const policy = await updateReviewPolicy(app, actingOf(request), workspace.id, request.body);
      return policyForApi(app.db, policy);
    },
  );
};
