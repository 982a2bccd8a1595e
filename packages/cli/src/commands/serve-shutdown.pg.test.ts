import { tmpdir } from 'node:os';
import { describeGracefulShutdown } from '../../test/graceful-shutdown.js';
import { usePostgresDatabases } from '../../test/postgres-databases.js';
import { runBin } from '../../test/run-cli.js';

const newDatabase = usePostgresDatabases();

describeGracefulShutdown('PostgreSQL', async () => {
  const env = { DATABASE_URL: await newDatabase() };
  const migrated = runBin(['migrate'], { cwd: tmpdir(), env });
  if (migrated.code !== 0) throw new Error(`migrate failed: ${migrated.stderr}`);
  return env;
});
