import { existsSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  backupSqliteDatabase,
  DATABASE_FILE,
  type DatabaseSummary,
  fileTimestamp,
  holdExclusiveLock,
  InstanceLockedError,
  inspectSqliteDatabase,
  SqliteBackupError,
} from '@designdoc/server';
import { CliError, type Io } from '../io.js';
import { serverConfig } from './serve.js';

export interface BackupOptions {
  out: string;
  force?: boolean;
}

export interface RestoreOptions {
  force?: boolean;
}

/** What to run instead on PostgreSQL, where these commands do not pretend to back anything up. */
const PG_DUMP = 'pg_dump --format=custom --file=designdoc.dump "$DATABASE_URL"';
const PG_RESTORE =
  'pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" designdoc.dump';

/** A size as people read it: 812 KB, 3.4 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The counts the commands print: "5 documents, 7 versions, 2 users". */
function contents(summary: DatabaseSummary): string {
  return `${plural(summary.documents, 'document')}, ${plural(summary.versions, 'version')}, ${plural(summary.users, 'user')}`;
}

/** A path as the user typed it when under the working folder, else absolute. */
function shown(io: Io, path: string): string {
  const rel = relative(io.cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function sameFile(a: string, b: string): boolean {
  return existsSync(a) && existsSync(b) && realpathSync(a) === realpathSync(b);
}

/** The data folder's database file; exit 2 on PostgreSQL (with the command to use instead). */
function embeddedDatabase(io: Io, command: 'backup' | 'restore'): string {
  const config = serverConfig(io);
  if (config.databaseUrl)
    throw new CliError(
      command === 'backup'
        ? `designdoc backup copies the embedded SQLite database, but DATABASE_URL is set: back up PostgreSQL with ${PG_DUMP}`
        : `designdoc restore restores the embedded SQLite database, but DATABASE_URL is set: restore PostgreSQL with ${PG_RESTORE}`,
    );
  return join(config.dataDir, DATABASE_FILE);
}

/**
 * `designdoc backup --out FILE`: an online copy of the embedded database (SQLite's backup API,
 * safe while the server runs), checked with `PRAGMA integrity_check` before it is reported.
 */
export async function backupCommand(options: BackupOptions, io: Io): Promise<number> {
  const database = embeddedDatabase(io, 'backup');
  if (!existsSync(database))
    throw new CliError(
      `No database to back up at ${database} (DESIGNDOC_DATA_DIR); start the server or run designdoc migrate first`,
    );
  const out = resolve(io.cwd, options.out);
  if (sameFile(out, database)) throw new CliError(`--out ${options.out} is the database itself`);
  if (existsSync(out) && !options.force)
    throw new CliError(`${options.out} exists; pass --force to overwrite it`);
  let summary: DatabaseSummary;
  try {
    summary = await backupSqliteDatabase(database, out);
  } catch (error) {
    if (error instanceof SqliteBackupError) throw new CliError(error.message);
    throw new CliError(`Cannot write the backup to ${options.out}: ${(error as Error).message}`);
  }
  io.stdout.write(
    `Backed up ${shown(io, database)} to ${shown(io, out)} (${formatSize(summary.bytes)}): ${contents(summary)}; integrity check ok\n`,
  );
  return 0;
}

/**
 * `designdoc restore FILE`: put a backup in place of the embedded database. The backup is checked
 * first, the folder must be free of running servers (the lock of db/instance-lock.ts), and the
 * current database is kept beside it as `designdoc.db.before-restore-<time>` (its `-wal` too).
 */
export async function restoreCommand(
  file: string,
  options: RestoreOptions,
  io: Io,
): Promise<number> {
  const database = embeddedDatabase(io, 'restore');
  const backup = resolve(io.cwd, file);
  if (sameFile(backup, database))
    throw new CliError(`${file} is the database itself; restore a backup of it`);
  let summary: DatabaseSummary;
  try {
    summary = inspectSqliteDatabase(backup);
  } catch (error) {
    if (error instanceof SqliteBackupError) throw new CliError(error.message);
    throw error;
  }
  const dataDir = resolve(database, '..');
  let lock: ReturnType<typeof holdExclusiveLock>;
  try {
    lock = holdExclusiveLock(dataDir);
  } catch (error) {
    if (error instanceof InstanceLockedError) throw new CliError(error.message);
    throw new CliError(`Cannot lock ${dataDir}: ${(error as Error).message}`);
  }
  try {
    const current = existsSync(database) && statSync(database).size > 0;
    if (current && !options.force)
      throw new CliError(
        `${database} holds a database; pass --force to replace it (it is kept as ${DATABASE_FILE}.before-restore-<time>)`,
      );
    const incoming = `${database}.restoring`;
    rmSync(incoming, { force: true });
    try {
      await backupSqliteDatabase(backup, incoming);
    } catch (error) {
      throw new CliError(`Cannot copy ${file} into ${dataDir}: ${(error as Error).message}`);
    }
    let kept: string | null = null;
    if (current) {
      kept = `${database}.before-restore-${fileTimestamp()}`;
      renameSync(database, kept);
      // The log holds commits not yet in the file: it goes with it, under the name SQLite expects.
      if (existsSync(`${database}-wal`)) renameSync(`${database}-wal`, `${kept}-wal`);
    }
    // A log or shared-memory file left beside the new database would be replayed into it.
    rmSync(`${database}-wal`, { force: true });
    rmSync(`${database}-shm`, { force: true });
    renameSync(incoming, database);
    io.stdout.write(
      [
        `Checked ${shown(io, backup)}: ${contents(summary)}; integrity check ok; migrations up to ${summary.migrations.at(-1)}`,
        ...(kept ? [`Kept the previous database as ${shown(io, kept)}`] : []),
        `Restored it into ${shown(io, database)}; start the server (it applies any newer migrations)`,
        '',
      ].join('\n'),
    );
    return 0;
  } finally {
    lock.release();
  }
}
