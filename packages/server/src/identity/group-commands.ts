import type { Acting, DomainContext } from '../command-context.js';
import { ProblemError } from '../plugins/problems.js';
import { actorOf, audit } from './audit.js';
import { addGroupMember, insertGroup } from './groups.js';
import { findUserByName, type UserRow } from './users.js';

/**
 * Create a group with its first members, in one transaction with its audit entry. Every member
 * must be a user (a 400 names the first that is not, by its place in `members`); a 409 when the
 * name is taken.
 */
export async function createGroup(
  ctx: DomainContext,
  acting: Acting,
  name: string,
  members: string[],
) {
  const users: UserRow[] = [];
  for (const [i, username] of members.entries()) {
    const user = await findUserByName(ctx.db, username);
    if (!user)
      throw new ProblemError('validation-failed', `No user “${username}”`, {
        errors: [{ in: 'body', pointer: `/members/${i}`, detail: 'is not a user' }],
      });
    users.push(user);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const row = await insertGroup(trx, name);
    if (!row) throw new ProblemError('conflict', `A group “${name}” already exists`);
    for (const user of users) await addGroupMember(trx, row.id, user.id);
    await audit(
      trx,
      {
        action: 'group.changed',
        actor: actorOf(acting.caller),
        target: { type: 'group', id: row.id },
        details: { name, created: true, members },
      },
      acting.request,
    );
    return row;
  });
}
