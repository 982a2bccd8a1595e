import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { actorOf, audit } from '../../identity/audit.js';
import { readableWorkspaceIds } from '../../identity/memberships.js';
import { actingOf, callerOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import {
  unknownTemplate,
  type WorkspaceTemplates,
  workspaceTemplates,
} from '../../templates/template-lookup.js';
import {
  listWorkspaces,
  requireWorkspace,
  updateWorkspace,
  workspaceView,
} from '../../workspaces/repo.js';
import { createWorkspace } from '../../workspaces/workspace-commands.js';
import {
  CreateWorkspace,
  UpdateWorkspace,
  Workspace,
  WorkspaceParams,
} from '../common/workspace-schemas.js';

/** A template name a workspace may default to: a preset or one of its own stored templates. */
export function checkTemplateName(
  name: string,
  pointer: string,
  templates: WorkspaceTemplates,
): void {
  if (!templates.lookup(name))
    throw unknownTemplate(name, templates, {
      in: 'body',
      pointer,
      detail: 'is not a known template',
    });
}

/** `/api/v1/workspaces`: create, list, read and rename workspaces (addressed by slug). */
export const workspaceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/workspaces',
    {
      config: { problems: [409], access: { instance: 'signed-in:write' } },
      schema: {
        tags: ['workspaces'],
        description: 'Create a workspace; whoever creates it administers it.',
        body: CreateWorkspace,
        response: { 201: Workspace },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { slug, name, defaultTemplate = 'tdd' } = request.body;
      // Whoever creates a workspace administers it: one that single sign-on will fill with a
      // team is an instance admin's to create, not the first comer's.
      if (!caller.instanceAdmin && app.config.oidc?.groupRoles.some((g) => g.workspace === slug))
        throw new ProblemError(
          'forbidden',
          `Workspace “${slug}” is named in the single sign-on group mapping (OIDC_GROUP_ROLES); an instance admin creates it`,
          { permission: 'users:manage' },
        );
      checkTemplateName(
        defaultTemplate,
        '/defaultTemplate',
        await workspaceTemplates(app.db, null),
      );
      const row = await createWorkspace(app, actingOf(request), { slug, name, defaultTemplate });
      return reply
        .code(201)
        .header('location', `/api/v1/workspaces/${slug}`)
        .send(workspaceView(row));
    },
  );

  app.get(
    '/workspaces',
    {
      config: { access: { instance: 'signed-in' } },
      schema: {
        tags: ['workspaces'],
        description: 'The workspaces you are a member of (every workspace for an instance admin).',
        response: { 200: Type.Object({ items: Type.Array(Workspace) }) },
      },
    },
    async (request) => {
      const ids = await readableWorkspaceIds(app.db, callerOf(request));
      return { items: (await listWorkspaces(app.db, ids)).map(workspaceView) };
    },
  );

  app.get(
    '/workspaces/:ws',
    {
      config: { problems: [404], access: { workspace: 'workspace:read' } },
      schema: {
        tags: ['workspaces'],
        description: 'One workspace: slug, name, default template, created time.',
        params: WorkspaceParams,
        response: { 200: Workspace },
      },
    },
    async (request) => workspaceView(await requireWorkspace(app, request.params.ws)),
  );

  app.patch(
    '/workspaces/:ws',
    {
      config: { problems: [404], access: { workspace: 'workspace:update' } },
      schema: {
        tags: ['workspaces'],
        description: 'Rename the workspace or change its default template.',
        params: WorkspaceParams,
        body: UpdateWorkspace,
        response: { 200: Workspace },
      },
    },
    async (request) => {
      const workspace = await requireWorkspace(app, request.params.ws);
      const { name, defaultTemplate } = request.body;
      if (defaultTemplate !== undefined)
        checkTemplateName(
          defaultTemplate,
          '/defaultTemplate',
          await workspaceTemplates(app.db, workspace.id),
        );
      const updated = await updateWorkspace(
        app.db,
        request.params.ws,
        {
          ...(name !== undefined ? { name } : {}),
          ...(defaultTemplate !== undefined ? { default_template: defaultTemplate } : {}),
        },
        new Date().toISOString(),
      );
      const caller = callerOf(request);
      await audit(
        app.db,
        {
          action: 'workspace.updated',
          actor: actorOf(caller),
          target: { type: 'workspace', id: workspace.id },
          workspaceId: workspace.id,
          details: request.body,
        },
        request,
      );
      return workspaceView(updated ?? (await requireWorkspace(app, request.params.ws)));
    },
  );
};
