import { randomUUID } from 'node:crypto';
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import { keysetPage } from '../../db/keyset-page.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { actorOf, audit } from '../../identity/audit.js';
import { callerOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import {
  deliveryView,
  requireDelivery,
  requireWebhook,
  workspaceIdOf,
} from '../../webhooks/repo.js';
import { Attempt, Delivery, DeliveryParams, DeliveryQuery, WebhookParams } from './schemas.js';

/** `…/webhooks/{hook}/deliveries`: the delivery log, newest first, each delivery's attempts, and redelivery by hand. */
export const deliveryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const access = { workspace: 'webhooks:manage' } as const;

  app.get(
    '/workspaces/:ws/webhooks/:hook/deliveries',
    {
      config: { access },
      schema: {
        tags: ['webhooks'],
        description:
          'The hook’s deliveries, newest first, each with its last attempt’s response code, error and duration; `next` is the cursor of the next page.',
        params: WebhookParams,
        querystring: DeliveryQuery,
        response: {
          200: Type.Object({
            items: Type.Array(Delivery),
            next: Type.Union([Type.String(), Type.Null()], {
              description: 'Cursor of the next page, null on the last',
            }),
          }),
        },
      },
    },
    async (request) => {
      const hook = await requireWebhook(app.db, workspaceIdOf(request), request.params.hook);
      const q = request.query;
      const limit = q.limit ?? 50;
      let query = app.db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('webhook_id', '=', hook.id);
      if (q.status) query = query.where('status', '=', q.status);
      const { shown, next } = await keysetPage(query, {
        keys: [
          { by: 'created_at', slot: 'string' },
          { by: 'id', slot: 'string' },
        ],
        direction: 'desc',
        cursor: q.cursor,
        limit,
        keyOf: (r) => [r.created_at, r.id],
      });
      return { items: shown.map(deliveryView), next };
    },
  );

  app.get(
    '/workspaces/:ws/webhooks/:hook/deliveries/:delivery',
    {
      config: { access },
      schema: {
        tags: ['webhooks'],
        description: 'One delivery with every attempt at it.',
        params: DeliveryParams,
        response: {
          200: Type.Intersect([Delivery, Type.Object({ attemptLog: Type.Array(Attempt) })]),
        },
      },
    },
    async (request) => {
      const hook = await requireWebhook(app.db, workspaceIdOf(request), request.params.hook);
      const delivery = await requireDelivery(app.db, hook.id, request.params.delivery);
      const attempts = await app.db
        .selectFrom('webhook_attempts')
        .selectAll()
        .where('delivery_id', '=', delivery.id)
        .orderBy('number')
        .execute();
      return {
        ...deliveryView(delivery),
        attemptLog: attempts.map((a) => ({
          number: a.number,
          startedAt: a.started_at,
          // −1: an attempt interrupted before it recorded anything (webhook-lease.ts).
          durationMs: a.duration_ms < 0 ? null : a.duration_ms,
          responseCode: a.status_code,
          error: a.error,
          succeeded: a.succeeded === 1,
        })),
      };
    },
  );

  app.post(
    '/workspaces/:ws/webhooks/:hook/deliveries/:delivery/redeliver',
    {
      config: { access },
      schema: {
        tags: ['webhooks'],
        description:
          'Send a delivery’s event to the hook again, as a new delivery with the same event id (and so the same Idempotency-Key). The hook must be active.',
        params: DeliveryParams,
        response: { 202: Delivery },
      },
    },
    async (request, reply) => {
      const hook = await requireWebhook(app.db, workspaceIdOf(request), request.params.hook);
      const original = await requireDelivery(app.db, hook.id, request.params.delivery);
      if (hook.active !== 1)
        throw new ProblemError(
          'conflict',
          `Webhook ${hook.id} is disabled (${hook.disabled_reason ?? 'no reason given'}); enable it with PATCH {"active": true} first`,
        );
      const now = new Date().toISOString();
      const insert = async () => {
        const last = await app.db
          .selectFrom('webhook_deliveries')
          .select(sql<number>`max(redelivery)`.as('n'))
          .where('webhook_id', '=', hook.id)
          .where('event_id', '=', original.event_id)
          .executeTakeFirstOrThrow();
        const row = {
          id: randomUUID(),
          webhook_id: hook.id,
          event_id: original.event_id,
          event_type: original.event_type,
          redelivery: Number(last.n ?? 0) + 1,
          status: 'pending',
          attempts: 0,
          next_attempt_at: now,
          locked_until: null,
          last_status_code: null,
          last_error: null,
          last_duration_ms: null,
          created_at: now,
          updated_at: now,
          completed_at: null,
        };
        await app.db.insertInto('webhook_deliveries').values(row).execute();
        return row;
      };
      // Two redeliveries at once may pick the same number: the unique index refuses one, which tries again.
      const row = await insert().catch((error) => {
        if (isUniqueViolation(error)) return insert();
        throw error;
      });
      await audit(
        app.db,
        {
          action: 'webhook.redelivered',
          actor: actorOf(callerOf(request)),
          target: { type: 'webhook', id: hook.id },
          workspaceId: hook.workspace_id,
          details: { delivery: row.id, of: original.id, event: original.event_id },
        },
        request,
      );
      await app.webhookJobs.schedule([{ id: row.id, dueAt: now }]);
      return reply.code(202).send(deliveryView(row));
    },
  );
};
