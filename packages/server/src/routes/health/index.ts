import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import { isMigrated } from '../../db/migrate.js';

const Health = Type.Object({ status: Type.String() });

/**
 * `/healthz`: the process answers. `/readyz`: the database answers and is fully migrated, and
 * the server is not shutting down (a load balancer stops sending while it drains).
 */
export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/healthz',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['operations'],
        description: 'Liveness: the process answers (`{"status":"ok"}`); it reads no database.',
        response: { 200: Health },
      },
    },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/readyz',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['operations'],
        description:
          'Readiness: 200 when the database answers and every migration is applied, else 503 saying which (`migrations pending`, `database unreachable`, or `shutting down` once the server has been told to stop).',
        response: {
          200: Health,
          503: { ...Health, description: 'Not ready: the status says why' },
        },
      },
    },
    async (_request, reply) => {
      if (app.draining) return reply.code(503).send({ status: 'shutting down' });
      try {
        await sql`select 1`.execute(app.db);
        if (!(await isMigrated(app.db)))
          return reply.code(503).send({ status: 'migrations pending' });
        return { status: 'ready' };
      } catch {
        return reply.code(503).send({ status: 'database unreachable' });
      }
    },
  );
};
