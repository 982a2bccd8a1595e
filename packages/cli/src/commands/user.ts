import {
  findUserByName,
  generatePassword,
  insertUser,
  isMigrated,
  isUsername,
  listUsers,
  openDatabase,
  passwordProblem,
  setPassword,
} from '@designdoc/server';
import { CliError, type Io } from '../io.js';
import { serverConfig } from './serve.js';

export interface UserOptions {
  /** Read the password from the first line of standard input instead of generating one. */
  passwordStdin?: boolean;
  admin?: boolean;
  displayName?: string;
  email?: string;
}

/** Standard input's first line, for `--password-stdin` (a password never goes on the command line). */
async function readStdinLine(io: Io): Promise<string> {
  if (!io.stdin) throw new CliError('--password-stdin needs standard input');
  const text = await io.stdin();
  const line = text.split(/\r?\n/)[0] ?? '';
  if (line === '') throw new CliError('--password-stdin: standard input holds no password');
  return line;
}

/** The password to set: from stdin (checked against the policy) or generated and printed once. */
async function newPassword(
  username: string,
  options: UserOptions,
  io: Io,
): Promise<{ password: string; generated: boolean }> {
  if (!options.passwordStdin) return { password: generatePassword(), generated: true };
  const password = await readStdinLine(io);
  const problem = await passwordProblem(password, {
    username,
    publicUrl: serverConfig(io).publicUrl,
  });
  if (problem) throw new CliError(`The password ${problem}`);
  return { password, generated: false };
}

/** Open the configured database, which must be migrated (`serve` or `migrate` does that). */
async function withDatabase<T>(
  io: Io,
  work: (db: ReturnType<typeof openDatabase>['db']) => Promise<T>,
): Promise<T> {
  const config = serverConfig(io);
  const database = openDatabase(config);
  try {
    if (!(await isMigrated(database.db)))
      throw new CliError(
        'The database is not migrated: run `designdoc migrate` (or start `designdoc serve` once) first',
      );
    return await work(database.db);
  } catch (error) {
    if (CliError.is(error)) throw error;
    throw new CliError(`Cannot reach the database: ${(error as Error).message}`);
  } finally {
    await database.db.destroy();
  }
}

function printPassword(io: Io, username: string, password: string): void {
  io.stdout.write(`The password of “${username}”, shown only this once:\n\n    ${password}\n\n`);
}

/** `designdoc user create <username>`: a local account, straight in the database. */
export async function userCreateCommand(
  username: string,
  options: UserOptions,
  io: Io,
): Promise<number> {
  const name = username.toLowerCase();
  if (!isUsername(name))
    throw new CliError(
      `“${username}” is not a valid username: 1 to 40 lower-case letters, digits and . _ -`,
    );
  const { password, generated } = await newPassword(name, options, io);
  return withDatabase(io, async (db) => {
    const user = await insertUser(db, {
      username: name,
      ...(options.displayName ? { displayName: options.displayName } : {}),
      email: options.email ?? null,
      password,
      instanceAdmin: options.admin ?? false,
    });
    if (!user) throw new CliError(`The username “${name}” is taken`);
    io.stdout.write(`Created ${options.admin ? 'instance admin' : 'user'} “${name}”\n`);
    if (generated) printPassword(io, name, password);
    return 0;
  });
}

/** `designdoc user reset-password <username>`: a new password; every session of the account ends. */
export async function userResetPasswordCommand(
  username: string,
  options: UserOptions,
  io: Io,
): Promise<number> {
  const name = username.toLowerCase();
  const { password, generated } = await newPassword(name, options, io);
  return withDatabase(io, async (db) => {
    const user = await findUserByName(db, name);
    if (!user) throw new CliError(`No user “${name}”`);
    await setPassword(db, user.id, password);
    io.stdout.write(`Reset the password of “${name}”; their sessions have ended\n`);
    if (generated) printPassword(io, name, password);
    return 0;
  });
}

/** `designdoc user list`: every account, one per line. */
export async function userListCommand(io: Io): Promise<number> {
  return withDatabase(io, async (db) => {
    const users = await listUsers(db);
    const rows = users.map((u) => [
      u.username,
      u.display_name,
      u.instance_admin === 1 ? 'instance admin' : 'user',
      u.disabled_at ? 'disabled' : 'active',
      u.password_hash ? 'password' : 'single sign-on',
      u.created_at.slice(0, 10),
    ]);
    const header = ['USERNAME', 'NAME', 'ROLE', 'STATE', 'SIGN-IN', 'CREATED'];
    const widths = header.map((h, i) =>
      Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)),
    );
    for (const row of [header, ...rows])
      io.stdout.write(
        `${row
          .map((cell, i) => cell.padEnd(widths[i] ?? 0))
          .join('  ')
          .trimEnd()}\n`,
      );
    return 0;
  });
}
