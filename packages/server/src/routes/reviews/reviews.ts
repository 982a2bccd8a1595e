import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@fastify/type-provider-typebox';
import { displayNameOf } from '../../identity/users.js';
import { actingOf } from '../../plugins/auth.js';
import { approvalBlockers } from '../../reviews/blockers.js';
import { documentContext } from '../../reviews/document-context.js';
import {
  countedApprovals,
  documentAuthors,
  listReviewRequests,
  listReviews,
  type ReviewRow,
  standingVerdicts,
} from '../../reviews/repo.js';
import {
  askReviewers,
  submitReview,
  withdrawReviewRequest,
} from '../../reviews/review-commands.js';
import { policyForApi, reviewPolicyOf } from '../../reviews/review-policy.js';
import { DocumentParams } from '../common/document-schemas.js';
import { summaryOf } from '../common/document-summary.js';
import {
  ReviewBody,
  ReviewerParams,
  ReviewRequestBody,
  ReviewResult,
  ReviewState,
} from './schemas.js';

function reviewOf(
  review: Omit<ReviewRow, 'username' | 'display_name'>,
  reviewer: { username: string; display_name: string },
) {
  return {
    id: review.id,
    version: review.version,
    reviewer: { username: reviewer.username, displayName: reviewer.display_name },
    verdict: review.verdict as 'approved' | 'changes-requested' | 'commented',
    body: review.body,
    createdAt: review.created_at,
    dismissed: review.dismissed_at !== null,
    dismissedReason: review.dismissed_reason,
  };
}

/** `/documents/{id}/reviews` and `/review-requests`: verdicts on versions, and who is asked. */
export const reviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/documents/:id/reviews',
    {
      config: { problems: [404], access: { document: 'document:read' } },
      schema: {
        tags: ['review'],
        description:
          'The review: who is asked and where each stands, every verdict (dismissed ones kept as history), the policy, and what blocks approval now.',
        params: DocumentParams,
        response: { 200: ReviewState },
      },
    },
    async (request) => {
      const { row } = await documentContext(app, request.params.id);
      const policy = await reviewPolicyOf(app.db, row.workspace_id);
      const [reviews, requests, authors, apiPolicy] = await Promise.all([
        listReviews(app.db, row.id),
        listReviewRequests(app.db, row.id),
        documentAuthors(app.db, row.id),
        policyForApi(app.db, policy),
      ]);
      const blockers = await approvalBlockers(app.db, row, policy, { reviews, authors });
      const standing = standingVerdicts(reviews, row.head_version, policy.dismissStaleApprovals);
      return {
        status: row.status as never,
        version: row.head_version,
        reviewers: requests.map((r) => ({
          username: r.username,
          displayName: r.display_name,
          requestedAt: r.requested_at,
          state: (standing.get(r.id)?.verdict ?? 'pending') as 'pending',
        })),
        reviews: reviews.map((r) => reviewOf(r, r)),
        approvals: countedApprovals(standing, authors, policy.allowSelfApproval).length,
        blockers,
        policy: apiPolicy,
      };
    },
  );

  app.post(
    '/documents/:id/reviews',
    {
      config: { problems: [404, 409], access: { document: 'review:submit' } },
      schema: {
        tags: ['review'],
        description:
          'A verdict on the head version: `approved` (refused with 409 `approval-blocked` while a gate holds), `changes-requested` (with a comment), or `commented`. The approval that meets the policy approves the document.',
        params: DocumentParams,
        body: ReviewBody,
        response: { 201: ReviewResult },
      },
    },
    async (request, reply) => {
      const context = await documentContext(app, request.params.id);
      const acting = actingOf(request);
      const { review, document } = await submitReview(app, acting, context, request.body);
      const reviewer = {
        username: acting.caller.username,
        display_name: await displayNameOf(app.db, acting.caller.userId),
      };
      return reply.code(201).send({
        review: reviewOf(review, reviewer),
        document: summaryOf(document, context.workspace.slug),
      });
    },
  );

  app.post(
    '/documents/:id/review-requests',
    {
      config: { problems: [404, 409], access: { document: 'review:request' } },
      schema: {
        tags: ['review'],
        description:
          'Asks more reviewers (or the same ones again) to review a document that is in review.',
        params: DocumentParams,
        body: ReviewRequestBody,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const context = await documentContext(app, request.params.id);
      await askReviewers(app, actingOf(request), context, request.body.reviewers);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/documents/:id/review-requests/:username',
    {
      config: { problems: [404], access: { document: 'review:request' } },
      schema: {
        tags: ['review'],
        description: 'No longer asks this reviewer (their verdicts stay in the history).',
        params: ReviewerParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const { row } = await documentContext(app, request.params.id);
      await withdrawReviewRequest(app, actingOf(request), row, request.params.username);
      return reply.code(204).send(null);
    },
  );
};
