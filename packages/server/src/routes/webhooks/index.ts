import { randomUUID } from 'node:crypto';
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { type AuditAction, actorOf, audit } from '../../identity/audit.js';
import { newSecret } from '../../identity/secrets.js';
import { type TargetPolicy, targetPolicy } from '../../jobs/webhook-target-policy.js';
import { webhookUrlProblem } from '../../jobs/webhook-url.js';
import { callerOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import {
  deleteWebhook,
  listWebhooks,
  requireWebhook,
  webhookView,
  workspaceIdOf,
} from '../../webhooks/repo.js';
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
  const auditHook = (
    request: FastifyRequest,
    action: AuditAction,
    id: string,
    details: Record<string, unknown>,
  ) =>
    audit(
      app.db,
      {
        action,
        actor: actorOf(callerOf(request)),
        target: { type: 'webhook', id },
        workspaceId: workspaceIdOf(request),
        details,
      },
      request,
    );

  app.get(
    '/workspaces/:ws/webhooks',
    {
      config: { access },
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
      config: { access },
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
      const caller = callerOf(request);
      const secret = body.secret ?? newSecret();
      const now = new Date().toISOString();
      const active = body.active ?? true;
      const row = {
        id: randomUUID(),
        workspace_id: workspaceIdOf(request),
        url: body.url,
        description: body.description ?? '',
        events: JSON.stringify(body.events),
        format: body.format ?? 'native',
        secret: app.secretBox().seal(secret),
        include_confidential: body.confidential ? 1 : 0,
        active: active ? 1 : 0,
        disabled_at: active ? null : now,
        disabled_reason: active ? null : `Created disabled by ${caller.username}`,
        consecutive_failures: 0,
        created_by: caller.userId,
        created_at: now,
        updated_at: now,
      };
      await app.db.insertInto('webhooks').values(row).execute();
      await auditHook(request, 'webhook.created', row.id, {
        url: row.url,
        events: body.events,
        format: row.format,
        confidential: body.confidential ?? false,
      });
      return reply
        .code(201)
        .header('location', `/api/v1/workspaces/${request.params.ws}/webhooks/${row.id}`)
        .send({ webhook: webhookView({ ...row, created_by_name: caller.username }), secret });
    },
  );

  app.get(
    '/workspaces/:ws/webhooks/:hook',
    {
      config: { access },
      schema: { tags: ['webhooks'], params: WebhookParams, response: { 200: Webhook } },
    },
    async (request) =>
      webhookView(await requireWebhook(app.db, workspaceIdOf(request), request.params.hook)),
  );

  app.patch(
    '/workspaces/:ws/webhooks/:hook',
    {
      config: { access },
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
      const caller = callerOf(request);
      const now = new Date().toISOString();
      const enabling = body.active === true && hook.active !== 1;
      const disabling = body.active === false && hook.active === 1;
      await app.db
        .updateTable('webhooks')
        .set({
          ...(body.url !== undefined ? { url: body.url } : {}),
          ...(body.description !== undefined ? { description: body.description } : {}),
          ...(body.events !== undefined ? { events: JSON.stringify(body.events) } : {}),
          ...(body.format !== undefined ? { format: body.format } : {}),
          ...(body.secret !== undefined ? { secret: app.secretBox().seal(body.secret) } : {}),
          ...(body.confidential !== undefined
            ? { include_confidential: body.confidential ? 1 : 0 }
            : {}),
          ...(enabling
            ? { active: 1, disabled_at: null, disabled_reason: null, consecutive_failures: 0 }
            : {}),
          ...(disabling
            ? { active: 0, disabled_at: now, disabled_reason: `Disabled by ${caller.username}` }
            : {}),
          updated_at: now,
        })
        .where('id', '=', hook.id)
        .execute();
      const { secret: _secret, ...details } = body;
      await auditHook(request, 'webhook.updated', hook.id, {
        ...details,
        ...(body.secret !== undefined ? { secret: 'replaced' } : {}),
      });
      return webhookView(await requireWebhook(app.db, workspaceId, hook.id));
    },
  );

  app.delete(
    '/workspaces/:ws/webhooks/:hook',
    {
      config: { access },
      schema: {
        tags: ['webhooks'],
        description: 'Delete a webhook with its delivery log; deliveries not yet made are dropped.',
        params: WebhookParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const hook = await requireWebhook(app.db, workspaceIdOf(request), request.params.hook);
      await deleteWebhook(app.db, hook.id);
      await auditHook(request, 'webhook.deleted', hook.id, { url: hook.url });
      return reply.code(204).send(null);
    },
  );

  await app.register(deliveryRoutes);
};
