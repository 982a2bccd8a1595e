import type { Kysely, Selectable } from 'kysely';
import type { CommentsTable, Database } from '../db/database.js';

export type CommentRow = Selectable<CommentsTable>;
/** A comment as written (its `seq` is the database's). */
export type NewComment = Omit<CommentRow, 'seq'>;

/** A comment with the names of its author and (on a thread's first comment) its resolver. */
export type CommentWithNames = CommentRow & {
  author_username: string;
  author_display_name: string;
  resolver_username: string | null;
  resolver_display_name: string | null;
};

/**
 * A live document with its workspace's slug and its head version's Markdown and model: what
 * anchoring a thread and telling whether threads still apply need, in one query.
 */
export function findDocumentHead(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('documents')
    .innerJoin('workspaces', 'workspaces.id', 'documents.workspace_id')
    .innerJoin('versions', (join) =>
      join
        .onRef('versions.document_id', '=', 'documents.id')
        .onRef('versions.number', '=', 'documents.head_version'),
    )
    .selectAll('documents')
    .select(['workspaces.slug as workspace', 'versions.markdown', 'versions.model'])
    .where('documents.id', '=', id)
    .where('documents.archived_at', 'is', null)
    .executeTakeFirst();
}

export type DocumentHead = NonNullable<Awaited<ReturnType<typeof findDocumentHead>>>;

function commentsWithNames(db: Kysely<Database>) {
  return db
    .selectFrom('comments')
    .innerJoin('users as author', 'author.id', 'comments.author_id')
    .leftJoin('users as resolver', 'resolver.id', 'comments.resolved_by')
    .selectAll('comments')
    .select([
      'author.username as author_username',
      'author.display_name as author_display_name',
      'resolver.username as resolver_username',
      'resolver.display_name as resolver_display_name',
    ]);
}

/** Every comment of a document (or of one thread), oldest first. */
export function listComments(
  db: Kysely<Database>,
  documentId: string,
  threadId?: string,
): Promise<CommentWithNames[]> {
  let query = commentsWithNames(db).where('comments.document_id', '=', documentId);
  if (threadId !== undefined) query = query.where('comments.thread_id', '=', threadId);
  return query.orderBy('comments.seq').execute();
}

/** One comment of a document. */
export function findComment(
  db: Kysely<Database>,
  documentId: string,
  commentId: string,
): Promise<CommentRow | undefined> {
  return db
    .selectFrom('comments')
    .selectAll()
    .where('document_id', '=', documentId)
    .where('id', '=', commentId)
    .executeTakeFirst();
}

/**
 * Resolve (`by` a user) or reopen (`by` null) a thread, if it is not that way already: one
 * conditional update, so of two people resolving at once one does it. Whether it changed.
 */
export async function setResolved(
  db: Kysely<Database>,
  threadId: string,
  by: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable('comments')
    .set(
      by === null
        ? { resolved_at: null, resolved_by: null }
        : { resolved_at: new Date().toISOString(), resolved_by: by },
    )
    .where('id', '=', threadId)
    .where('resolved_at', by === null ? 'is not' : 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Usernames by user id, for the mentions a list of comments holds. */
export async function usernamesOf(
  db: Kysely<Database>,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'username'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.username]));
}
