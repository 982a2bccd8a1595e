import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadServerConfig, type ServerConfig } from '../src/config.js';
import type { DatabaseConnection } from '../src/db/connect.js';
import type { TestDatabase, TestDatabaseFactory } from './databases.js';

/** The app under test and its database, fresh for every test. */
export interface TestApp {
  app: FastifyInstance;
  connection: DatabaseConnection;
}

/**
 * For a test file: a new app over a new database (from `factory`) before each test, closed
 * and dropped after it. Read `current()` inside a test.
 */
export function useTestApp(
  factory: TestDatabaseFactory,
  overrides: Partial<ServerConfig> = {},
): () => TestApp {
  let state: (TestApp & { database: TestDatabase }) | undefined;
  beforeEach(async () => {
    const database = await factory();
    const app = await buildApp({
      config: loadServerConfig({}, process.cwd(), { demo: false, ...overrides }),
      database: database.connection,
    });
    state = { app, connection: database.connection, database };
  });
  afterEach(async () => {
    await state?.app.close();
    await state?.database.drop();
    state = undefined;
  });
  return () => {
    if (!state) throw new Error('useTestApp: read the app inside a test');
    return state;
  };
}
