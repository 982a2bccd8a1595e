import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterEach, beforeEach } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadServerConfig, type ServerConfig } from '../src/config.js';
import type { DatabaseConnection } from '../src/db/connect.js';
import { createApiKey } from '../src/identity/api-keys.js';
import { bootstrapFirstAdmin } from '../src/identity/bootstrap.js';
import { setMembership } from '../src/identity/memberships.js';
import type { Role, Scope } from '../src/identity/policy.js';
import { findUserByName, insertUser } from '../src/identity/users.js';
import type { TestDatabaseFactory } from './databases.js';

/** The first-run admin's API key in every test app (what DESIGNDOC_BOOTSTRAP_TOKEN makes). */
export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdefghijklmnop';

/** The app under test and its database, fresh for every test. */
export interface TestApp {
  /** The app, with every request made as the instance admin (an API key) unless it sends its own Authorization. */
  app: FastifyInstance;
  /** The same app with no credentials added: what an anonymous client gets. */
  anonymous: FastifyInstance;
  connection: DatabaseConnection;
  /**
   * A user with `role` in workspace `ws` (when given) and an API key with `scopes`; `as(...)`
   * gives the app acting as them.
   */
  user(
    username: string,
    options?: { ws?: string; role?: Role; scopes?: Scope[]; password?: string },
  ): Promise<{ id: string; token: string; app: FastifyInstance }>;
}

/** An app whose `inject` adds `Authorization: Bearer <token>` to requests that send none. */
export function actingAs(app: FastifyInstance, token: string): FastifyInstance {
  const inject = (options: InjectOptions | string) => {
    const opts = typeof options === 'string' ? { url: options } : options;
    const headers = { ...(opts.headers ?? {}) } as Record<string, string>;
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'authorization'))
      headers.authorization = `Bearer ${token}`;
    return app.inject({ ...opts, headers });
  };
  return new Proxy(app, {
    get: (target, property) =>
      property === 'inject' ? inject : Reflect.get(target, property, target),
  });
}

/** A new app over a new database (from `factory`) with its first-run admin; `close` drops both. */
export async function startTestApp(
  factory: TestDatabaseFactory,
  overrides: Partial<ServerConfig> = {},
): Promise<TestApp & { close(): Promise<void> }> {
  const database = await factory();
  const config = loadServerConfig({}, process.cwd(), {
    demo: false,
    adminPassword: 'correct horse battery staple',
    bootstrapToken: ADMIN_TOKEN,
    ...overrides,
  });
  await bootstrapFirstAdmin(database.connection.db, config);
  const app = await buildApp({ config, database: database.connection });
  const db = database.connection.db;
  return {
    app: actingAs(app, ADMIN_TOKEN),
    anonymous: app,
    connection: database.connection,
    async user(username, options = {}) {
      const existing = await findUserByName(db, username);
      const user =
        existing ?? (await insertUser(db, { username, password: options.password ?? null }));
      if (!user) throw new Error(`cannot create user ${username}`);
      if (options.ws && options.role) {
        const workspace = await db
          .selectFrom('workspaces')
          .select('id')
          .where('slug', '=', options.ws)
          .executeTakeFirstOrThrow();
        await setMembership(db, workspace.id, user.id, options.role);
      }
      const { secret } = await createApiKey(db, {
        userId: user.id,
        name: 'test',
        scopes: options.scopes ?? ['read', 'write', 'admin'],
        expiresAt: null,
      });
      return { id: user.id, token: secret, app: actingAs(app, secret) };
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/**
 * For a test file: a new app over a new database (from `factory`) before each test, with its
 * first-run admin, closed and dropped after it. Read `current()` inside a test.
 */
export function useTestApp(
  factory: TestDatabaseFactory,
  overrides: Partial<ServerConfig> = {},
): () => TestApp {
  let state: Awaited<ReturnType<typeof startTestApp>> | undefined;
  beforeEach(async () => {
    state = await startTestApp(factory, overrides);
  });
  afterEach(async () => {
    await state?.close();
    state = undefined;
  });
  return () => {
    if (!state) throw new Error('useTestApp: read the app inside a test');
    return state;
  };
}
