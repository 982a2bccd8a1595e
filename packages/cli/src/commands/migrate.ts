import { migrateToLatest, openDatabase } from '@designdoc/server';
import { CliError, type Io } from '../io.js';
import { backupIfMigrating, lockDataDir, serverConfig } from './serve.js';

/**
 * `designdoc migrate`: bring the configured database (PostgreSQL or the SQLite file) up to date;
 * the SQLite file is first copied to `backups/` when it has migrations pending.
 */
export async function migrateCommand(io: Io): Promise<number> {
  const config = serverConfig(io);
  const lock = lockDataDir(config);
  const database = openDatabase(config);
  try {
    await backupIfMigrating(config, io);
    const applied = await migrateToLatest(database.db);
    io.stdout.write(
      applied.length === 0
        ? 'The database is up to date\n'
        : `Applied ${applied.length} migration${applied.length === 1 ? '' : 's'}: ${applied.join(', ')}\n`,
    );
    return 0;
  } catch (error) {
    throw new CliError(`Cannot migrate the database: ${(error as Error).message}`);
  } finally {
    await database.db.destroy();
    lock?.release();
  }
}
