import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { GroupRole } from '../oidc-config.js';
import { audit } from './audit.js';
import { ROLES, type Role } from './policy.js';

/** The memberships the group mapping grants are marked with this `source`. */
export const OIDC_SOURCE = 'oidc';

const SYSTEM = { id: null, name: 'system' };

/** The groups a claim lists: an array of strings, or one string. */
export function groupsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string') : [];
}

/** The role each mapped workspace gets for these groups: the strongest that any group gives. */
export function mappedRoles(groups: string[], mapping: GroupRole[]): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const { group, workspace, role } of mapping) {
    if (!groups.includes(group)) continue;
    const held = roles.get(workspace);
    if (!held || ROLES.indexOf(role) > ROLES.indexOf(held)) roles.set(workspace, role);
  }
  return roles;
}

/**
 * Bring the memberships the mapping manages in line with the user's groups now: grant, raise or
 * lower them, and remove those the groups no longer give. A membership made by hand is left
 * alone, even in a mapped workspace; a mapped workspace that does not exist is skipped; a
 * workspace's last admin is not demoted (the rule the members API keeps too). Each change is
 * audited as the system's, with `source: oidc`. Run it in the sign-in's transaction.
 */
export async function applyGroupRoles(
  db: Kysely<Database>,
  user: { id: string; username: string },
  groups: string[],
  mapping: GroupRole[],
  request: Pick<FastifyRequest, 'ip' | 'id'>,
): Promise<void> {
  const wanted = mappedRoles(groups, mapping);
  const workspaces =
    wanted.size === 0
      ? []
      : await db
          .selectFrom('workspaces')
          .select(['id', 'slug'])
          .where('slug', 'in', [...wanted.keys()])
          .execute();
  const target = new Map(workspaces.map((w) => [w.id, wanted.get(w.slug) as Role]));
  const held = await db
    .selectFrom('memberships')
    .select(['workspace_id', 'role', 'source'])
    .where('user_id', '=', user.id)
    .execute();
  const now = new Date().toISOString();
  const record = (workspaceId: string, from: string | null, to: Role | null) =>
    audit(
      db,
      {
        action: to ? 'membership.changed' : 'membership.removed',
        actor: SYSTEM,
        target: { type: 'user', id: user.id },
        workspaceId,
        details: { username: user.username, from, to, source: OIDC_SOURCE },
      },
      request,
    );
  for (const membership of held) {
    const { workspace_id: workspaceId, role } = membership;
    const to = target.get(workspaceId) ?? null;
    target.delete(workspaceId);
    if (membership.source !== OIDC_SOURCE || role === to) continue;
    if (role === 'admin' && (await isLastAdmin(db, workspaceId))) continue;
    if (to)
      await db
        .updateTable('memberships')
        .set({ role: to, updated_at: now })
        .where('workspace_id', '=', workspaceId)
        .where('user_id', '=', user.id)
        .execute();
    else
      await db
        .deleteFrom('memberships')
        .where('workspace_id', '=', workspaceId)
        .where('user_id', '=', user.id)
        .execute();
    await record(workspaceId, role, to);
  }
  for (const [workspaceId, role] of target) {
    await db
      .insertInto('memberships')
      .values({
        workspace_id: workspaceId,
        user_id: user.id,
        role,
        source: OIDC_SOURCE,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await record(workspaceId, null, role);
  }
}

async function isLastAdmin(db: Kysely<Database>, workspaceId: string): Promise<boolean> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<string | number>().as('admins'))
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow();
  return Number(row.admins) <= 1;
}
