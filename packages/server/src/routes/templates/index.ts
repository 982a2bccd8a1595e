import { PRESETS, type TemplateSpec } from '@designdoc/core';
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { actingOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import { MAX_TEMPLATE_BODY_BYTES } from '../../templates/read-spec.js';
import { addTemplate, replaceTemplate } from '../../templates/template-commands.js';
import { workspaceTemplates } from '../../templates/template-lookup.js';
import { requireWorkspace } from '../../workspaces/repo.js';
import { WorkspaceParams } from '../common/workspace-schemas.js';

const TemplateParams = Type.Object({
  ws: WorkspaceParams.properties.ws,
  name: Type.String({ minLength: 1 }),
});

const SPEC_BODY = {
  content: {
    'application/json': { schema: Type.Object({}, { additionalProperties: true }) },
    'application/yaml': { schema: Type.String({ minLength: 1 }) },
  },
};

const TemplateSummary = Type.Object({
  name: Type.String(),
  title: Type.String(),
  source: Type.Union([Type.Literal('preset'), Type.Literal('workspace')]),
});

/** A spec from a JSON or YAML body, checked on a worker thread; its problems are a 400. */
async function specOf(app: FastifyInstance, body: unknown): Promise<TemplateSpec> {
  const reading = await app.preparer.readTemplateSpec(body);
  if ('spec' in reading) return reading.spec;
  const { detail, errors } = reading.problem;
  throw new ProblemError('validation-failed', detail, errors ? { errors } : {});
}

/**
 * `/api/v1/workspaces/{ws}/templates`: a workspace's own template specs (validated by core, as
 * JSON or YAML) beside the built-in presets. A stored template can be the workspace default.
 * A spec's body is at most MAX_TEMPLATE_BODY_BYTES (else 413) and its sections at most core's
 * MAX_TEMPLATE_SECTIONS (else 400).
 */
export const templateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/workspaces/:ws/templates',
    {
      config: { problems: [404], access: { workspace: 'workspace:read' } },
      schema: {
        tags: ['templates'],
        description:
          "The templates documents of the workspace can follow: the presets and the workspace's own.",
        params: WorkspaceParams,
        response: {
          200: Type.Object({ items: Type.Array(TemplateSummary), default: Type.String() }),
        },
      },
    },
    async (request) => {
      const workspace = await requireWorkspace(app, request.params.ws);
      const templates = await workspaceTemplates(app.db, workspace.id);
      return {
        items: templates.names.map((name) => ({
          name,
          title: templates.lookup(name)?.title ?? name,
          source: name in PRESETS ? ('preset' as const) : ('workspace' as const),
        })),
        default: workspace.default_template,
      };
    },
  );

  app.get(
    '/workspaces/:ws/templates/:name',
    {
      config: { problems: [404], access: { workspace: 'workspace:read' } },
      schema: {
        tags: ['templates'],
        description: "One template's spec: a preset or one of the workspace's own.",
        params: TemplateParams,
        response: { 200: Type.Object({}, { additionalProperties: true }) },
      },
    },
    async (request) => {
      const workspace = await requireWorkspace(app, request.params.ws);
      const spec = (await workspaceTemplates(app.db, workspace.id)).lookup(request.params.name);
      if (!spec)
        throw new ProblemError(
          'not-found',
          `No template “${request.params.name}” in workspace “${workspace.slug}”`,
        );
      return spec as unknown as Record<string, unknown>;
    },
  );

  app.post(
    '/workspaces/:ws/templates',
    {
      config: { problems: [404, 409], access: { workspace: 'templates:manage' } },
      bodyLimit: MAX_TEMPLATE_BODY_BYTES,
      schema: {
        tags: ['templates'],
        description:
          'Add a template spec (YAML or JSON) to the workspace; a name already in use is a 409.',
        params: WorkspaceParams,
        body: SPEC_BODY,
        response: { 201: TemplateSummary },
      },
    },
    async (request, reply) => {
      const workspace = await requireWorkspace(app, request.params.ws);
      const spec = await specOf(app, request.body);
      await addTemplate(app, actingOf(request), workspace, spec);
      return reply
        .code(201)
        .header(
          'location',
          `/api/v1/workspaces/${workspace.slug}/templates/${encodeURIComponent(spec.name)}`,
        )
        .send({ name: spec.name, title: spec.title, source: 'workspace' });
    },
  );

  app.put(
    '/workspaces/:ws/templates/:name',
    {
      config: { problems: [404], access: { workspace: 'templates:manage' } },
      bodyLimit: MAX_TEMPLATE_BODY_BYTES,
      schema: {
        tags: ['templates'],
        description:
          "Replace one of the workspace's templates with a new spec (POST creates one); the spec's name must be the one in the path.",
        params: TemplateParams,
        body: SPEC_BODY,
        response: { 200: TemplateSummary },
      },
    },
    async (request) => {
      const workspace = await requireWorkspace(app, request.params.ws);
      const spec = await specOf(app, request.body);
      if (spec.name !== request.params.name)
        throw new ProblemError(
          'validation-failed',
          `The spec is named “${spec.name}”, not “${request.params.name}”`,
          {
            errors: [{ in: 'body', pointer: '/name', detail: `must be “${request.params.name}”` }],
          },
        );
      await replaceTemplate(app, actingOf(request), workspace, spec);
      return { name: spec.name, title: spec.title, source: 'workspace' as const };
    },
  );
};
