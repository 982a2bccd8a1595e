import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { runBin } from '../../test/run-cli.js';
import { ADMIN_HEADERS, useServers } from '../../test/start-server.js';
import { useTempDirs } from '../../test/temp-dir.js';

const tempDir = useTempDirs();
const startServer = useServers();
const ADMIN_URL =
  process.env.DESIGNDOC_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const created: string[] = [];

async function admin(query: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

afterEach(async () => {
  for (const name of created.splice(0)) await admin(`drop database if exists ${name} with (force)`);
});

describe('designdoc serve and migrate on PostgreSQL', () => {
  it('refuses to serve an unmigrated database, migrates it, then serves and seeds it', async () => {
    const name = `designdoc_cli_${randomUUID().replaceAll('-', '')}`;
    await admin(`create database ${name}`);
    created.push(name);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    const dir = tempDir();
    const env = { DATABASE_URL: url.toString(), PORT: '0', LOG_LEVEL: 'warn' };
    const refused = runBin(['serve'], { cwd: dir.path, env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'designdoc: The PostgreSQL database at DATABASE_URL is not migrated: run `designdoc migrate` first\n',
    );
    expect(runBin(['migrate'], { cwd: dir.path, env })).toMatchObject({
      code: 0,
      stdout:
        'Applied 7 migrations: 2026-11-26-documents, 2026-11-27-dashboards-search, 2026-11-28-document-paths, 2026-11-29-templates, 2026-11-30-list-indexes, 2026-12-01-identity, 2026-12-04-oidc\n',
    });
    const server = await startServer(env);
    expect(server.output()).toContain('Imported 5 documents into the demo workspace');
    const response = await fetch(`${server.url}api/v1/documents?workspace=demo`, {
      headers: ADMIN_HEADERS,
    });
    expect(((await response.json()) as { items: unknown[] }).items).toHaveLength(5);
    server.child.kill('SIGTERM');
    expect(await new Promise((resolve) => server.child.on('exit', resolve))).toBe(0);
  });
});
