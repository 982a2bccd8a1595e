import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { PendingEvents } from '../events/outbox.js';
import { type AuditAction, actorOf, audit } from '../identity/audit.js';
import { notifyMentioned } from '../notifications/repo.js';
import { callerOf } from '../plugins/auth.js';
import { excerptOf } from './excerpt.js';
import { mentionedUsernames, readersAmong } from './mentions.js';
import { type CommentRow, type DocumentHead, type NewComment, setResolved } from './repo.js';
import { mentionIds } from './threads.js';

/** Where a new comment goes: a new thread (`id` null, with its anchor) or a reply in one. */
export type CommentPlace = Pick<CommentRow, 'section_anchor' | 'section_title' | 'quote'> & {
  /** The thread, or null for a new one. */
  id: string | null;
  /** The comment it answers, or null for a new thread. */
  parentId: string | null;
};

/** The readers a comment's text mentions, neither its author nor anyone in `already`. */
async function newlyMentioned(
  app: FastifyInstance,
  head: DocumentHead,
  body: string,
  authorId: string,
  already: ReadonlySet<string> = new Set(),
) {
  const readers = await readersAmong(app.db, head, mentionedUsernames(body));
  return readers.filter((reader) => reader.id !== authorId && !already.has(reader.id));
}

/**
 * Write a comment with what commits with it: the notifications of the readers it mentions (not
 * its author), the audit entry and the `comment.created` event, announced after the commit.
 */
export async function writeComment(
  app: FastifyInstance,
  request: FastifyRequest,
  head: DocumentHead,
  place: CommentPlace,
  body: string,
): Promise<NewComment> {
  const caller = callerOf(request);
  const mentioned = await newlyMentioned(app, head, body, caller.userId);
  const id = randomUUID();
  const thread = place.id === null;
  const row: NewComment = {
    id,
    document_id: head.id,
    thread_id: place.id ?? id,
    parent_id: place.parentId,
    version: head.head_version,
    section_anchor: thread ? place.section_anchor : null,
    section_title: thread ? place.section_title : null,
    quote: thread ? place.quote : null,
    body,
    mentions: JSON.stringify(mentioned.map((m) => m.id)),
    author_id: caller.userId,
    created_at: new Date().toISOString(),
    edited_at: null,
    resolved_at: null,
    resolved_by: null,
  };
  const events = new PendingEvents(app.config.publicUrl);
  await app.db.transaction().execute(async (trx) => {
    await trx.insertInto('comments').values(row).execute();
    await notifyMentioned(trx, {
      userIds: mentioned.map((m) => m.id),
      documentId: head.id,
      commentId: id,
      actorId: caller.userId,
    });
    await auditComment(trx, request, 'comment.created', head, row);
    await events.record(trx, {
      type: 'comment.created',
      workspace: { id: head.workspace_id, slug: head.workspace },
      document: head,
      actor: { id: caller.userId, username: caller.username },
      changes: {
        comment: {
          id,
          threadId: row.thread_id,
          parentId: row.parent_id,
          version: row.version,
          section: { anchor: place.section_anchor, title: place.section_title },
          quote: place.quote,
          excerpt: excerptOf(body),
          author: { id: caller.userId, username: caller.username },
          mentions: mentioned.map((m) => m.username),
        },
      },
    });
  });
  events.publish(app.eventHub);
  return row;
}

/**
 * Replace a comment's text (its author's to do): readers it newly mentions are notified, those
 * an earlier text notified are not again, and the audit log has the edit. Edits are no event.
 */
export async function editComment(
  app: FastifyInstance,
  request: FastifyRequest,
  head: DocumentHead,
  comment: CommentRow,
  body: string,
): Promise<void> {
  const caller = callerOf(request);
  const before = new Set(mentionIds(comment));
  const added = await newlyMentioned(app, head, body, caller.userId, before);
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('comments')
      .set({
        body,
        edited_at: new Date().toISOString(),
        mentions: JSON.stringify([...before, ...added.map((m) => m.id)]),
      })
      .where('id', '=', comment.id)
      .execute();
    await notifyMentioned(trx, {
      userIds: added.map((m) => m.id),
      documentId: head.id,
      commentId: comment.id,
      actorId: caller.userId,
    });
    await auditComment(trx, request, 'comment.edited', head, comment);
  });
}

/**
 * Resolve or reopen a thread (`root`, its first comment), with its audit entry and, for a
 * resolution, the `comment.resolved` event. False when it already was that way.
 */
export async function setThreadResolution(
  app: FastifyInstance,
  request: FastifyRequest,
  head: DocumentHead,
  root: CommentRow,
  resolve: boolean,
): Promise<boolean> {
  const caller = callerOf(request);
  const events = new PendingEvents(app.config.publicUrl);
  const changed = await app.db.transaction().execute(async (trx) => {
    if (!(await setResolved(trx, root.id, resolve ? caller.userId : null))) return false;
    await auditComment(trx, request, resolve ? 'comment.resolved' : 'comment.reopened', head, root);
    // Webhooks and live streams hear of resolutions; the event list has no type for reopening.
    if (resolve)
      await events.record(trx, {
        type: 'comment.resolved',
        workspace: { id: head.workspace_id, slug: head.workspace },
        document: head,
        actor: { id: caller.userId, username: caller.username },
        changes: {
          thread: {
            id: root.id,
            section: { anchor: root.section_anchor, title: root.section_title },
            quote: root.quote,
            excerpt: excerptOf(root.body),
            author: { id: root.author_id },
          },
        },
      });
    return true;
  });
  events.publish(app.eventHub);
  return changed;
}

type CommentAction = Extract<AuditAction, `comment.${string}`>;

function auditComment(
  db: Kysely<Database>,
  request: FastifyRequest,
  action: CommentAction,
  head: DocumentHead,
  comment: NewComment,
) {
  return audit(
    db,
    {
      action,
      actor: actorOf(callerOf(request)),
      target: { type: 'comment', id: comment.id },
      workspaceId: head.workspace_id,
      details: { document: head.id, thread: comment.thread_id, version: head.head_version },
    },
    request,
  );
}
