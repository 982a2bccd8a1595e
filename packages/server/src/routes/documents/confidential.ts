import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { accessOf, grantPrincipals } from '../../documents/grants.js';
import { actorOf, audit } from '../../identity/audit.js';
import { callerOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
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
      config: { access: { document: 'document:read' } },
      schema: { tags: ['documents'], params: DocumentParams, response: { 200: DocumentAccess } },
    },
    async (request) => accessOf(app.db, request.params.id),
  );

  app.put(
    '/documents/:id/access',
    {
      config: { access: { document: 'document:restrict' } },
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
    async (request) => {
      const caller = callerOf(request);
      const { id } = request.params;
      const { restricted, ...grants } = request.body;
      const principals = restricted ? await grantPrincipals(app.db, grants, caller, '') : [];
      await app.db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('documents')
          .set({ restricted: restricted ? 1 : 0 })
          .where('id', '=', id)
          .where('archived_at', 'is', null)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0)
          throw new ProblemError('not-found', `No document ${id}`);
        await trx.deleteFrom('document_grants').where('document_id', '=', id).execute();
        if (principals.length > 0)
          await trx
            .insertInto('document_grants')
            .values(principals.map((principal) => ({ document_id: id, principal })))
            .execute();
        await audit(
          trx,
          {
            action: 'document.access-changed',
            actor: actorOf(caller),
            target: { type: 'document', id },
            workspaceId: request.workspaceAccess?.workspaceId ?? null,
            details: { restricted, users: grants.users ?? [], groups: grants.groups ?? [] },
          },
          request,
        );
      });
      return accessOf(app.db, id);
    },
  );
};
