import type { Acting, DomainContext } from '../command-context.js';
import { ProblemError } from '../plugins/problems.js';
import { actorOf, audit } from './audit.js';
import { checkNewPassword } from './check-new-password.js';
import { deleteUserSessions } from './sessions.js';
import { findUserByName, insertUser, type NewUser, setPassword, type UserRow } from './users.js';

/**
 * An instance admin makes a local account: the password checked against the policy (a 400),
 * the user stored (a 409 when the username is taken), then audited.
 */
export async function createUser(
  ctx: DomainContext,
  acting: Acting,
  input: NewUser & { password: string },
): Promise<UserRow> {
  const { username, password } = input;
  await checkNewPassword(password, { username, publicUrl: ctx.config.publicUrl }, '/password');
  const user = await insertUser(ctx.db, input);
  if (!user) throw new ProblemError('conflict', `The username “${username}” is taken`);
  await audit(
    ctx.db,
    {
      action: 'user.created',
      actor: actorOf(acting.caller),
      target: { type: 'user', id: user.id },
      details: { username: user.username, instanceAdmin: input.instanceAdmin ?? false },
    },
    acting.request,
  );
  return user;
}

/** What an instance admin may change of an account; absent fields stay as they are. */
export interface UserChanges {
  displayName?: string;
  email?: string | null;
  password?: string;
  instanceAdmin?: boolean;
  disabled?: boolean;
}

/**
 * An instance admin changes an account (a 404 when there is none): a new password (checked
 * against the policy) or disabling it ends its sessions. No admin may take their own admin
 * role away or disable themselves, so that an instance always keeps an admin who can act. The
 * audit entry lists the changes, never the password. Returns the account as it is now.
 */
export async function updateUser(
  ctx: DomainContext,
  acting: Acting,
  username: string,
  changes: UserChanges,
): Promise<UserRow> {
  const user = await findUserByName(ctx.db, username);
  if (!user) throw new ProblemError('not-found', `No user “${username}”`);
  const { displayName, email, password, instanceAdmin, disabled } = changes;
  if (user.id === acting.caller.userId && (instanceAdmin === false || disabled === true))
    throw new ProblemError(
      'conflict',
      'You cannot remove your own instance admin role or disable yourself; ask another admin',
    );
  if (password !== undefined)
    await checkNewPassword(
      password,
      { username: user.username, publicUrl: ctx.config.publicUrl },
      '/password',
    );
  await ctx.db
    .updateTable('users')
    .set({
      ...(displayName !== undefined ? { display_name: displayName } : {}),
      ...(email !== undefined ? { email } : {}),
      ...(instanceAdmin !== undefined ? { instance_admin: instanceAdmin ? 1 : 0 } : {}),
      ...(disabled !== undefined
        ? { disabled_at: disabled ? (user.disabled_at ?? new Date().toISOString()) : null }
        : {}),
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', user.id)
    .execute();
  if (password !== undefined) await setPassword(ctx.db, user.id, password);
  if (disabled === true) await deleteUserSessions(ctx.db, user.id);
  const { password: _secret, ...changed } = changes;
  await audit(
    ctx.db,
    {
      action: 'user.updated',
      actor: actorOf(acting.caller),
      target: { type: 'user', id: user.id },
      details: { username: user.username, ...changed, passwordReset: password !== undefined },
    },
    acting.request,
  );
  return (await findUserByName(ctx.db, user.username)) ?? user;
}
