import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { changeDocumentAccess } from '../../documents/access-commands.js';
import { accessOf } from '../../documents/grants.js';
import { actingOf } from '../../plugins/auth.js';
import { DocumentParams } from '../common/document-schemas.js';
import { Grants } from '../common/identity-schemas.js';

const DocumentAccess = Type.Object({
  restricted: Type.Boolean(),
  users: Type.Array(Type.String()),
  groups: Type.Array(Type.String()),
});

/**
 * `/api/v1/documents/{id}/access`: whether a document is confidential and who, besides the
 * workspace's admins and instance admins, may read it. A confidential document is invisible to
 * everyone else everywhere: reads answer 404, and lists, search, dashboards and exports leave it
 * out. Every read of one is in the audit log.
 */
export const confidentialRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/documents/:id/access',
    {
      config: { problems: [404], access: { document: 'document:read' } },
      schema: {
        tags: ['documents'],
        description:
          'Who may read a confidential document besides admins: its `restricted` flag and the users and groups granted.',
        params: DocumentParams,
        response: { 200: DocumentAccess },
      },
    },
    async (request) => accessOf(app.db, request.params.id),
  );

  app.put(
    '/documents/:id/access',
    {
      config: { problems: [404], access: { document: 'document:restrict' } },
      schema: {
        tags: ['documents'],
        description:
          'Make the document confidential (restricted: true, readable by the users and groups named, you, and admins) or open it to the workspace again.',
        params: DocumentParams,
        body: Type.Object(
          {
            restricted: Type.Boolean(),
            users: Grants.properties.users,
            groups: Grants.properties.groups,
          },
          { additionalProperties: false },
        ),
        response: { 200: DocumentAccess },
      },
    },
    async (request) =>
      changeDocumentAccess(
        app,
        actingOf(request),
        { id: request.params.id, workspaceId: request.workspaceAccess?.workspaceId ?? null },
        request.body,
      ),
  );
};
