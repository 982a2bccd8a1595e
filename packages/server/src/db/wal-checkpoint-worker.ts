import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';

/**
 * The embedded database's checkpointer, on a thread of its own: every `intervalMs` it copies what
 * the write-ahead log holds into the database file (a PASSIVE checkpoint, which never waits for
 * or blocks a writer). SQLite's automatic checkpoint ran inside the commit that filled the log,
 * on the event loop: about 30 ms of a 9 MB save (wal-checkpointer.ts).
 */
const { path, intervalMs } = workerData as { path: string; intervalMs: number };
const database = new SQLite(path);
database.pragma('busy_timeout = 1000');
const checkpoint = () => {
  try {
    database.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or closing: the next round checkpoints what this one could not.
  }
};
const timer = setInterval(checkpoint, intervalMs);
parentPort?.on('message', (message: unknown) => {
  if (message !== 'close') return;
  clearInterval(timer);
  checkpoint();
  database.close();
  parentPort?.close();
});
