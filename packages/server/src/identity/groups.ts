import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { isUniqueViolation } from '../db/unique-violation.js';

export function findGroup(db: Kysely<Database>, name: string) {
  return db.selectFrom('groups').selectAll().where('name', '=', name).executeTakeFirst();
}

/** Every group with its members' usernames, by name. */
export async function listGroups(db: Kysely<Database>) {
  const [groups, members] = await Promise.all([
    db.selectFrom('groups').selectAll().orderBy('name').execute(),
    db
      .selectFrom('group_members')
      .innerJoin('users', 'users.id', 'group_members.user_id')
      .select(['group_members.group_id', 'users.username'])
      .orderBy('users.username')
      .execute(),
  ]);
  return groups.map((g) => ({
    name: g.name,
    createdAt: g.created_at,
    members: members.filter((m) => m.group_id === g.id).map((m) => m.username),
  }));
}

/** Create a group; undefined when the name is taken. */
export async function insertGroup(db: Kysely<Database>, name: string) {
  const row = { id: randomUUID(), name, created_at: new Date().toISOString() };
  try {
    await db.insertInto('groups').values(row).execute();
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) return undefined;
    throw error;
  }
}

export async function addGroupMember(db: Kysely<Database>, groupId: string, userId: string) {
  await db
    .insertInto('group_members')
    .values({ group_id: groupId, user_id: userId })
    .onConflict((oc) => oc.columns(['group_id', 'user_id']).doNothing())
    .execute();
}

export async function removeGroupMember(
  db: Kysely<Database>,
  groupId: string,
  userId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('group_members')
    .where('group_id', '=', groupId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
