import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database, UsersTable } from '../db/database.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import { hashPassword } from './passwords.js';

export type UserRow = Selectable<UsersTable>;

/** Usernames: what people sign in with and mention; lower case, like GitHub's. */
export const USERNAME_PATTERN = '^[a-z0-9](?:[a-z0-9._-]{0,38}[a-z0-9])?$';
const USERNAME = new RegExp(USERNAME_PATTERN);

export function isUsername(value: string): boolean {
  return USERNAME.test(value);
}

/** A user as the API shows it: never the password hash. */
export function publicUser(user: UserRow) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    email: user.email,
    instanceAdmin: user.instance_admin === 1,
    disabled: user.disabled_at !== null,
    createdAt: user.created_at,
  };
}

export function findUserByName(db: Kysely<Database>, username: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', username.toLowerCase())
    .executeTakeFirst();
}

export function findUser(db: Kysely<Database>, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A user's display name; throws when there is no such user (the caller is one). */
export async function displayNameOf(db: Kysely<Database>, id: string): Promise<string> {
  const row = await db
    .selectFrom('users')
    .select('display_name')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.display_name;
}

export function listUsers(db: Kysely<Database>) {
  return db.selectFrom('users').selectAll().orderBy('username').execute();
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export interface NewUser {
  username: string;
  displayName?: string;
  email?: string | null;
  /** Already checked against the password policy; null for a single-sign-on-only account. */
  password: string | null;
  instanceAdmin?: boolean;
}

/** Insert a user; undefined when the username is taken. */
export async function insertUser(
  db: Kysely<Database>,
  user: NewUser,
): Promise<UserRow | undefined> {
  const now = new Date().toISOString();
  const row: UserRow = {
    id: randomUUID(),
    username: user.username.toLowerCase(),
    display_name: user.displayName ?? user.username,
    email: user.email ?? null,
    password_hash: user.password === null ? null : await hashPassword(user.password),
    instance_admin: user.instanceAdmin ? 1 : 0,
    disabled_at: null,
    created_at: now,
    updated_at: now,
  };
  try {
    await db.insertInto('users').values(row).execute();
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) return undefined;
    throw error;
  }
}

/** Set a user's password (already checked) and end every session they have. */
export async function setPassword(db: Kysely<Database>, userId: string, password: string) {
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: new Date().toISOString() })
      .where('id', '=', userId)
      .execute();
    await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
  });
}
