import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../db/database.js';
import { nonEmpty } from './memberships.js';
import type { Caller } from './policy.js';

/**
 * What a caller may see across workspaces: the workspaces they belong to, those they
 * administer (every confidential document there), and the principals confidential documents
 * can be granted to (`user:<id>`, `group:<id>`). An instance admin sees everything.
 */
export interface Visibility {
  all: boolean;
  workspaceIds: string[];
  adminWorkspaceIds: string[];
  principals: string[];
}

export const userPrincipal = (userId: string) => `user:${userId}`;
export const groupPrincipal = (groupId: string) => `group:${groupId}`;

/** The caller's visibility: two indexed reads (memberships and groups). */
export async function visibilityOf(db: Kysely<Database>, caller: Caller): Promise<Visibility> {
  if (caller.instanceAdmin)
    return { all: true, workspaceIds: [], adminWorkspaceIds: [], principals: [] };
  const [memberships, groups] = await Promise.all([
    db
      .selectFrom('memberships')
      .select(['workspace_id', 'role'])
      .where('user_id', '=', caller.userId)
      .execute(),
    principalGroups(db, caller.userId),
  ]);
  return {
    all: false,
    workspaceIds: memberships.map((m) => m.workspace_id),
    adminWorkspaceIds: memberships.filter((m) => m.role === 'admin').map((m) => m.workspace_id),
    principals: [userPrincipal(caller.userId), ...groups],
  };
}

/** The group principals of a user. */
export async function principalGroups(db: Kysely<Database>, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('group_members')
    .select('group_id')
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => groupPrincipal(r.group_id));
}

/**
 * The condition on a documents row (`ref` is its table or alias) that the caller may see it: in
 * one of their workspaces, and either not confidential, or in a workspace they administer, or
 * granted to them or one of their groups. Null for an instance admin (no condition). `id` names
 * the row's document id column: `document_id` for PostgreSQL's search_index, which holds its
 * document's `workspace_id` and `restricted` too.
 */
export function visibleDocument(
  v: Visibility,
  ref: string,
  id: 'id' | 'document_id' = 'id',
): RawBuilder<SqlBool> | null {
  if (v.all) return null;
  const column = (name: string) => sql.ref(`${ref}.${name}`);
  return sql<SqlBool>`(${column('workspace_id')} in (${sql.join(nonEmpty(v.workspaceIds))})
    and (${column('restricted')} = 0
      or ${column('workspace_id')} in (${sql.join(nonEmpty(v.adminWorkspaceIds))})
      or exists (select 1 from document_grants g
        where g.document_id = ${column(id)} and g.principal in (${sql.join(nonEmpty(v.principals))}))))`;
}

/** Whether the caller, with `role` in its workspace, may see a confidential document. */
export async function mayReadRestricted(
  db: Kysely<Database>,
  caller: Caller,
  role: string | null,
  documentId: string,
): Promise<boolean> {
  if (caller.instanceAdmin || role === 'admin') return true;
  const principals = [userPrincipal(caller.userId), ...(await principalGroups(db, caller.userId))];
  const grant = await db
    .selectFrom('document_grants')
    .select('principal')
    .where('document_id', '=', documentId)
    .where('principal', 'in', principals)
    .executeTakeFirst();
  return grant !== undefined;
}
