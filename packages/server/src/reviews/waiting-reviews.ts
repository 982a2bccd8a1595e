import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.js';
import { type Visibility, visibleDocument } from '../identity/visibility.js';

/** At most this many waiting documents are listed: `/me/reviews` has no pages. */
const WAITING_LIMIT = 200;

/**
 * The documents in review that wait for a reviewer's verdict: they ask the reviewer, the caller
 * may see them, and the reviewer has neither approved nor asked changes on their head version
 * (a dismissed verdict does not count). Oldest request first, each row with its workspace's slug
 * and when the request was made.
 */
export function waitingReviews(db: Kysely<Database>, reviewerId: string, visibility: Visibility) {
  const visible = visibleDocument(visibility, 'documents');
  let query = db
    .selectFrom('review_requests')
    .innerJoin('documents', 'documents.id', 'review_requests.document_id')
    .innerJoin('workspaces', 'workspaces.id', 'documents.workspace_id')
    .selectAll('documents')
    .select(['workspaces.slug as workspace', 'review_requests.requested_at'])
    .where('review_requests.reviewer_id', '=', reviewerId)
    .where('documents.status', '=', 'in-review')
    .where('documents.archived_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('reviews')
            .select(sql`1`.as('one'))
            .whereRef('reviews.document_id', '=', 'documents.id')
            .whereRef('reviews.version', '=', 'documents.head_version')
            .where('reviews.reviewer_id', '=', reviewerId)
            .where('reviews.dismissed_at', 'is', null)
            .where('reviews.verdict', 'in', ['approved', 'changes-requested']),
        ),
      ),
    );
  if (visible) query = query.where(visible);
  return query
    .orderBy('review_requests.requested_at')
    .orderBy('documents.id')
    .limit(WAITING_LIMIT)
    .execute();
}
