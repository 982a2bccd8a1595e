import { tmpdir } from 'node:os';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { usePostgresDatabases } from '../../../../test/postgres-databases.js';
import { ADMIN_HEADERS, callAsAdmin as call, useServers } from '../../../../test/start-server.js';
import { describeGracefulShutdown, exitOf } from '../../test/graceful-shutdown.js';
import { runBin } from '../../test/run-cli.js';

const newDatabase = usePostgresDatabases();

async function migratedDatabase(): Promise<Record<string, string>> {
  const env = { DATABASE_URL: await newDatabase() };
  const migrated = runBin(['migrate'], { cwd: tmpdir(), env });
  if (migrated.code !== 0) throw new Error(`migrate failed: ${migrated.stderr}`);
  return env;
}

describeGracefulShutdown('PostgreSQL', migratedDatabase);

describe('designdoc serve stopped while a query waits on a lock (PostgreSQL)', () => {
  const startServer = useServers();

  it('cuts the request at SHUTDOWN_TIMEOUT_MS and exits 0 within the database close bound, though the query still waits', async () => {
    const boundMs = 500;
    const env = { ...(await migratedDatabase()), SHUTDOWN_TIMEOUT_MS: String(boundMs) };
    const server = await startServer(env, ['--no-demo']);
    await call(server.url, 'POST', '/api/v1/workspaces', { slug: 'locked', name: 'Locked' }, 201);
    // Another session (a migration, say) holds the documents table: the list's query waits.
    const locker = new pg.Client({ connectionString: env.DATABASE_URL });
    await locker.connect();
    try {
      await locker.query('begin');
      await locker.query('lock table documents in access exclusive mode');
      const stuck = fetch(new URL('/api/v1/documents?workspace=locked', server.url), {
        headers: ADMIN_HEADERS,
      }).then(
        (response) => `answered ${response.status}`,
        () => 'cut',
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      const exited = exitOf(server.child);
      server.child.kill('SIGTERM');
      const { code, afterMs } = await exited;
      expect(await stuck).toBe('cut');
      expect(code).toBe(0);
      // The drain bound, then at most 2 s for the pool, then the process ends.
      expect(afterMs).toBeGreaterThanOrEqual(boundMs);
      expect(afterMs).toBeLessThan(boundMs + 2000 + 1500);
      expect(server.output()).toContain(
        'the database did not close within 2 s (a query was still running); stopping anyway',
      );
    } finally {
      await locker.query('rollback').catch(() => {});
      await locker.end();
    }
  }, 60_000);
});
