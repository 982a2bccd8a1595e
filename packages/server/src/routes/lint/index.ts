import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { resolveTemplate } from '../documents/prepare-document.js';
import { readSave, SAVE_BODY } from '../documents/save-body.js';
import { Diagnostic } from '../documents/schemas.js';
import { workspaceTemplates } from '../templates/template-lookup.js';

const LintResult = Type.Object({
  template: Type.String(),
  errorCount: Type.Integer(),
  warningCount: Type.Integer(),
  diagnostics: Type.Array(Diagnostic),
});

/**
 * `POST /api/v1/lint`: lint a document against a template without storing anything, for CI and
 * editors. The template is the document's front matter's, else the body's or `?template=`, else tdd.
 */
export const lintRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/lint',
    {
      config: { access: { instance: 'signed-in' } },
      schema: {
        tags: ['lint'],
        querystring: Type.Object(
          { template: Type.Optional(Type.String({ minLength: 1 })) },
          { additionalProperties: false },
        ),
        body: SAVE_BODY,
        response: { 200: LintResult },
      },
    },
    async (request) => {
      const { markdown, template: requested } = readSave(request.body, request.query.template);
      const endLint = app.metrics.lintDuration.startTimer();
      const templates = await workspaceTemplates(app.db, null);
      const prepared = await app.preparer.prepare(
        markdown,
        resolveTemplate(markdown, requested, 'tdd', templates),
      );
      endLint();
      return {
        template: prepared.template,
        errorCount: prepared.errorCount,
        warningCount: prepared.warningCount,
        diagnostics: prepared.diagnostics,
      };
    },
  );
};
