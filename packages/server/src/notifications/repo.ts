import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.js';
import { keysetPage } from '../db/keyset-page.js';
import { nonEmpty } from '../identity/memberships.js';
import { type Visibility, visibleDocument } from '../identity/visibility.js';

/** Tell users they were mentioned in a comment (in the comment's own transaction). */
export async function notifyMentioned(
  db: Kysely<Database>,
  mention: { userIds: string[]; documentId: string; commentId: string; actorId: string },
): Promise<void> {
  if (mention.userIds.length === 0) return;
  const now = new Date().toISOString();
  await db
    .insertInto('notifications')
    .values(
      mention.userIds.map((userId) => ({
        id: randomUUID(),
        user_id: userId,
        kind: 'mention',
        document_id: mention.documentId,
        comment_id: mention.commentId,
        actor_id: mention.actorId,
        created_at: now,
        read_at: null,
      })),
    )
    .execute();
}

/** 1 for an unread notification, 0 for a read one: the first sort key of the list. */
const unreadRank = sql<number>`(case when notifications.read_at is null then 1 else 0 end)`;

/**
 * A user's notifications about documents they may still read (a notification about one they
 * have lost access to, or that is archived, is kept but not shown): unread first, then newest
 * first, `limit + 1` rows after the cursor position `after` (rank, time, id).
 */
export function listNotifications(
  db: Kysely<Database>,
  userId: string,
  visibility: Visibility,
  page: { limit: number; cursor: string | undefined; unreadOnly: boolean },
) {
  let query = visibleNotifications(db, userId, visibility)
    .innerJoin('workspaces', 'workspaces.id', 'documents.workspace_id')
    .leftJoin('comments', 'comments.id', 'notifications.comment_id')
    .leftJoin('users as actor', 'actor.id', 'notifications.actor_id')
    .select([
      'notifications.id',
      'notifications.kind',
      'notifications.created_at',
      'notifications.read_at',
      'notifications.actor_id',
      'actor.username as actor_username',
      'actor.display_name as actor_display_name',
      'documents.id as document_id',
      'documents.title as document_title',
      'workspaces.slug as workspace',
      'comments.id as comment_id',
      'comments.thread_id',
      'comments.body as comment_body',
    ])
    .select(unreadRank.as('unread'));
  if (page.unreadOnly) query = query.where('notifications.read_at', 'is', null);
  // Unread first, then newest first.
  return keysetPage(query, {
    keys: [
      { by: unreadRank, slot: 'integer' },
      { by: 'notifications.created_at', slot: 'string' },
      { by: 'notifications.id', slot: 'string' },
    ],
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit,
    keyOf: (row) => [Number(row.unread), row.created_at, row.id],
  });
}

/** How many of a user's visible notifications are unread. */
export async function countUnread(
  db: Kysely<Database>,
  userId: string,
  visibility: Visibility,
): Promise<number> {
  const row = await visibleNotifications(db, userId, visibility)
    .where('notifications.read_at', 'is', null)
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

function visibleNotifications(db: Kysely<Database>, userId: string, visibility: Visibility) {
  const visible = visibleDocument(visibility, 'documents');
  let query = db
    .selectFrom('notifications')
    .innerJoin('documents', 'documents.id', 'notifications.document_id')
    .where('notifications.user_id', '=', userId)
    .where('documents.archived_at', 'is', null);
  if (visible) query = query.where(visible);
  return query;
}

/**
 * Mark notifications of a user read: the ones named, or all. How many were unread; a
 * notification of someone else's is never touched.
 */
export async function markRead(
  db: Kysely<Database>,
  userId: string,
  ids: string[] | 'all',
): Promise<number> {
  let query = db
    .updateTable('notifications')
    .set({ read_at: new Date().toISOString() })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (ids !== 'all') query = query.where('id', 'in', nonEmpty(ids));
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Whether a user has a notification with this id. */
export async function hasNotification(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('notifications')
    .select('id')
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}
