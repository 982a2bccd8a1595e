import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { type Visibility, visibleDocument } from '../identity/visibility.js';

/** Everyone who wrote the document: its creator and whoever saved a version of it (user ids). */
export async function documentAuthors(
  db: Kysely<Database>,
  documentId: string,
): Promise<Set<string>> {
  const [created, versions] = await Promise.all([
    db.selectFrom('documents').select('created_by').where('id', '=', documentId).executeTakeFirst(),
    db
      .selectFrom('versions')
      .select('author_id')
      .distinct()
      .where('document_id', '=', documentId)
      .where('author_id', 'is not', null)
      .execute(),
  ]);
  const ids = versions.map((v) => v.author_id as string);
  if (created?.created_by) ids.push(created.created_by);
  return new Set(ids);
}

/** A document's reviews, oldest first, with each reviewer's username. */
export function listReviews(db: Kysely<Database>, documentId: string) {
  return db
    .selectFrom('reviews')
    .innerJoin('users', 'users.id', 'reviews.reviewer_id')
    .selectAll('reviews')
    .select(['users.username', 'users.display_name'])
    .where('reviews.document_id', '=', documentId)
    .orderBy('reviews.created_at')
    .orderBy('reviews.id')
    .execute();
}
export type ReviewRow = Awaited<ReturnType<typeof listReviews>>[number];

/** The reviewers asked to review a document. */
export function listReviewRequests(db: Kysely<Database>, documentId: string) {
  return db
    .selectFrom('review_requests')
    .innerJoin('users', 'users.id', 'review_requests.reviewer_id')
    .select(['users.id', 'users.username', 'users.display_name', 'review_requests.requested_at'])
    .where('review_requests.document_id', '=', documentId)
    .orderBy('users.username')
    .execute();
}

/** A document's status history, oldest first. */
export function listStatusChanges(db: Kysely<Database>, documentId: string) {
  return db
    .selectFrom('status_changes')
    .selectAll()
    .where('document_id', '=', documentId)
    .orderBy('id')
    .execute();
}

/**
 * Stop asking a reviewer (by username) to review a document; false when they were not asked (or
 * there is no such user). Their verdicts stay in the history.
 */
export async function deleteReviewRequest(
  db: Kysely<Database>,
  documentId: string,
  username: string,
): Promise<boolean> {
  const user = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirst();
  const removed = user
    ? await db
        .deleteFrom('review_requests')
        .where('document_id', '=', documentId)
        .where('reviewer_id', '=', user.id)
        .executeTakeFirst()
    : undefined;
  return removed !== undefined && Number(removed.numDeletedRows) !== 0;
}

/** The live documents a document supersedes that the caller may see, by title. */
export function listPredecessors(db: Kysely<Database>, documentId: string, visibility: Visibility) {
  const visible = visibleDocument(visibility, 'documents');
  let query = db
    .selectFrom('documents')
    .select(['id', 'title'])
    .where('superseded_by', '=', documentId)
    .where('archived_at', 'is', null);
  if (visible) query = query.where(visible);
  return query.orderBy('title').execute();
}

/**
 * Each reviewer's standing verdict: their latest approval or request for changes (a
 * comment-only review changes nothing), unless it was dismissed. Approvals of older versions
 * stand only while the policy keeps them (`currentVersionOnly` false).
 */
export function standingVerdicts(
  reviews: ReviewRow[],
  headVersion: number,
  currentVersionOnly: boolean,
): Map<string, ReviewRow> {
  const latest = new Map<string, ReviewRow>();
  for (const review of reviews)
    if (review.verdict !== 'commented') latest.set(review.reviewer_id, review);
  for (const [reviewer, review] of latest)
    if (
      review.dismissed_at !== null ||
      (review.verdict === 'approved' && currentVersionOnly && review.version !== headVersion)
    )
      latest.delete(reviewer);
  return latest;
}

/**
 * The approvals that count toward the policy: standing approvals, from people other than the
 * document's authors unless the policy lets authors approve.
 */
export function countedApprovals(
  standing: Map<string, ReviewRow>,
  authors: Set<string>,
  allowSelfApproval: boolean,
): ReviewRow[] {
  return [...standing.values()].filter(
    (r) => r.verdict === 'approved' && (allowSelfApproval || !authors.has(r.reviewer_id)),
  );
}
