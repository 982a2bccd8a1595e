import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { VERSION } from '../version.js';
import { MIGRATION_NAMES } from './migrate.js';

/** The embedded database's file name in the data folder. */
export const DATABASE_FILE = 'designdoc.db';
/** The folder (in the data folder) of the automatic backups taken before migrations. */
export const BACKUPS_FOLDER = 'backups';
/** Kysely's table of applied migrations: what makes an SQLite file a designdoc database. */
const MIGRATIONS_TABLE = 'kysely_migration';

/** A backup or restore that cannot go ahead; the message is one line for the operator. */
export class SqliteBackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SqliteBackupError';
  }
}

/** What a designdoc SQLite file holds, as the backup and restore commands print it. */
export interface DatabaseSummary {
  bytes: number;
  documents: number;
  versions: number;
  users: number;
  /** The applied migrations, in order. */
  migrations: string[];
}

/** A timestamp for file names: sortable, without colons (`20261207T134023.123Z`). */
export function fileTimestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:]/g, '');
}

function count(db: SQLite.Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function appliedMigrations(db: SQLite.Database): string[] | null {
  const table = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(MIGRATIONS_TABLE);
  if (!table) return null;
  return (
    db.prepare(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY name`).all() as { name: string }[]
  ).map((row) => row.name);
}

/**
 * Check that `path` is a designdoc database this release can run: SQLite, intact
 * (`PRAGMA integrity_check`), with the migrations table, and no migration this release does not
 * know (a backup of a newer release). Opened read-only: the file is not changed.
 */
export function inspectSqliteDatabase(path: string): DatabaseSummary {
  if (!existsSync(path)) throw new SqliteBackupError(`${path} does not exist`);
  let db: SQLite.Database;
  try {
    db = new SQLite(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new SqliteBackupError(`Cannot open ${path}: ${(error as Error).message}`);
  }
  try {
    let integrity: string[];
    try {
      integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
        (row) => row.integrity_check,
      );
    } catch (error) {
      throw new SqliteBackupError(`${path} is not an SQLite database: ${(error as Error).message}`);
    }
    if (integrity.join() !== 'ok')
      throw new SqliteBackupError(
        `${path} fails the SQLite integrity check: ${integrity.slice(0, 3).join('; ')}`,
      );
    const migrations = appliedMigrations(db);
    if (!migrations || migrations.length === 0)
      throw new SqliteBackupError(
        `${path} is not a designdoc database (it has no applied migrations)`,
      );
    const unknown = migrations.filter((name) => !MIGRATION_NAMES.includes(name));
    if (unknown.length > 0)
      throw new SqliteBackupError(
        `${path} is from a newer designdoc: migration ${unknown[0]} is unknown to ${VERSION}; restore it with that release or later`,
      );
    return {
      bytes: statSync(path).size,
      documents: count(db, 'documents'),
      versions: count(db, 'versions'),
      users: count(db, 'users'),
      migrations,
    };
  } finally {
    db.close();
  }
}

/**
 * Copy the SQLite database at `source` into `out` with SQLite's online backup (consistent while
 * the server writes; the log's commits included), as one self-contained file (rollback journal,
 * no `-wal` beside it), then check the copy. A failed copy leaves no file at `out`.
 */
export async function backupSqliteDatabase(source: string, out: string): Promise<DatabaseSummary> {
  const partial = `${out}.partial`;
  rmSync(partial, { force: true });
  try {
    const db = new SQLite(source, { fileMustExist: true });
    try {
      await db.backup(partial);
    } finally {
      db.close();
    }
    const copy = new SQLite(partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const summary = inspectSqliteDatabase(partial);
    renameSync(partial, out);
    return summary;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** The migrations the database at `path` still lacks; none when it is missing, empty or not ours. */
export function pendingMigrations(path: string): string[] {
  if (!existsSync(path) || statSync(path).size === 0) return [];
  const db = new SQLite(path, { fileMustExist: true });
  try {
    const applied = appliedMigrations(db);
    if (!applied || applied.length === 0) return [];
    return MIGRATION_NAMES.filter((name) => !applied.includes(name));
  } finally {
    db.close();
  }
}

/** What `backupBeforeMigrations` wrote and removed. */
export interface PreMigrationBackup {
  path: string;
  pending: string[];
  /** Older automatic backups removed to keep the last `keep`. */
  removed: string[];
}

/**
 * Embedded mode, before migrating: when the database in `dataDir` has rows from an earlier
 * release and migrations pending, copy it to `backups/designdoc-<time>-before-<migration>.db`,
 * keeping the last `keep` such copies. Null when there is nothing to protect or nothing pending.
 */
export async function backupBeforeMigrations(
  dataDir: string,
  keep: number,
  now = new Date(),
): Promise<PreMigrationBackup | null> {
  const database = join(dataDir, DATABASE_FILE);
  const pending = pendingMigrations(database);
  if (pending.length === 0) return null;
  const folder = join(dataDir, BACKUPS_FOLDER);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `designdoc-${fileTimestamp(now)}-before-${pending[0]}.db`);
  await backupSqliteDatabase(database, path);
  const automatic = readdirSync(folder)
    .filter((name) => /^designdoc-\d{8}T[\d.]+Z-before-.+\.db$/.test(name))
    .sort();
  const removed = automatic.slice(0, Math.max(0, automatic.length - keep));
  for (const name of removed) rmSync(join(folder, name), { force: true });
  return { path, pending, removed };
}
