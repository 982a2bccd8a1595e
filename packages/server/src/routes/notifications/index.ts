import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { excerptOf } from '../../comments/excerpt.js';
import { visibilityOf } from '../../identity/visibility.js';
import {
  countUnread,
  hasNotification,
  listNotifications,
  markRead,
} from '../../notifications/repo.js';
import { callerOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';

const NotificationQuery = Type.Object(
  {
    unread: Type.Optional(Type.Boolean({ description: 'Only unread notifications' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    cursor: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);

const Notification = Type.Object({
  id: Type.String(),
  kind: Type.Literal('mention'),
  read: Type.Boolean(),
  readAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  actor: Type.Union([
    Type.Object({ id: Type.String(), username: Type.String(), displayName: Type.String() }),
    Type.Null(),
  ]),
  document: Type.Object({ id: Type.String(), title: Type.String(), workspace: Type.String() }),
  comment: Type.Union([
    Type.Object({ id: Type.String(), threadId: Type.String(), excerpt: Type.String() }),
    Type.Null(),
  ]),
});

/**
 * `/api/v1/me/notifications`: what is waiting for the caller (mentions in comments), unread
 * first; mark one or all read. Only about documents the caller may still read.
 */
export const notificationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/me/notifications',
    {
      config: { access: { instance: 'signed-in' } },
      schema: {
        tags: ['notifications'],
        description:
          'Your notifications, unread first, then newest first; `unreadCount` counts all unread ones.',
        querystring: NotificationQuery,
        response: {
          200: Type.Object({
            items: Type.Array(Notification),
            next: Type.Union([Type.String(), Type.Null()]),
            unreadCount: Type.Integer(),
          }),
        },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const q = request.query;
      const limit = q.limit ?? 50;
      const visibility = await visibilityOf(app.db, caller);
      const [{ shown, next }, unreadCount] = await Promise.all([
        listNotifications(app.db, caller.userId, visibility, {
          limit,
          cursor: q.cursor,
          unreadOnly: q.unread === true,
        }),
        countUnread(app.db, caller.userId, visibility),
      ]);
      return {
        items: shown.map((row) => ({
          id: row.id,
          kind: 'mention' as const,
          read: row.read_at !== null,
          readAt: row.read_at,
          createdAt: row.created_at,
          actor:
            row.actor_id === null
              ? null
              : {
                  id: row.actor_id,
                  username: row.actor_username ?? '',
                  displayName: row.actor_display_name ?? '',
                },
          document: { id: row.document_id, title: row.document_title, workspace: row.workspace },
          comment:
            row.comment_id === null
              ? null
              : {
                  id: row.comment_id,
                  threadId: row.thread_id ?? row.comment_id,
                  excerpt: excerptOf(row.comment_body ?? ''),
                },
        })),
        next,
        unreadCount,
      };
    },
  );

  app.post(
    '/me/notifications/:notificationId/read',
    {
      config: { problems: [404], access: { instance: 'signed-in:write' } },
      schema: {
        tags: ['notifications'],
        description: 'Mark one of your notifications read.',
        params: Type.Object({ notificationId: Type.String({ format: 'uuid' }) }),
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { notificationId } = request.params;
      if (!(await hasNotification(app.db, caller.userId, notificationId)))
        throw new ProblemError('not-found', `You have no notification ${notificationId}`);
      await markRead(app.db, caller.userId, [notificationId]);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/me/notifications/read-all',
    {
      config: { access: { instance: 'signed-in:write' } },
      schema: {
        tags: ['notifications'],
        description: 'Mark every one of your notifications read; answers how many were unread.',
        response: { 200: Type.Object({ marked: Type.Integer() }) },
      },
    },
    async (request) => ({ marked: await markRead(app.db, callerOf(request).userId, 'all') }),
  );
};
