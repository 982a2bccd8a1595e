import type { Kysely, Selectable } from 'kysely';
import type { Database, WorkspacesTable } from '../db/database.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import { ProblemError } from '../plugins/problems.js';

export type WorkspaceRow = Selectable<WorkspacesTable>;

/** A workspace as the API shows it. */
export function workspaceView(row: WorkspaceRow) {
  return {
    slug: row.slug,
    name: row.name,
    defaultTemplate: row.default_template,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findWorkspace(
  db: Kysely<Database>,
  slug: string,
): Promise<WorkspaceRow | undefined> {
  return db.selectFrom('workspaces').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** Workspaces by slug: all of them, or those with the given ids (null: no restriction). */
export function listWorkspaces(
  db: Kysely<Database>,
  ids: string[] | null = null,
): Promise<WorkspaceRow[]> {
  if (ids !== null && ids.length === 0) return Promise.resolve([]);
  let query = db.selectFrom('workspaces').selectAll().orderBy('slug');
  if (ids !== null) query = query.where('id', 'in', ids);
  return query.execute();
}

/**
 * Insert a workspace; false when the slug is taken. The unique index decides, so of two
 * concurrent creates of one slug exactly one succeeds (a read-then-insert would let both try).
 */
export async function insertWorkspace(db: Kysely<Database>, row: WorkspaceRow): Promise<boolean> {
  try {
    await db.insertInto('workspaces').values(row).execute();
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export async function updateWorkspace(
  db: Kysely<Database>,
  slug: string,
  changes: Partial<Pick<WorkspaceRow, 'name' | 'default_template'>>,
  now: string,
): Promise<WorkspaceRow | undefined> {
  await db
    .updateTable('workspaces')
    .set({ ...changes, updated_at: now })
    .where('slug', '=', slug)
    .execute();
  return findWorkspace(db, slug);
}

/** The workspace with this slug, or a 404 problem. */
export async function requireWorkspace(
  app: { db: Parameters<typeof findWorkspace>[0] },
  slug: string,
) {
  const workspace = await findWorkspace(app.db, slug);
  if (!workspace) throw new ProblemError('not-found', `No workspace “${slug}”`);
  return workspace;
}
