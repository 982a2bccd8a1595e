import {
  BootstrapError,
  bootstrapFirstAdmin,
  buildApp,
  createMetrics,
  type DatabaseConnection,
  type FirstRun,
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
 * `designdoc serve`: open the database (the embedded SQLite file is migrated here; PostgreSQL
 * must have been migrated with `designdoc migrate`), seed the demo workspace on a first start,
 * and serve the API until stopped.
 */
export async function serveCommand(options: ServeOptions, io: Io): Promise<number> {
  const config = serverConfig(io, {
    ...(options.port !== undefined ? { port: parsePort(options.port) } : {}),
    ...(options.host ? { host: options.host } : {}),
    demo: options.demo,
  });
  const metrics = createMetrics();
  let database: DatabaseConnection;
  try {
    database = openDatabase(config, (ms) => metrics.queryDuration.observe(ms / 1000));
  } catch (error) {
    throw new CliError(
      `Cannot open the database in ${config.dataDir}: ${(error as Error).message}`,
    );
  }
  try {
    if (database.engine === 'sqlite') await migrateToLatest(database.db);
    else if (!(await isMigrated(database.db)))
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
    await app.close();
    return 0;
  } catch (error) {
    if (CliError.is(error)) throw error;
    if (error instanceof BootstrapError) throw new CliError(error.message);
    throw new CliError(`Cannot start the server: ${(error as Error).message}`);
  } finally {
    await database.db.destroy();
  }
}

/** The first run's account, told once: the generated password is never shown again. */
async function printFirstRun(io: Io, first: FirstRun | null): Promise<void> {
  if (!first) return;
  if (first.generatedPassword)
    io.stdout.write(
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
    io.stdout.write(
      `First run: created the instance admin “${first.username}” with DESIGNDOC_ADMIN_PASSWORD\n`,
    );
  if (first.bootstrapKey)
    io.stdout.write('First run: created an admin API key with DESIGNDOC_BOOTSTRAP_TOKEN\n');
}
