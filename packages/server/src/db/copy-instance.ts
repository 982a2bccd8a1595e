import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import {
  checkSealedSecrets,
  SealedSecretsError,
  type SealedSecretsKey,
} from '../secrets/sealed-secrets-check.js';
import { SECRETS_KEY_FILE } from '../secrets/secrets-key.js';
import { type DatabaseConnection, openDatabase } from './connect.js';
import { CopyInstanceError, planCopy } from './copy-plan.js';
import { type CopyProgress, copyTables, refuseUnlessEmpty } from './copy-rows.js';
import { holdExclusiveLock, InstanceLockedError } from './instance-lock.js';
import { MIGRATION_NAMES, migrateToLatest } from './migrate.js';
import { type DatabaseSummary, inspectSqliteDatabase, SqliteBackupError } from './sqlite-backup.js';

export { CopyInstanceError } from './copy-plan.js';
export type { CopyProgress } from './copy-rows.js';

/** What a copy did, once committed. */
export interface CopyReport {
  tables: { table: string; rows: number }[];
  rows: number;
  /** `table.column` of each serial column whose sequence now follows the copied rows. */
  sequences: string[];
  secrets: SealedSecretsKey;
  milliseconds: number;
}

export interface CopyInstanceOptions {
  /** The embedded database file (`designdoc.db` in a data folder). */
  sqlitePath: string;
  postgresUrl: string;
  /** The environment's SECRETS_KEY, if any: the moved instance's key must open the sealed secrets. */
  secretsKey: string | null;
  onProgress?: (progress: CopyProgress) => void;
}

/** The source opened read-only, and refused unless it is a designdoc database at this release's schema. */
function openSource(path: string): { source: SQLite.Database; summary: DatabaseSummary } {
  let summary: DatabaseSummary;
  try {
    summary = inspectSqliteDatabase(path);
  } catch (error) {
    if (error instanceof SqliteBackupError) throw new CopyInstanceError(error.message);
    throw error;
  }
  const pending = MIGRATION_NAMES.filter((name) => !summary.migrations.includes(name));
  if (pending.length > 0)
    throw new CopyInstanceError(
      `${path} lacks ${pending.length} migration${pending.length === 1 ? '' : 's'} (${pending[0]} first): bring it up to date with designdoc migrate (DESIGNDOC_DATA_DIR=${dirname(path)}), which backs it up first, then move it`,
    );
  return { source: new SQLite(path, { readonly: true, fileMustExist: true }), summary };
}

/** What went wrong, in words: a connection refused on every address has its message in `errors`. */
function reason(error: unknown): string {
  const { message, code, errors } = (error ?? {}) as {
    message?: string;
    code?: string;
    errors?: unknown[];
  };
  if (message) return message;
  if (errors?.[0]) return reason(errors[0]);
  return code ?? String(error);
}

/**
 * Move a whole instance from its embedded SQLite database into PostgreSQL: lock the data folder
 * (no server may run on it, none may start), check the file (intact, fully migrated, its sealed
 * secrets open with the key the moved instance will have), migrate PostgreSQL to the latest
 * schema, then in one transaction refuse unless it holds no designdoc rows, copy every table in
 * foreign-key order, set the serial columns' sequences past the copied ids and check every count.
 * A failure at any point leaves PostgreSQL without a copied row. The SQLite file is only read.
 */
export async function copySqliteToPostgres(options: CopyInstanceOptions): Promise<CopyReport> {
  const started = Date.now();
  const path = options.sqlitePath;
  if (!existsSync(path))
    throw new CopyInstanceError(
      `${path} does not exist: name the embedded database (designdoc.db) or its data folder`,
    );
  let lock: ReturnType<typeof holdExclusiveLock>;
  try {
    lock = holdExclusiveLock(dirname(path), 'move it');
  } catch (error) {
    if (error instanceof InstanceLockedError) throw new CopyInstanceError(error.message);
    throw error;
  }
  let target: DatabaseConnection | undefined;
  let source: SQLite.Database | undefined;
  try {
    const opened = openSource(path);
    source = opened.source;
    // One read transaction: every table is read as of the same moment.
    source.exec('BEGIN');
    const sealed = source
      .prepare('SELECT id, secret AS sealed FROM webhooks ORDER BY id')
      .all() as { id: string; sealed: string }[];
    let secrets: SealedSecretsKey;
    try {
      secrets = checkSealedSecrets(sealed, {
        secretsKey: options.secretsKey,
        keyFile: join(dirname(path), SECRETS_KEY_FILE),
      });
    } catch (error) {
      if (error instanceof SealedSecretsError) throw new CopyInstanceError(error.message);
      throw error;
    }
    options.onProgress?.({ step: 'checked', summary: opened.summary, secrets });
    target = openDatabase({ databaseUrl: options.postgresUrl, dataDir: dirname(path) });
    try {
      await sql`select 1`.execute(target.db);
    } catch (error) {
      throw new CopyInstanceError(`Cannot reach the PostgreSQL database: ${reason(error)}`);
    }
    const applied = await migrateToLatest(target.db);
    options.onProgress?.({ step: 'migrated', applied });
    const plans = await planCopy(source, target.db);
    const from = source;
    const copied = await target.db.transaction().execute(async (trx) => {
      // No other reader or writer until the commit: a server started on PostgreSQL meanwhile
      // waits, rather than read no users and make a first admin beside the copied ones.
      await sql`lock table ${sql.join(plans.map((p) => sql.table(p.table)))} in access exclusive mode`.execute(
        trx,
      );
      await refuseUnlessEmpty(trx, plans);
      options.onProgress?.({ step: 'copying', tables: plans.length });
      return copyTables(from, trx, plans, options.onProgress);
    });
    return {
      ...copied,
      rows: copied.tables.reduce((sum, t) => sum + t.rows, 0),
      secrets,
      milliseconds: Date.now() - started,
    };
  } finally {
    // Closing ends the read transaction too.
    source?.close();
    await target?.db.destroy();
    lock.release();
  }
}
