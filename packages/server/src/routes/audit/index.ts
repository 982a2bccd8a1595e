import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { AUDIT_ACTIONS } from '../../identity/audit.js';
import { listAuditLog } from '../../identity/audit-log.js';
import { Slug } from '../common/workspace-schemas.js';
import { isoTime } from '../iso-time.js';

const AuditQuery = Type.Object(
  {
    action: Type.Optional(Type.String({ enum: [...AUDIT_ACTIONS] })),
    actor: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    target: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    workspace: Type.Optional(Slug),
    since: Type.Optional(Type.String({ format: 'date-time' })),
    until: Type.Optional(Type.String({ format: 'date-time' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

const AuditEntry = Type.Object({
  id: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  actor: Type.Union([Type.String(), Type.Null()]),
  actorId: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  target: Type.Union([Type.Object({ type: Type.String(), id: Type.String() }), Type.Null()]),
  workspace: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Object({}, { additionalProperties: true }),
});

/** `GET /api/v1/audit`: the audit log, newest first, for instance admins. Read-only, always. */
export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/audit',
    {
      config: { access: { instance: 'audit:read' } },
      schema: {
        tags: ['audit'],
        description:
          'The audit log, newest first, filtered by actor, action, target and time (instance admin); cursor pagination.',
        querystring: AuditQuery,
        response: {
          200: Type.Object({
            items: Type.Array(AuditEntry),
            next: Type.Union([Type.String(), Type.Null()]),
          }),
        },
      },
    },
    async (request) => {
      const q = request.query;
      const { shown, next } = await listAuditLog(app.db, {
        ...q,
        since: q.since && isoTime(q.since, 'querystring', '/since'),
        until: q.until && isoTime(q.until, 'querystring', '/until'),
        limit: q.limit ?? 50,
      });
      return {
        items: shown.map((row) => ({
          id: Number(row.id),
          at: row.at,
          actor: row.actor,
          actorId: row.actor_id,
          action: row.action,
          target:
            row.target_type && row.target_id ? { type: row.target_type, id: row.target_id } : null,
          workspace: row.workspace,
          address: row.address,
          requestId: row.request_id,
          details: JSON.parse(row.details) as Record<string, unknown>,
        })),
        next,
      };
    },
  );
};
