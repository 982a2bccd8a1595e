import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';

/**
 * The lock file in the data folder. It is an (empty) SQLite database used only for SQLite's own
 * file locks: a running server holds a shared lock on it, a restore an exclusive one. The
 * operating system drops a process's locks when it ends, however it ends, so a crashed server
 * leaves no stale lock behind (unlike a pid file), and no process id can be reused to fool it.
 */
export const LOCK_FILE = 'designdoc.lock';

/** A held lock; `release` lets go of it (the process's end does too). */
export interface InstanceLock {
  release(): void;
}

/** The lock is held by another process in a way that excludes this one. */
export class InstanceLockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InstanceLockedError';
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

function openLock(dataDir: string): SQLite.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new SQLite(join(dataDir, LOCK_FILE), { timeout: 0 });
  // In exclusive locking mode a connection keeps every file lock it takes until it closes.
  db.pragma('locking_mode = EXCLUSIVE');
  return db;
}

/**
 * For a running server on the embedded database: a shared lock on the data folder, which any
 * number of servers may hold at once and which makes `designdoc restore` refuse. Throws
 * InstanceLockedError while a restore holds the folder.
 */
export function holdServerLock(dataDir: string): InstanceLock {
  const db = openLock(dataDir);
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    db.close();
    if (isBusy(error))
      throw new InstanceLockedError(
        `Another designdoc process (a restore, or a move to PostgreSQL) holds ${dataDir}; start the server when it has ended`,
      );
    throw error;
  }
  return { release: () => db.close() };
}

/**
 * For a restore, or a move to PostgreSQL: the data folder to this process alone. Throws
 * InstanceLockedError while a server runs on it, saying to stop it and then do `what`; while
 * held, a server that starts refuses to.
 */
export function holdExclusiveLock(dataDir: string, what = 'restore'): InstanceLock {
  const db = openLock(dataDir);
  try {
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if (isBusy(error))
      throw new InstanceLockedError(
        `A designdoc server is running on ${dataDir} (it holds ${join(dataDir, LOCK_FILE)}); stop it, then ${what}`,
      );
    throw error;
  }
  return {
    release: () => {
      db.exec('ROLLBACK');
      db.close();
    },
  };
}
