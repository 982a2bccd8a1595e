import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterEach } from 'vitest';

/** The PostgreSQL server the services suite runs against (this machine's, trust auth). */
const ADMIN_URL =
  process.env.DESIGNDOC_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function admin(query: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

/**
 * Empty databases on the real PostgreSQL server for tests that start `designdoc` processes:
 * the returned function creates one and gives its URL; each is dropped after its test.
 */
export function usePostgresDatabases(): () => Promise<string> {
  const created: string[] = [];
  afterEach(async () => {
    for (const name of created.splice(0))
      await admin(`drop database if exists ${name} with (force)`);
  });
  return async () => {
    const name = `designdoc_cli_${randomUUID().replaceAll('-', '')}`;
    await admin(`create database ${name}`);
    created.push(name);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    return url.toString();
  };
}
