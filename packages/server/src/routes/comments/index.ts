import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { editComment, setThreadResolution, writeComment } from '../../comments/comment-writes.js';
import {
  type DocumentHead,
  findComment,
  findDocumentHead,
  listComments,
  usernamesOf,
} from '../../comments/repo.js';
import { anchorSections, findSection, readerText } from '../../comments/section-anchors.js';
import { assembleThreads, mentionIds } from '../../comments/threads.js';
import { allowsInWorkspace } from '../../identity/policy.js';
import { callerOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import { DocumentParams } from '../common/document-schemas.js';
import { jsonItemsInPieces } from '../common/json-pieces.js';
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

  /** The head's sections; a large model is read off the event loop. */
  const sectionsOf = async (head: DocumentHead) =>
    anchorSections(
      head.markdown,
      await app.preparer.sectionBounds(head.model, head.markdown.length),
    );

  /** The threads of a document (or the one of `threadId`) as the head sees them. */
  const threadsOf = async (head: DocumentHead, threadId?: string) => {
    const rows = await listComments(app.db, head.id, threadId);
    const usernames = await usernamesOf(app.db, rows.flatMap(mentionIds));
    const sections = await sectionsOf(head);
    return assembleThreads(rows, { version: head.head_version, sections }, usernames);
  };

  const threadOf = async (head: DocumentHead, threadId: string) => {
    const [thread] = (await threadsOf(head, threadId)).items;
    if (!thread)
      throw new ProblemError('not-found', `Document ${head.id} has no thread ${threadId}`);
    return thread;
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
    if (!(await setThreadResolution(app, request, head, root, resolve)))
      throw new ProblemError(
        'conflict',
        `Thread ${root.id} is ${resolve ? 'already resolved' : 'not resolved'}`,
      );
    return threadOf(head, root.id);
  };

  app.get(
    '/documents/:id/comments',
    {
      config: { problems: [404], access: { document: 'document:read' } },
      schema: {
        tags: ['comments'],
        description:
          'The threads of the document, compared with its head: in section order, outdated ones last, with the unresolved count per section.',
        params: DocumentParams,
        querystring: ThreadQuery,
        response: { 200: ThreadList },
      },
    },
    async (request, reply) => {
      const list = await threadsOf(await headOf(request.params.id));
      const state = request.query.state ?? 'all';
      const shown =
        state === 'all'
          ? list
          : { ...list, items: list.items.filter((t) => t.resolved === (state === 'resolved')) };
      // Threads are built to the schema's shape; a long list goes out a few threads at a time.
      return reply.type('application/json; charset=utf-8').send(jsonItemsInPieces(shown) as never);
    },
  );

  app.post(
    '/documents/:id/comments',
    {
      config: { problems: [404], access: { document: 'comment:write' } },
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
      const found = findSection(await sectionsOf(head), wanted);
      if ('problem' in found) throw badAnchor(wanted, found.problem, found.candidates);
      if (quote !== undefined) {
        const passage = readerText(quote);
        // A large section is reduced to reader text on a worker (5 MiB took 200 ms).
        const held =
          passage !== '' &&
          (await app.preparer.holdsPassage(found.section.markdownSource, passage));
        if (!held)
          throw invalid(
            '/quote',
            `is not a passage of section “${found.section.title}” (#${found.section.anchor}) in version ${head.head_version}`,
          );
      }
      const row = await writeComment(
        app,
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
      config: { problems: [404], access: { document: 'document:read' } },
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
      config: { problems: [404], access: { document: 'comment:write' } },
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
        app,
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
      config: { problems: [404], access: { document: 'comment:write' } },
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
      await editComment(app, request, head, comment, request.body.body);
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
        config: { problems: [404, 409], access: { document: 'comment:write' } },
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
