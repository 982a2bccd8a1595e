import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { actorOf, audit } from '../../identity/audit.js';
import { createGroup } from '../../identity/group-commands.js';
import { addGroupMember, findGroup, listGroups, removeGroupMember } from '../../identity/groups.js';
import { findUserByName } from '../../identity/users.js';
import { actingOf, callerOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import { GroupName, Username } from '../common/identity-schemas.js';

const Group = Type.Object({
  name: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  members: Type.Array(Type.String()),
});
const MemberParams = Type.Object({ name: GroupName, username: Username });

/**
 * `/api/v1/groups`: named groups of users that confidential documents can be granted to.
 * Everyone signed in can list them (to choose whom to grant); instance admins manage them.
 */
export const groupRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const requireGroup = async (name: string) => {
    const group = await findGroup(app.db, name);
    if (!group) throw new ProblemError('not-found', `No group “${name}”`);
    return group;
  };
  const auditChange = (
    request: FastifyRequest,
    group: { id: string; name: string },
    change: Record<string, string>,
  ) =>
    audit(
      app.db,
      {
        action: 'group.changed',
        actor: actorOf(callerOf(request)),
        target: { type: 'group', id: group.id },
        details: { name: group.name, ...change },
      },
      request,
    );
  const requireUser = async (username: string) => {
    const user = await findUserByName(app.db, username);
    if (!user) throw new ProblemError('not-found', `No user “${username}”`);
    return user;
  };

  app.get(
    '/groups',
    {
      config: { access: { instance: 'signed-in' } },
      schema: {
        tags: ['users'],
        description:
          'Every group with its members, for choosing whom to grant a confidential document to.',
        response: { 200: Type.Object({ items: Type.Array(Group) }) },
      },
    },
    async () => ({ items: await listGroups(app.db) }),
  );

  app.post(
    '/groups',
    {
      config: { problems: [409], access: { instance: 'users:manage' } },
      schema: {
        tags: ['users'],
        description:
          'Create a group (instance admin); confidential documents are granted to groups.',
        body: Type.Object(
          {
            name: GroupName,
            members: Type.Optional(Type.Array(Username, { uniqueItems: true, maxItems: 1000 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Group },
      },
    },
    async (request, reply) => {
      const { name, members = [] } = request.body;
      const group = await createGroup(app, actingOf(request), name, members);
      return reply
        .code(201)
        .header('location', `/api/v1/groups/${name}`)
        .send({ name, createdAt: group.created_at, members: [...members].sort() });
    },
  );

  app.put(
    '/groups/:name/members/:username',
    {
      config: { problems: [404], access: { instance: 'users:manage' } },
      schema: {
        tags: ['users'],
        description: 'Add a user to a group (instance admin).',
        params: MemberParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const group = await requireGroup(request.params.name);
      const user = await requireUser(request.params.username);
      await addGroupMember(app.db, group.id, user.id);
      await auditChange(request, group, { added: user.username });
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/groups/:name/members/:username',
    {
      config: { problems: [404], access: { instance: 'users:manage' } },
      schema: {
        tags: ['users'],
        description:
          'Remove a user from a group (instance admin); the grants the group holds no longer reach them.',
        params: MemberParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const group = await requireGroup(request.params.name);
      const user = await requireUser(request.params.username);
      if (!(await removeGroupMember(app.db, group.id, user.id)))
        throw new ProblemError('not-found', `“${user.username}” is not in group “${group.name}”`);
      await auditChange(request, group, { removed: user.username });
      return reply.code(204).send(null);
    },
  );
};
