import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import { isMigrated } from '../../db/migrate.js';

/** `/healthz`: the process answers. `/readyz`: the database answers and is fully migrated. */
export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/healthz',
    { config: { access: { public: true } }, schema: { tags: ['operations'] } },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/readyz',
    { config: { access: { public: true } }, schema: { tags: ['operations'] } },
    async (_request, reply) => {
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
