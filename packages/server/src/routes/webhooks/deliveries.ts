import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { actingOf } from '../../plugins/auth.js';
import { listAttempts, listDeliveries } from '../../webhooks/deliveries.js';
import { redeliver } from '../../webhooks/redeliver.js';
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
      config: { problems: [404], access },
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
      const { shown, next } = await listDeliveries(app.db, hook.id, {
        status: q.status,
        limit: q.limit ?? 50,
        cursor: q.cursor,
      });
      return { items: shown.map(deliveryView), next };
    },
  );

  app.get(
    '/workspaces/:ws/webhooks/:hook/deliveries/:delivery',
    {
      config: { problems: [404], access },
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
      const attempts = await listAttempts(app.db, delivery.id);
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
      config: { problems: [404, 409], access },
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
      const row = await redeliver(app, actingOf(request), hook, original);
      return reply.code(202).send(deliveryView(row));
    },
  );
};
