import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import { visibilityOf, visibleDocument } from '../../identity/visibility.js';
import { callerOf } from '../../plugins/auth.js';
import { summaryOf } from '../common/document-summary.js';
import { WaitingList } from './schemas.js';

/** `/me/reviews`: the documents in review that wait for the caller's verdict on their head. */
export const waitingReviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/me/reviews',
    {
      config: { access: { instance: 'signed-in' } },
      schema: {
        tags: ['review'],
        description:
          'Waiting for me: documents in review that ask you to review them and that you have not approved or asked changes on since their last version, oldest request first.',
        response: { 200: WaitingList },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const visible = visibleDocument(await visibilityOf(app.db, caller), 'documents');
      let query = app.db
        .selectFrom('review_requests')
        .innerJoin('documents', 'documents.id', 'review_requests.document_id')
        .innerJoin('workspaces', 'workspaces.id', 'documents.workspace_id')
        .selectAll('documents')
        .select(['workspaces.slug as workspace', 'review_requests.requested_at'])
        .where('review_requests.reviewer_id', '=', caller.userId)
        .where('documents.status', '=', 'in-review')
        .where('documents.archived_at', 'is', null)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('reviews')
                .select(sql`1`.as('one'))
                .whereRef('reviews.document_id', '=', 'documents.id')
                .whereRef('reviews.version', '=', 'documents.head_version')
                .where('reviews.reviewer_id', '=', caller.userId)
                .where('reviews.dismissed_at', 'is', null)
                .where('reviews.verdict', 'in', ['approved', 'changes-requested']),
            ),
          ),
        );
      if (visible) query = query.where(visible);
      const rows = await query
        .orderBy('review_requests.requested_at')
        .orderBy('documents.id')
        .limit(200)
        .execute();
      return {
        items: rows.map(({ workspace, requested_at, ...row }) => ({
          document: summaryOf(row, workspace),
          requestedAt: requested_at,
        })),
      };
    },
  );
};
