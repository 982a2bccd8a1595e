import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Caller, Role } from './policy.js';

/**
 * The workspaces a caller may read, for lists and searches that span workspaces: null means
 * all of them (an instance admin), else the ids of the workspaces they are a member of.
 */
export async function readableWorkspaceIds(
  db: Kysely<Database>,
  caller: Caller,
): Promise<string[] | null> {
  if (caller.instanceAdmin) return null;
  const rows = await db
    .selectFrom('memberships')
    .select('workspace_id')
    .where('user_id', '=', caller.userId)
    .execute();
  return rows.map((r) => r.workspace_id);
}

/** No workspace has this id: `in` over it matches nothing (SQL has no empty `in ()`). */
const NO_WORKSPACE = '';

/** The ids for an `in (…)` restriction, never an empty list. */
export function nonEmpty(ids: string[]): string[] {
  return ids.length > 0 ? ids : [NO_WORKSPACE];
}

/** The workspaces a user is a member of, by slug, with their role in each: what `/me` lists. */
export function workspaceRolesOf(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
    .select(['workspaces.slug as workspace', 'memberships.role'])
    .where('memberships.user_id', '=', userId)
    .orderBy('workspaces.slug')
    .execute();
}

/**
 * A user's account as it stands now, with their role in one workspace (null when not a member):
 * undefined when the user is gone. What a long-lived request asks again while it runs.
 */
export function accountInWorkspace(db: Kysely<Database>, userId: string, workspaceId: string) {
  return db
    .selectFrom('users')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.user_id', '=', 'users.id')
        .on('memberships.workspace_id', '=', workspaceId),
    )
    .select(['users.disabled_at', 'users.instance_admin', 'memberships.role'])
    .where('users.id', '=', userId)
    .executeTakeFirst();
}

export function listMembers(db: Kysely<Database>, workspaceId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'users.id',
      'users.username',
      'users.display_name',
      'memberships.role',
      'memberships.created_at',
      'memberships.updated_at',
    ])
    .where('memberships.workspace_id', '=', workspaceId)
    .orderBy('users.username')
    .execute();
}

export function findMembership(db: Kysely<Database>, workspaceId: string, userId: string) {
  return db
    .selectFrom('memberships')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/**
 * Give a user a role in a workspace by hand (adding them when they are not a member). A
 * membership the identity provider's group mapping granted becomes one made by hand, which
 * the mapping leaves alone from then on.
 */
export async function setMembership(
  db: Kysely<Database>,
  workspaceId: string,
  userId: string,
  role: Role,
): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto('memberships')
    .values({ workspace_id: workspaceId, user_id: userId, role, created_at: now, updated_at: now })
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'user_id']).doUpdateSet({ role, source: null, updated_at: now }),
    )
    .execute();
}

export async function removeMembership(
  db: Kysely<Database>,
  workspaceId: string,
  userId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('memberships')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
