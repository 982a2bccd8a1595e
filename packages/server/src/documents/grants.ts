import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Caller } from '../identity/policy.js';
import { groupPrincipal, userPrincipal } from '../identity/visibility.js';
import { ProblemError } from '../plugins/problems.js';

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
export async function accessOf(db: Kysely<Database>, id: string) {
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
