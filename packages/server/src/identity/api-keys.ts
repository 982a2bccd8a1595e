import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { compiledQuery } from '../db/compiled-query.js';
import type { ApiKeysTable, Database } from '../db/database.js';
import type { Scope } from './policy.js';
import { newSecret, tokenHash } from './secrets.js';

export type ApiKeyRow = Selectable<ApiKeysTable>;

/** Keys start with this, so that secret scanners and people recognise them. */
export const API_KEY_PREFIX = 'ddk_';
/** How many of a key's characters are kept in clear to tell keys apart. */
const SHOWN = 12;

/** A key as the API lists it: never the secret or its hash. */
export function publicApiKey(key: ApiKeyRow) {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes.split(',') as Scope[],
    createdAt: key.created_at,
    expiresAt: key.expires_at,
    lastUsedAt: key.last_used_at,
    revokedAt: key.revoked_at,
  };
}

/**
 * Create a key for a user. The secret is returned once and stored only as a hash; `secret`
 * is given only for the bootstrap token, whose value the operator chose.
 */
export async function createApiKey(
  db: Kysely<Database>,
  key: {
    userId: string;
    name: string;
    scopes: Scope[];
    expiresAt: string | null;
    secret?: string;
  },
) {
  const secret = key.secret ?? `${API_KEY_PREFIX}${newSecret()}`;
  const row: ApiKeyRow = {
    id: randomUUID(),
    user_id: key.userId,
    name: key.name,
    prefix: secret.slice(0, SHOWN),
    secret_hash: tokenHash(secret),
    scopes: key.scopes.join(','),
    created_at: new Date().toISOString(),
    expires_at: key.expiresAt,
    last_used_at: null,
    revoked_at: null,
  };
  await db.insertInto('api_keys').values(row).execute();
  return { row, secret };
}

/** Last-used times are written at most this often per key. */
const TOUCH_EVERY_MS = 60_000;

/** A key by the hash of its secret, with its owner: on every request, so compiled once. */
const keyByHash = compiledQuery((db, secretHash: string) =>
  db
    .selectFrom('api_keys')
    .innerJoin('users', 'users.id', 'api_keys.user_id')
    .select([
      'api_keys.id',
      'api_keys.scopes',
      'api_keys.expires_at',
      'api_keys.revoked_at',
      'api_keys.last_used_at',
      'users.id as user_id',
      'users.username',
      'users.instance_admin',
      'users.disabled_at',
    ])
    .where('api_keys.secret_hash', '=', secretHash),
);

/** The live key a bearer token names, with its owner; undefined when unknown, revoked, expired or the owner is disabled. */
export async function findApiKey(db: Kysely<Database>, secret: string) {
  const found = await keyByHash(db, tokenHash(secret));
  const now = Date.now();
  if (!found || !isApiKeyLive(found, now)) return undefined;
  if (found.last_used_at === null || now - Date.parse(found.last_used_at) >= TOUCH_EVERY_MS)
    await db
      .updateTable('api_keys')
      .set({ last_used_at: new Date(now).toISOString() })
      .where('id', '=', found.id)
      .execute();
  return found;
}

/** Whether a stored key still signs its owner in: not revoked, not expired, owner not disabled. */
export function isApiKeyLive(
  key: { revoked_at: string | null; expires_at: string | null; disabled_at: string | null },
  now: number,
): boolean {
  return (
    key.revoked_at === null &&
    key.disabled_at === null &&
    (key.expires_at === null || now < Date.parse(key.expires_at))
  );
}

export function listApiKeys(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('api_keys')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Revoke one of a user's keys; false when they have no such live key. */
export async function revokeApiKey(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<boolean> {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
