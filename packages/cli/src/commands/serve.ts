import {
  BootstrapError,
  backupBeforeMigrations,
  bootstrapFirstAdmin,
  buildApp,
  createMetrics,
  type DatabaseConnection,
  type FirstRun,
  holdServerLock,
  type InstanceLock,
  InstanceLockedError,
  importDemo,
  isMigrated,
  loadServerConfig,
  migrateToLatest,
  openDatabase,
  type ServerConfig,
  ServerConfigError,
} from '@designdoc/server';
import { demoDocuments } from '../demo-documents.js';
import { CliError, type Io } from '../io.js';
import { parsePort } from '../port-option.js';
import { startServeTracing } from './serve-tracing.js';

export interface ServeOptions {
  port?: string;
  host?: string;
  demo: boolean;
}

/** The server configuration from the environment, with the command line's overrides. */
export function serverConfig(io: Io, overrides: Partial<ServerConfig> = {}): ServerConfig {
  try {
    return loadServerConfig(io.env, io.cwd, overrides);
  } catch (error) {
    if (error instanceof ServerConfigError) throw new CliError(error.message);
    throw error;
  }
}

/**
 * Embedded mode: the data folder's shared lock, held while this process uses the database so
 * `designdoc restore` refuses to replace it (null on PostgreSQL).
 */
export function lockDataDir(config: ServerConfig): InstanceLock | null {
  if (config.databaseUrl) return null;
  try {
    return holdServerLock(config.dataDir);
  } catch (error) {
    if (error instanceof InstanceLockedError) throw new CliError(error.message);
    throw new CliError(`Cannot lock ${config.dataDir}: ${(error as Error).message}`);
  }
}

/**
 * Embedded mode, before migrating: copy a database from an earlier release into
 * `backups/` and say so in one line (nothing on a new or up-to-date database).
 */
export async function backupIfMigrating(config: ServerConfig, io: Io): Promise<void> {
  if (config.databaseUrl) return;
  const backup = await backupBeforeMigrations(config.dataDir, config.backupsKeep);
  if (!backup) return;
  const count = backup.pending.length;
  io.stdout.write(
    `Backed up the database to ${backup.path} before ${count} pending migration${count === 1 ? '' : 's'} (keeping the last ${config.backupsKeep}, DESIGNDOC_BACKUPS_KEEP)\n`,
  );
}

/**
 * `designdoc serve`: open the database (the embedded SQLite file is backed up when migrations
 * are pending and migrated here; PostgreSQL must have been migrated with `designdoc migrate`),
 * seed the demo workspace on a first start, and serve the API until stopped.
 */
export async function serveCommand(options: ServeOptions, io: Io): Promise<number> {
  const config = serverConfig(io, {
    ...(options.port !== undefined ? { port: parsePort(options.port) } : {}),
    ...(options.host ? { host: options.host } : {}),
    demo: options.demo,
  });
  const tracing = await startServeTracing(config);
  const metrics = createMetrics();
  const lock = lockDataDir(config);
  let database: DatabaseConnection;
  try {
    database = openDatabase(config, (ms) => metrics.queryDuration.observe(ms / 1000));
  } catch (error) {
    lock?.release();
    throw new CliError(
      `Cannot open the database in ${config.dataDir}: ${(error as Error).message}`,
    );
  }
  try {
    if (database.engine === 'sqlite') {
      await backupIfMigrating(config, io);
      await migrateToLatest(database.db);
    } else if (!(await isMigrated(database.db)))
      throw new CliError(
        'The PostgreSQL database at DATABASE_URL is not migrated: run `designdoc migrate` first',
      );
    await printFirstRun(io, await bootstrapFirstAdmin(database.db, config));
    if (config.demo) {
      const imported = await importDemo(database.db, await demoDocuments());
      if (imported > 0) io.stdout.write(`Imported ${imported} documents into the demo workspace\n`);
    }
    const app = await buildApp({ config, database, logger: true, metrics });
    try {
      await app.listen({ host: config.host, port: config.port });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(
        code === 'EADDRINUSE'
          ? `Port ${config.port} on ${config.host} is in use; set PORT or --port`
          : `Cannot listen on ${config.host}:${config.port}: ${(error as Error).message}`,
      );
    }
    // Listen for Ctrl+C / SIGTERM before saying where we serve: whoever reads that line may
    // stop us at once.
    const stopped = io.untilStopped?.();
    if (!stopped) throw new CliError('serve needs a terminal to stop it from');
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    io.stdout.write(
      `designdoc server on ${config.tls ? 'https' : 'http'}://${host}:${port}/ (API docs: /api/docs; Ctrl+C to stop)\n`,
    );
    await stopped;
    // /readyz turns 503, no new connections, idle ones closed, live streams ended, requests in
    // flight finished or, after SHUTDOWN_TIMEOUT_MS, cut (the server's plugins/graceful-close.ts).
    app.log.info(
      { shutdownTimeoutMs: config.shutdownTimeoutMs },
      'stopping: finishing the requests in flight',
    );
    await app.close();
    app.log.info('stopped');
    return 0;
  } catch (error) {
    if (CliError.is(error)) throw error;
    if (error instanceof BootstrapError) throw new CliError(error.message);
    throw new CliError(`Cannot start the server: ${(error as Error).message}`);
  } finally {
    await closeDatabase(database, io);
    lock?.release();
    await tracing?.shutdown();
  }
}

/** How long closing the database may take once the server has stopped. */
const DATABASE_CLOSE_MS = 2000;

/**
 * Close the database, within DATABASE_CLOSE_MS: a PostgreSQL pool ends only when every client
 * is back, and a query still running after SHUTDOWN_TIMEOUT_MS cut its request (one waiting on
 * a lock a migration holds, say) would keep it, and the process, until SIGKILL. Past the bound
 * the process ends anyway (main.ts exits once a stopped command returns) and PostgreSQL
 * drops the connection with it.
 */
async function closeDatabase(database: DatabaseConnection, io: Io): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), DATABASE_CLOSE_MS).unref();
  });
  const closed = await Promise.race([database.db.destroy().then(() => 'closed' as const), late]);
  clearTimeout(timer);
  if (closed === 'late')
    io.stderr.write(
      `designdoc: the database did not close within ${DATABASE_CLOSE_MS / 1000} s (a query was still running); stopping anyway\n`,
    );
}

/**
 * The first run's account, told once on standard error: the terminal shows it, while standard
 * output (the JSON request log a platform collects and keeps) never holds the password.
 */
async function printFirstRun(io: Io, first: FirstRun | null): Promise<void> {
  if (!first) return;
  if (first.generatedPassword)
    io.stderr.write(
      [
        `First run: created the instance admin “${first.username}” with this password, shown only this once:`,
        '',
        `    ${first.generatedPassword}`,
        '',
        'Sign in with it and change it (PUT /api/v1/me/password), or reset it with `designdoc user reset-password admin`.',
        '',
      ].join('\n'),
    );
  else
    io.stderr.write(
      `First run: created the instance admin “${first.username}” with DESIGNDOC_ADMIN_PASSWORD\n`,
    );
  if (first.bootstrapKey)
    io.stderr.write('First run: created an admin API key with DESIGNDOC_BOOTSTRAP_TOKEN\n');
}
