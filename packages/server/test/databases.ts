import { createHash, randomUUID } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { type DatabaseConnection, openSqlite } from '../src/db/connect.js';
import type { Database } from '../src/db/database.js';
import { MIGRATION_NAMES, migrateToLatest } from '../src/db/migrate.js';

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

/** Run `work` with an admin connection to the PostgreSQL server. */
async function asAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

let template: Promise<string> | undefined;

/**
 * A migrated, empty database to copy test databases from (`create database … template`), named
 * after the migrations, so it is made once per set of migrations and reused by later runs.
 * Copying it takes a fraction of migrating a new database each time. An advisory lock keeps
 * test processes that start together from making it twice. Old templates are left for a person
 * to drop (`drop database designdoc_template_…`): they are small, and one may be in use.
 */
function migratedTemplate(): Promise<string> {
  template ??= asAdmin(async (client) => {
    const digest = createHash('sha256').update(MIGRATION_NAMES.join(',')).digest('hex');
    const name = `designdoc_template_${digest.slice(0, 16)}`;
    await client.query('select pg_advisory_lock(726354)');
    try {
      const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
      if (exists.rowCount === 0) {
        // Templates of older migration sets are not needed any more; the newest few stay, as
        // other checkouts (branches with other migrations) may be running their tests now.
        const old = await client.query(
          "select datname from pg_database where datname like 'designdoc\\_template\\_%' order by oid desc offset 3",
        );
        for (const row of old.rows as { datname: string }[])
          await client.query(`drop database if exists ${row.datname} with (force)`);
        const building = `${name}_building_${process.pid}`;
        await client.query(`create database ${building}`);
        const pool = new pg.Pool({ connectionString: databaseUrl(building), max: 1 });
        const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
        await migrateToLatest(db);
        await db.destroy();
        await client.query(`alter database ${building} rename to ${name}`);
      }
      return name;
    } finally {
      await client.query('select pg_advisory_unlock(726354)');
    }
  });
  return template;
}

/** A new, empty (unmigrated) database on the PostgreSQL server, for migration tests. */
export const emptyPostgresDatabase: TestDatabaseFactory = async () => {
  const name = `designdoc_test_${randomUUID().replaceAll('-', '')}`;
  await asAdmin((admin) => admin.query(`create database ${name}`));
  return openTestDatabase(name);
};

function openTestDatabase(name: string): TestDatabase {
  const pool = new pg.Pool({ connectionString: databaseUrl(name), max: 10 });
  // Dropping the database ends connections the pool may still hold idle: expected here.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    connection: { db, engine: 'postgres', pool },
    drop: async () => {
      await db.destroy();
      await asAdmin((admin) => admin.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/**
 * A fresh database on the real PostgreSQL server, created for one test and dropped after it,
 * so tests never see each other's rows.
 */
export const postgresDatabase: TestDatabaseFactory = async () => {
  const name = `designdoc_test_${randomUUID().replaceAll('-', '')}`;
  const copy = async () => {
    const from = await migratedTemplate();
    await asAdmin((admin) => admin.query(`create database ${name} template ${from}`));
  };
  try {
    await copy();
  } catch (error) {
    // A run of older code on this server dropped the template (it dropped other sets'): make it again.
    if (!/template database .* does not exist/.test((error as Error).message)) throw error;
    template = undefined;
    await copy();
  }
  return openTestDatabase(name);
};
