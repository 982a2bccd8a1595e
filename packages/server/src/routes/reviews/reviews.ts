import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@fastify/type-provider-typebox';
import { PendingEvents } from '../../events/outbox.js';
import { actorOf, audit } from '../../identity/audit.js';
import { callerOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import { approvalBlockers, approveBlockers } from '../../reviews/blockers.js';
import { changeStatus } from '../../reviews/change-status.js';
import { documentContext } from '../../reviews/document-context.js';
import {
  countedApprovals,
  documentAuthors,
  listReviewRequests,
  listReviews,
  type ReviewRow,
  standingVerdicts,
} from '../../reviews/repo.js';
import { reviewPolicyOf } from '../../reviews/review-policy.js';
import { requestReviews, resolveReviewers } from '../../reviews/reviewers.js';
import { DocumentParams } from '../common/document-schemas.js';
import { summaryOf } from '../common/document-summary.js';
import { policyForApi } from './review-policy-routes.js';
import {
  ReviewBody,
  ReviewerParams,
  ReviewRequestBody,
  ReviewResult,
  ReviewState,
} from './schemas.js';
import { approvalBlocked } from './transitions.js';

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
      config: { access: { document: 'document:read' } },
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
      config: { access: { document: 'review:submit' } },
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
      const { row, workspace } = await documentContext(app, request.params.id);
      const { verdict, body = '', version } = request.body;
      const caller = callerOf(request);
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
      const policy = await reviewPolicyOf(app.db, row.workspace_id);
      if (verdict === 'approved') {
        const blockers = await approveBlockers(app.db, row, policy, caller.userId);
        if (blockers.length > 0) throw approvalBlocked(blockers);
      }
      const events = new PendingEvents(app.config.publicUrl);
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
      const document = await app.db.transaction().execute(async (trx) => {
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
          request,
        );
        if (verdict !== 'commented')
          await events.record(trx, {
            type: verdict === 'approved' ? 'review.approved' : 'review.changes-requested',
            workspace,
            document: row,
            actor: { id: caller.userId, username: caller.username },
            changes: { reviewId: review.id, verdict, version: row.head_version, body },
          });
        // The approval that meets the policy approves the document.
        if (verdict === 'approved' && (await approvalBlockers(trx, row, policy)).length === 0)
          return (
            (await changeStatus(trx, request, events, {
              document: row,
              workspace,
              to: 'approved',
              comment: 'The review policy is met',
            })) ?? row
          );
        return row;
      });
      events.publish(app.eventHub);
      const reviewer = {
        username: caller.username,
        display_name: await displayName(caller.userId),
      };
      return reply.code(201).send({
        review: reviewOf(review, reviewer),
        document: summaryOf(document, workspace.slug),
      });
    },
  );

  app.post(
    '/documents/:id/review-requests',
    {
      config: { access: { document: 'review:request' } },
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
      const { row, workspace } = await documentContext(app, request.params.id);
      if (row.status !== 'in-review')
        throw new ProblemError(
          'conflict',
          `The document is ${row.status}; request review with a transition to in-review`,
          { status: row.status },
        );
      const policy = await reviewPolicyOf(app.db, row.workspace_id);
      const reviewers = await resolveReviewers(
        app.db,
        row,
        request.body.reviewers,
        policy,
        '/reviewers',
      );
      const events = new PendingEvents(app.config.publicUrl);
      await app.db
        .transaction()
        .execute((trx) => requestReviews(trx, request, events, row, workspace, reviewers));
      events.publish(app.eventHub);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/documents/:id/review-requests/:username',
    {
      config: { access: { document: 'review:request' } },
      schema: {
        tags: ['review'],
        description: 'No longer asks this reviewer (their verdicts stay in the history).',
        params: ReviewerParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const { row } = await documentContext(app, request.params.id);
      const { username } = request.params;
      const user = await app.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirst();
      const removed = user
        ? await app.db
            .deleteFrom('review_requests')
            .where('document_id', '=', row.id)
            .where('reviewer_id', '=', user.id)
            .executeTakeFirst()
        : undefined;
      if (!removed || Number(removed.numDeletedRows) === 0)
        throw new ProblemError('not-found', `“${username}” is not asked to review this document`);
      await audit(
        app.db,
        {
          action: 'review.request-removed',
          actor: actorOf(callerOf(request)),
          target: { type: 'document', id: row.id },
          workspaceId: row.workspace_id,
          details: { reviewer: username },
        },
        request,
      );
      return reply.code(204).send(null);
    },
  );

  const displayName = async (userId: string) =>
    (
      await app.db
        .selectFrom('users')
        .select('display_name')
        .where('id', '=', userId)
        .executeTakeFirstOrThrow()
    ).display_name;
};
