import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { resolveTemplate } from '../../documents/prepare-document.js';
import { readableWorkspaceIds } from '../../identity/memberships.js';
import type { Caller } from '../../identity/policy.js';
import { callerOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import { workspaceTemplates } from '../../templates/template-lookup.js';
import { findWorkspace } from '../../workspaces/repo.js';
import { Diagnostic } from '../common/document-schemas.js';
import { readSave, SAVE_BODY } from '../common/save-body.js';
import { Slug } from '../common/workspace-schemas.js';

const LintResult = Type.Object({
  template: Type.String(),
  errorCount: Type.Integer(),
  warningCount: Type.Integer(),
  diagnostics: Type.Array(Diagnostic),
});

/** The workspace a slug names, if the caller may read it; else a 404 as if it did not exist. */
async function readableWorkspace(app: FastifyInstance, caller: Caller, slug: string) {
  const workspace = await findWorkspace(app.db, slug);
  const ids = await readableWorkspaceIds(app.db, caller);
  if (!workspace || (ids !== null && !ids.includes(workspace.id)))
    throw new ProblemError('not-found', `No workspace “${slug}”`);
  return workspace;
}

/**
 * `POST /api/v1/lint`: lint a document against a template without storing anything, for CI and
 * editors; documents over DOCUMENT_LIMIT or DOCUMENT_MAX_HEADINGS are refused (413, 422). The template is the document's front matter's, else the body's or `?template=`, else
 * the workspace's default (with `?workspace=`), else tdd.
 */
export const lintRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/lint',
    {
      config: { problems: [404], access: { instance: 'signed-in' } },
      schema: {
        tags: ['lint'],
        description:
          'Lints without storing. With `?workspace=`, the workspace’s own templates (and default) apply; you must be able to read it.',
        querystring: Type.Object(
          {
            template: Type.Optional(Type.String({ minLength: 1 })),
            workspace: Type.Optional(Slug),
          },
          { additionalProperties: false },
        ),
        body: SAVE_BODY,
        response: { 200: LintResult },
      },
    },
    async (request, reply) => {
      const { markdown, template: requested } = readSave(request.body, request.query.template);
      const endLint = app.metrics.lintDuration.startTimer();
      const workspace = request.query.workspace
        ? await readableWorkspace(app, callerOf(request), request.query.workspace)
        : null;
      const templates = await workspaceTemplates(app.db, workspace?.id ?? null);
      const result = await app.preparer.lint(
        markdown,
        resolveTemplate(markdown, requested, workspace?.default_template ?? 'tdd', templates),
      );
      endLint();
      // LintResult's JSON, made on the worker that linted (lint-result.ts): sent as it is.
      return reply.type('application/json; charset=utf-8').send(result as never);
    },
  );
};
