import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { type TargetPolicy, targetPolicy } from '../../jobs/webhook-target-policy.js';
import { webhookUrlProblem } from '../../jobs/webhook-url.js';
import { actingOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import { listWebhooks, requireWebhook, webhookView, workspaceIdOf } from '../../webhooks/repo.js';
import { createWebhook, removeWebhook, updateWebhook } from '../../webhooks/webhook-commands.js';
import { WorkspaceParams } from '../common/workspace-schemas.js';
import { deliveryRoutes } from './deliveries.js';
import { CreateWebhook, UpdateWebhook, Webhook, WebhookParams } from './schemas.js';

/** A 400 problem for a URL a hook cannot have (or may not have here: `policy`). */
function checkUrl(url: string, policy: TargetPolicy): void {
  const problem = webhookUrlProblem(url, policy);
  if (problem)
    throw new ProblemError('validation-failed', `url ${problem}`, {
      errors: [{ in: 'body', pointer: '/url', detail: problem }],
    });
}

/**
 * `/api/v1/workspaces/{ws}/webhooks`: a workspace admin's hooks: which events go where, in
 * which format, signed with which secret (shown once, stored sealed), and whether confidential
 * documents' events may go there. Deliveries are in deliveries.ts.
 */
export const webhookRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const access = { workspace: 'webhooks:manage' } as const;
  const targets = targetPolicy(app.config.webhooks.allowPrivate);

  app.get(
    '/workspaces/:ws/webhooks',
    {
      config: { problems: [404], access },
      schema: {
        tags: ['webhooks'],
        description: 'The workspace’s webhooks (never their secrets).',
        params: WorkspaceParams,
        response: { 200: Type.Object({ items: Type.Array(Webhook) }) },
      },
    },
    async (request) => ({
      items: (await listWebhooks(app.db, workspaceIdOf(request))).map(webhookView),
    }),
  );

  app.post(
    '/workspaces/:ws/webhooks',
    {
      config: { problems: [404], access },
      schema: {
        tags: ['webhooks'],
        description:
          'Add a webhook. `secret` (generated unless given) is shown only in this response: receivers check each request’s `designdoc-signature` with it (docs/webhooks.md).',
        params: WorkspaceParams,
        body: CreateWebhook,
        response: { 201: Type.Object({ webhook: Webhook, secret: Type.String() }) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      checkUrl(body.url, targets);
      const { row, secret } = await createWebhook(
        app,
        actingOf(request),
        workspaceIdOf(request),
        body,
      );
      return reply
        .code(201)
        .header('location', `/api/v1/workspaces/${request.params.ws}/webhooks/${row.id}`)
        .send({ webhook: webhookView(row), secret });
    },
  );

  app.get(
    '/workspaces/:ws/webhooks/:hook',
    {
      config: { problems: [404], access },
      schema: {
        tags: ['webhooks'],
        description:
          'One webhook: target, events, format, whether it is active or was disabled and why (never its secret).',
        params: WebhookParams,
        response: { 200: Webhook },
      },
    },
    async (request) =>
      webhookView(await requireWebhook(app.db, workspaceIdOf(request), request.params.hook)),
  );

  app.patch(
    '/workspaces/:ws/webhooks/:hook',
    {
      config: { problems: [404], access },
      schema: {
        tags: ['webhooks'],
        description:
          'Change a webhook. `active: true` enables a disabled one again (its failure count starts from 0); `secret` replaces the signing secret.',
        params: WebhookParams,
        body: UpdateWebhook,
        response: { 200: Webhook },
      },
    },
    async (request) => {
      const workspaceId = workspaceIdOf(request);
      const hook = await requireWebhook(app.db, workspaceId, request.params.hook);
      const body = request.body;
      if (body.url !== undefined) checkUrl(body.url, targets);
      return webhookView(await updateWebhook(app, actingOf(request), hook, body));
    },
  );

  app.delete(
    '/workspaces/:ws/webhooks/:hook',
    {
      config: { problems: [404], access },
      schema: {
        tags: ['webhooks'],
        description: 'Delete a webhook with its delivery log; deliveries not yet made are dropped.',
        params: WebhookParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const hook = await requireWebhook(app.db, workspaceIdOf(request), request.params.hook);
      await removeWebhook(app, actingOf(request), hook);
      return reply.code(204).send(null);
    },
  );

  await app.register(deliveryRoutes);
};
