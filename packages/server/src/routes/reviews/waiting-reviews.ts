import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { visibilityOf } from '../../identity/visibility.js';
import { callerOf } from '../../plugins/auth.js';
import { waitingReviews } from '../../reviews/waiting-reviews.js';
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
      const rows = await waitingReviews(app.db, caller.userId, await visibilityOf(app.db, caller));
      return {
        items: rows.map(({ workspace, requested_at, ...row }) => ({
          document: summaryOf(row, workspace),
          requestedAt: requested_at,
        })),
      };
    },
  );
};
