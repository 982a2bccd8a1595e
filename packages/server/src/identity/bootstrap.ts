import type { Kysely } from 'kysely';
import type { ServerConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { createApiKey } from './api-keys.js';
import { audit } from './audit.js';
import { passwordProblem } from './password-policy.js';
import { generatePassword } from './passwords.js';
import { countUsers, insertUser } from './users.js';

export const FIRST_ADMIN = 'admin';

/** What the first run created, for the console: the password only when it was generated. */
export interface FirstRun {
  username: string;
  generatedPassword: string | null;
  bootstrapKey: boolean;
}

/** A first-run problem the operator must fix (a weak DESIGNDOC_ADMIN_PASSWORD). */
export class BootstrapError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BootstrapError';
  }
}

/**
 * On the first start (no user at all), create the instance admin `admin`, with
 * DESIGNDOC_ADMIN_PASSWORD or a generated password the caller prints once, and, with
 * DESIGNDOC_BOOTSTRAP_TOKEN, an admin API key with exactly that value for automation.
 * Afterwards it does nothing; of two instances starting at once, the unique username lets one win.
 */
export async function bootstrapFirstAdmin(
  db: Kysely<Database>,
  config: Pick<ServerConfig, 'adminPassword' | 'bootstrapToken'> &
    Partial<Pick<ServerConfig, 'publicUrl'>>,
): Promise<FirstRun | null> {
  if ((await countUsers(db)) > 0) return null;
  let password = config.adminPassword;
  if (password !== null) {
    const problem = await passwordProblem(password, {
      username: FIRST_ADMIN,
      publicUrl: config.publicUrl,
    });
    if (problem) throw new BootstrapError(`DESIGNDOC_ADMIN_PASSWORD ${problem}`);
  }
  const generated = password === null;
  password ??= generatePassword();
  const user = await insertUser(db, {
    username: FIRST_ADMIN,
    displayName: 'Administrator',
    password,
    instanceAdmin: true,
  });
  if (!user) return null;
  const system = { id: null, name: 'system' };
  await audit(db, {
    action: 'user.created',
    actor: system,
    target: { type: 'user', id: user.id },
    details: { username: user.username, instanceAdmin: true, firstRun: true },
  });
  if (config.bootstrapToken) {
    const { row } = await createApiKey(db, {
      userId: user.id,
      name: 'bootstrap (DESIGNDOC_BOOTSTRAP_TOKEN)',
      scopes: ['read', 'write', 'admin'],
      expiresAt: null,
      secret: config.bootstrapToken,
    });
    await audit(db, {
      action: 'api-key.created',
      actor: system,
      target: { type: 'api-key', id: row.id },
      details: { name: row.name, scopes: ['read', 'write', 'admin'], prefix: row.prefix },
    });
  }
  return {
    username: user.username,
    generatedPassword: generated ? password : null,
    bootstrapKey: config.bootstrapToken !== null,
  };
}
