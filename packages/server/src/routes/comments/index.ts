import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { PendingEvents } from '../../events/outbox.js';
import { type AuditAction, actorOf, audit } from '../../identity/audit.js';
import { allowsInWorkspace } from '../../identity/policy.js';
import { callerOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import { DocumentParams } from '../documents/schemas.js';
import { notifyMentioned } from '../notifications/repo.js';
import { excerptOf } from './excerpt.js';
import { mentionedUsernames, type Reader, readersAmong } from './mentions.js';
import {
  type CommentRow,
  type DocumentHead,
  findComment,
  findDocumentHead,
  listComments,
  type NewComment,
  setResolved,
  usernamesOf,
} from './repo.js';
import {
  CommentEdit,
  CommentParams,
  CommentSchema,
  NewReply,
  NewThread,
  ThreadList,
  ThreadQuery,
  ThreadSchema,
} from './schemas.js';
import { anchorSections, findSection, readerText } from './section-anchors.js';
import { assembleThreads, mentionIds } from './threads.js';

/**
 * `/api/v1/documents/{id}/comments`: threads anchored to a section of the head version (and
 * optionally a passage of it), replies, edits by their author, resolve and reopen. Every write
 * commits with its audit entry, its outbox event and the notifications of those it mentions.
 */
export const commentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const headOf = async (id: string) => {
    const head = await findDocumentHead(app.db, id);
    if (!head) throw new ProblemError('not-found', `No document ${id}`);
    return head;
  };

  const commentOf = async (head: DocumentHead, commentId: string) => {
    const comment = await findComment(app.db, head.id, commentId);
    if (!comment)
      throw new ProblemError('not-found', `Document ${head.id} has no comment ${commentId}`);
    return comment;
  };

  /** The threads of a document (or the one of `threadId`) as the head sees them. */
  const threadsOf = async (head: DocumentHead, threadId?: string) => {
    const rows = await listComments(app.db, head.id, threadId);
    const usernames = await usernamesOf(app.db, rows.flatMap(mentionIds));
    const sections = anchorSections(head.markdown, head.model);
    return assembleThreads(rows, { version: head.head_version, sections }, usernames);
  };

  const threadOf = async (head: DocumentHead, threadId: string) => {
    const [thread] = (await threadsOf(head, threadId)).items;
    if (!thread)
      throw new ProblemError('not-found', `Document ${head.id} has no thread ${threadId}`);
    return thread;
  };

  /**
   * Write a comment with what commits with it: the notifications of the readers it mentions (not
   * its author), the audit entry and the `comment.created` event.
   */
  const writeComment = async (
    request: FastifyRequest,
    head: DocumentHead,
    thread: Pick<CommentRow, 'section_anchor' | 'section_title' | 'quote'> & {
      id: string | null;
      parentId: string | null;
    },
    body: string,
  ): Promise<NewComment> => {
    const caller = callerOf(request);
    const mentioned = (await readersAmong(app.db, head, mentionedUsernames(body))).filter(
      (reader) => reader.id !== caller.userId,
    );
    const id = randomUUID();
    const row: NewComment = {
      id,
      document_id: head.id,
      thread_id: thread.id ?? id,
      parent_id: thread.parentId,
      version: head.head_version,
      section_anchor: thread.id === null ? thread.section_anchor : null,
      section_title: thread.id === null ? thread.section_title : null,
      quote: thread.id === null ? thread.quote : null,
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
            section: { anchor: thread.section_anchor, title: thread.section_title },
            quote: thread.quote,
            excerpt: excerptOf(body),
            author: { id: caller.userId, username: caller.username },
            mentions: mentioned.map((m) => m.username),
          },
        },
      });
    });
    events.publish(app.eventHub);
    return row;
  };

  /** Resolve or reopen the thread of a comment: its author, or whoever may resolve any thread. */
  const resolveOrReopen = async (
    request: FastifyRequest<{ Params: { id: string; commentId: string } }>,
    resolve: boolean,
  ) => {
    const caller = callerOf(request);
    const head = await headOf(request.params.id);
    const comment = await commentOf(head, request.params.commentId);
    const root = await commentOf(head, comment.thread_id);
    const role = request.workspaceAccess?.role ?? null;
    if (root.author_id !== caller.userId && !allowsInWorkspace(caller, role, 'comment:resolve'))
      throw new ProblemError(
        'forbidden',
        `Only the thread's author, or someone whose role gives comment:resolve, may ${resolve ? 'resolve' : 'reopen'} it`,
        { permission: 'comment:resolve' },
      );
    const events = new PendingEvents(app.config.publicUrl);
    const changed = await app.db.transaction().execute(async (trx) => {
      if (!(await setResolved(trx, root.id, resolve ? caller.userId : null))) return false;
      await auditComment(
        trx,
        request,
        resolve ? 'comment.resolved' : 'comment.reopened',
        head,
        root,
      );
      // Webhooks and live streams hear of resolutions; there is no event type for reopening.
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
    if (!changed)
      throw new ProblemError(
        'conflict',
        `Thread ${root.id} is ${resolve ? 'already resolved' : 'not resolved'}`,
      );
    events.publish(app.eventHub);
    return threadOf(head, root.id);
  };

  app.get(
    '/documents/:id/comments',
    {
      config: { access: { document: 'document:read' } },
      schema: {
        tags: ['comments'],
        description:
          'The threads of the document, compared with its head: in section order, outdated ones last, with the unresolved count per section.',
        params: DocumentParams,
        querystring: ThreadQuery,
        response: { 200: ThreadList },
      },
    },
    async (request) => {
      const list = await threadsOf(await headOf(request.params.id));
      const state = request.query.state ?? 'all';
      if (state === 'all') return list;
      return { ...list, items: list.items.filter((t) => t.resolved === (state === 'resolved')) };
    },
  );

  app.post(
    '/documents/:id/comments',
    {
      config: { access: { document: 'comment:write' } },
      schema: {
        tags: ['comments'],
        description:
          'Start a thread on a section of the head version (its anchor or heading text), optionally about a passage of it.',
        params: DocumentParams,
        body: NewThread,
        response: { 201: ThreadSchema },
      },
    },
    async (request, reply) => {
      const head = await headOf(request.params.id);
      const { section: wanted, quote, body } = request.body;
      const sections = anchorSections(head.markdown, head.model);
      const found = findSection(sections, wanted);
      if ('problem' in found) throw badAnchor(wanted, found.problem, found.candidates);
      if (quote !== undefined) {
        const passage = readerText(quote);
        if (passage === '' || !found.section.text.includes(passage))
          throw invalid(
            '/quote',
            `is not a passage of section “${found.section.title}” (#${found.section.anchor}) in version ${head.head_version}`,
          );
      }
      const row = await writeComment(
        request,
        head,
        {
          id: null,
          parentId: null,
          section_anchor: found.section.anchor,
          section_title: found.section.title,
          quote: quote ?? null,
        },
        body,
      );
      return reply
        .code(201)
        .header('location', `/api/v1/documents/${head.id}/comments/${row.id}`)
        .send(await threadOf(head, row.id));
    },
  );

  app.get(
    '/documents/:id/comments/:commentId',
    {
      config: { access: { document: 'document:read' } },
      schema: {
        tags: ['comments'],
        description: 'The thread a comment belongs to.',
        params: CommentParams,
        response: { 200: ThreadSchema },
      },
    },
    async (request) => {
      const head = await headOf(request.params.id);
      const comment = await commentOf(head, request.params.commentId);
      return threadOf(head, comment.thread_id);
    },
  );

  app.post(
    '/documents/:id/comments/:commentId/replies',
    {
      config: { access: { document: 'comment:write' } },
      schema: {
        tags: ['comments'],
        description: 'Answer a comment, in its thread.',
        params: CommentParams,
        body: NewReply,
        response: { 201: CommentSchema },
      },
    },
    async (request, reply) => {
      const head = await headOf(request.params.id);
      const parent = await commentOf(head, request.params.commentId);
      const root = await commentOf(head, parent.thread_id);
      const row = await writeComment(
        request,
        head,
        { ...root, id: root.id, parentId: parent.id },
        request.body.body,
      );
      const thread = await threadOf(head, root.id);
      return reply
        .code(201)
        .header('location', `/api/v1/documents/${head.id}/comments/${row.id}`)
        .send(commentIn(thread, row.id));
    },
  );

  app.patch(
    '/documents/:id/comments/:commentId',
    {
      config: { access: { document: 'comment:write' } },
      schema: {
        tags: ['comments'],
        description:
          'Edit your own comment. People it newly mentions are notified; those already notified are not again.',
        params: CommentParams,
        body: CommentEdit,
        response: { 200: CommentSchema },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const head = await headOf(request.params.id);
      const comment = await commentOf(head, request.params.commentId);
      if (comment.author_id !== caller.userId)
        throw new ProblemError('forbidden', 'Only its author may edit a comment');
      const { body } = request.body;
      const before = new Set(mentionIds(comment));
      const added: Reader[] = (await readersAmong(app.db, head, mentionedUsernames(body))).filter(
        (reader) => reader.id !== caller.userId && !before.has(reader.id),
      );
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
      const thread = await threadOf(head, comment.thread_id);
      return commentIn(thread, comment.id);
    },
  );

  for (const [action, resolve] of [
    ['resolve', true],
    ['reopen', false],
  ] as const)
    app.post(
      `/documents/:id/comments/:commentId/${action}`,
      {
        config: { access: { document: 'comment:write' } },
        schema: {
          tags: ['comments'],
          description: resolve
            ? "Resolve the comment's thread: its author, or authors and up (comment:resolve). Already resolved → 409."
            : "Reopen the comment's resolved thread: its author, or authors and up (comment:resolve). Not resolved → 409.",
          params: CommentParams,
          response: { 200: ThreadSchema },
        },
      },
      (request) => resolveOrReopen(request, resolve),
    );
};

/** One comment of a thread just read (it was written or checked a moment ago). */
function commentIn<T extends { id: string }>(thread: { comments: T[] }, id: string): T {
  const comment = thread.comments.find((c) => c.id === id);
  if (!comment) throw new Error(`comment ${id} missing from its thread`);
  return comment;
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

/** A 400 for one bad field of the body. */
function invalid(pointer: string, detail: string): ProblemError {
  return new ProblemError('validation-failed', `body ${pointer} ${detail}`, {
    errors: [{ in: 'body', pointer, detail }],
  });
}

/** A 400 for a section the head does not have (with its anchors), or heading text several share. */
function badAnchor(wanted: string, problem: 'unknown' | 'ambiguous', anchors: string[]) {
  const shown = anchors.slice(0, 50).join(', ');
  return problem === 'ambiguous'
    ? invalid(
        '/section',
        `“${wanted}” is the heading of several sections; send one's anchor: ${shown}`,
      )
    : invalid(
        '/section',
        `names no section of the head version; its sections' anchors: ${shown || '(none)'}`,
      );
}
