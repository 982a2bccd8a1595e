import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { actorOf, audit } from '../../identity/audit.js';
import {
  findMembership,
  listMembers,
  removeMembership,
  setMembership,
} from '../../identity/memberships.js';
import type { Role } from '../../identity/policy.js';
import { findUserByName } from '../../identity/users.js';
import { callerOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import { RoleSchema, Username } from '../common/identity-schemas.js';
import { WorkspaceParams } from '../common/workspace-schemas.js';

const Member = Type.Object({
  username: Type.String(),
  displayName: Type.String(),
  role: RoleSchema,
  since: Type.String({ format: 'date-time' }),
});
const MemberParams = Type.Object({ ws: WorkspaceParams.properties.ws, username: Username });

/** `/api/v1/workspaces/{ws}/members`: who belongs to a workspace, with which role. */
export const memberRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const workspaceOf = (request: { workspaceAccess: { workspaceId: string } | null }) => {
    if (!request.workspaceAccess) throw new Error('member route without workspace access');
    return request.workspaceAccess.workspaceId;
  };

  /** The workspace must keep an admin: refuse to demote or remove its last one. */
  const keepAnAdmin = async (workspaceId: string, userId: string, newRole: Role | null) => {
    const current = await findMembership(app.db, workspaceId, userId);
    if (current?.role !== 'admin' || newRole === 'admin') return current;
    const admins = (await listMembers(app.db, workspaceId)).filter((m) => m.role === 'admin');
    if (admins.length <= 1)
      throw new ProblemError(
        'conflict',
        'This is the workspace’s last admin; make someone else admin first',
      );
    return current;
  };

  app.get(
    '/workspaces/:ws/members',
    {
      config: { problems: [404], access: { workspace: 'workspace:read' } },
      schema: {
        tags: ['workspaces'],
        description: "The workspace's members and their roles.",
        params: WorkspaceParams,
        response: { 200: Type.Object({ items: Type.Array(Member) }) },
      },
    },
    async (request) => ({
      items: (await listMembers(app.db, workspaceOf(request))).map((m) => ({
        username: m.username,
        displayName: m.display_name,
        role: m.role as Role,
        since: m.created_at,
      })),
    }),
  );

  app.put(
    '/workspaces/:ws/members/:username',
    {
      config: { problems: [404, 409], access: { workspace: 'workspace:members' } },
      schema: {
        tags: ['workspaces'],
        description: 'Add a user to the workspace with a role, or change their role.',
        params: MemberParams,
        body: Type.Object({ role: RoleSchema }, { additionalProperties: false }),
        response: { 200: Member },
      },
    },
    async (request) => {
      const workspaceId = workspaceOf(request);
      const user = await findUserByName(app.db, request.params.username);
      if (!user) throw new ProblemError('not-found', `No user “${request.params.username}”`);
      const { role } = request.body;
      const before = await keepAnAdmin(workspaceId, user.id, role);
      await setMembership(app.db, workspaceId, user.id, role);
      await audit(
        app.db,
        {
          action: 'membership.changed',
          actor: actorOf(callerOf(request)),
          target: { type: 'user', id: user.id },
          workspaceId,
          details: { username: user.username, from: before?.role ?? null, to: role },
        },
        request,
      );
      const now = await findMembership(app.db, workspaceId, user.id);
      return {
        username: user.username,
        displayName: user.display_name,
        role,
        since: now?.created_at ?? new Date().toISOString(),
      };
    },
  );

  app.delete(
    '/workspaces/:ws/members/:username',
    {
      config: { problems: [404, 409], access: { workspace: 'workspace:members' } },
      schema: {
        tags: ['workspaces'],
        description: 'Remove a member from the workspace. Removing its last admin is a 409.',
        params: MemberParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const workspaceId = workspaceOf(request);
      const user = await findUserByName(app.db, request.params.username);
      const notMember = () =>
        new ProblemError('not-found', `“${request.params.username}” is not a member`);
      if (!user) throw notMember();
      const before = await keepAnAdmin(workspaceId, user.id, null);
      if (!(await removeMembership(app.db, workspaceId, user.id))) throw notMember();
      await audit(
        app.db,
        {
          action: 'membership.removed',
          actor: actorOf(callerOf(request)),
          target: { type: 'user', id: user.id },
          workspaceId,
          details: { username: user.username, from: before?.role ?? null },
        },
        request,
      );
      return reply.code(204).send(null);
    },
  );
};
