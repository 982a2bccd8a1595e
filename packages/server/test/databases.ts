import { randomUUID } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { type DatabaseConnection, openSqlite } from '../src/db/connect.js';
import type { Database } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';

/** A migrated, empty database for one test, and how to throw it away. */
export interface TestDatabase {
  connection: DatabaseConnection;
  drop(): Promise<void>;
}

export type TestDatabaseFactory = () => Promise<TestDatabase>;

/** An in-memory SQLite database: nothing on disk, nothing to clean. */
export const sqliteDatabase: TestDatabaseFactory = async () => {
  const connection = openSqlite(':memory:');
  await migrateToLatest(connection.db);
  return { connection, drop: () => connection.db.destroy() };
};

/** The PostgreSQL server the services suite runs against (this machine's, trust auth). */
export const POSTGRES_URL =
  process.env.DESIGNDOC_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A fresh database on the real PostgreSQL server, created for one test and dropped after it,
 * so tests never see each other's rows.
 */
export const postgresDatabase: TestDatabaseFactory = async () => {
  const name = `designdoc_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 10 });
  // Dropping the database ends connections the pool may still hold idle: expected here.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrateToLatest(db);
  return {
    connection: { db, engine: 'postgres' },
    drop: async () => {
      await db.destroy();
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
};
