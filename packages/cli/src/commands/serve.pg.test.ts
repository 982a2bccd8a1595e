import { MIGRATION_NAMES } from '@designdoc/server';
import { describe, expect, it } from 'vitest';
import { usePostgresDatabases } from '../../../../test/postgres-databases.js';
import { ADMIN_HEADERS, useServers } from '../../../../test/start-server.js';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { runBin } from '../../test/run-cli.js';

const tempDir = useTempDirs();
const startServer = useServers();
const newDatabase = usePostgresDatabases();

describe('designdoc serve and migrate on PostgreSQL', () => {
  it('refuses to serve an unmigrated database, migrates it, then serves and seeds it', async () => {
    const databaseUrl = await newDatabase();
    const dir = tempDir();
    const env = { DATABASE_URL: databaseUrl, PORT: '0', LOG_LEVEL: 'warn' };
    const refused = runBin(['serve'], { cwd: dir.path, env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'designdoc: The PostgreSQL database at DATABASE_URL is not migrated: run `designdoc migrate` first\n',
    );
    expect(runBin(['migrate'], { cwd: dir.path, env })).toMatchObject({
      code: 0,
      stdout: `Applied ${MIGRATION_NAMES.length} migrations: ${MIGRATION_NAMES.join(', ')}\n`,
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
