import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { actorOf, audit } from '../../identity/audit.js';
import type { Caller } from '../../identity/policy.js';
import { groupPrincipal, userPrincipal } from '../../identity/visibility.js';
import { callerOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import { Username } from '../auth/schemas.js';
import { GroupName } from '../groups/index.js';
import { DocumentParams } from './schemas.js';

/** Who may read a confidential document besides admins. */
export const Grants = Type.Object(
  {
    users: Type.Optional(Type.Array(Username, { uniqueItems: true, maxItems: 500 })),
    groups: Type.Optional(Type.Array(GroupName, { uniqueItems: true, maxItems: 100 })),
  },
  { additionalProperties: false },
);

const DocumentAccess = Type.Object({
  restricted: Type.Boolean(),
  users: Type.Array(Type.String()),
  groups: Type.Array(Type.String()),
});

/**
 * The principals of a grant list, always with the caller (so that whoever restricts a document
 * keeps reading it); a 400 naming the first unknown user or group, at `pointer`.
 */
export async function grantPrincipals(
  db: Kysely<Database>,
  grants: { users?: string[]; groups?: string[] },
  caller: Caller,
  pointer: string,
): Promise<string[]> {
  const principals = new Set([userPrincipal(caller.userId)]);
  const unknown = (what: string, name: string, at: string) =>
    new ProblemError('validation-failed', `No ${what} “${name}”`, {
      errors: [{ in: 'body', pointer: at, detail: `is not a ${what}` }],
    });
  const users = grants.users ?? [];
  const groups = grants.groups ?? [];
  const [userRows, groupRows] = await Promise.all([
    users.length
      ? db.selectFrom('users').select(['id', 'username']).where('username', 'in', users).execute()
      : [],
    groups.length
      ? db.selectFrom('groups').select(['id', 'name']).where('name', 'in', groups).execute()
      : [],
  ]);
  for (const [i, name] of users.entries()) {
    const row = userRows.find((u) => u.username === name);
    if (!row) throw unknown('user', name, `${pointer}/users/${i}`);
    principals.add(userPrincipal(row.id));
  }
  for (const [i, name] of groups.entries()) {
    const row = groupRows.find((g) => g.name === name);
    if (!row) throw unknown('group', name, `${pointer}/groups/${i}`);
    principals.add(groupPrincipal(row.id));
  }
  return [...principals];
}

/** A live document's grants as names; 404 for an archived one, as every other read. */
async function accessOf(db: Kysely<Database>, id: string) {
  const [document, grants] = await Promise.all([
    db
      .selectFrom('documents')
      .select('restricted')
      .where('id', '=', id)
      .where('archived_at', 'is', null)
      .executeTakeFirst(),
    db.selectFrom('document_grants').select('principal').where('document_id', '=', id).execute(),
  ]);
  if (!document) throw new ProblemError('not-found', `No document ${id}`);
  const ids = (prefix: string) =>
    grants
      .filter((g) => g.principal.startsWith(prefix))
      .map((g) => g.principal.slice(prefix.length));
  const userIds = ids('user:');
  const groupIds = ids('group:');
  const [users, groups] = await Promise.all([
    userIds.length
      ? db
          .selectFrom('users')
          .select('username')
          .where('id', 'in', userIds)
          .orderBy('username')
          .execute()
      : [],
    groupIds.length
      ? db.selectFrom('groups').select('name').where('id', 'in', groupIds).orderBy('name').execute()
      : [],
  ]);
  return {
    restricted: document.restricted === 1,
    users: users.map((u) => u.username),
    groups: groups.map((g) => g.name),
  };
}

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
