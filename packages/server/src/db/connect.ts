import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type LogEvent, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
import pg from 'pg';
import { querySpans } from '../tracing/query-spans.js';
import type { Database } from './database.js';
import { startWalCheckpointer } from './wal-checkpointer.js';

/** Which engine a database is: queries that differ (search, upserts) branch on it. */
export type Engine = 'sqlite' | 'postgres';

/** How busy a PostgreSQL connection pool is (what `pg.Pool` counts), for the metrics. */
export interface PoolCounts {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
}

/** An open database: the typed query builder, the engine behind it and, on PostgreSQL, its pool. */
export interface DatabaseConnection {
  db: Kysely<Database>;
  engine: Engine;
  pool?: PoolCounts;
}

/** Told the duration of every query, in milliseconds (for the metrics). */
export type QueryObserver = (durationMs: number) => void;

/**
 * Kysely's query log, where each query's duration is told (to the metrics) and, when tracing,
 * where its span is made (tracing/query-spans.ts). With neither, no log: Kysely then times nothing.
 */
function logOption(onQuery: QueryObserver | undefined, traced: Engine | null) {
  const recordSpan = traced ? querySpans(traced) : null;
  if (!recordSpan)
    return onQuery ? { log: (event: LogEvent) => onQuery(event.queryDurationMillis) } : {};
  return {
    log: (event: LogEvent) => {
      onQuery?.(event.queryDurationMillis);
      recordSpan(event);
    },
  };
}

/**
 * Open the database the configuration names: PostgreSQL when a URL is given, else the
 * embedded SQLite file `designdoc.db` in the data folder (WAL mode, synchronous NORMAL,
 * foreign keys on). With `tracing`, each query inside a traced operation makes a span.
 */
export function openDatabase(
  options: { databaseUrl: string | null; dataDir: string; tracing?: boolean },
  onQuery?: QueryObserver,
): DatabaseConnection {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection that the server closes (a restart, a failover) must not bring the
    // process down: the pool drops it and opens a new one for the next query.
    pool.on('error', (error) =>
      process.emitWarning(`PostgreSQL connection lost: ${error.message}`),
    );
    return {
      db: new Kysely<Database>({
        dialect: new PostgresDialect({ pool }),
        ...logOption(onQuery, options.tracing ? 'postgres' : null),
      }),
      engine: 'postgres',
      pool,
    };
  }
  mkdirSync(options.dataDir, { recursive: true });
  return openSqlite(join(options.dataDir, 'designdoc.db'), onQuery, options.tracing);
}

/** An SQLite database at `path` (`:memory:` for tests that need no file). */
export function openSqlite(
  path: string,
  onQuery?: QueryObserver,
  tracing = false,
): DatabaseConnection {
  const database = new SQLite(path);
  database.pragma('journal_mode = WAL');
  // Stated, not left to the build: better-sqlite3 compiles NORMAL in as the WAL default, but a
  // freshly created file reports FULL on its first connection. NORMAL with WAL never corrupts
  // the database; a power cut (not a process crash) can lose the last commits before a checkpoint.
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // A file's log is checkpointed on a thread of its own, not in the commits of the event loop.
  const checkpointer = path === ':memory:' ? null : startWalCheckpointer(path);
  if (checkpointer) database.pragma('wal_autocheckpoint = 0');
  return {
    db: new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(database, checkpointer) }),
      ...logOption(onQuery, tracing ? 'sqlite' : null),
    }),
    engine: 'sqlite',
  };
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * better-sqlite3 with its prepared statements kept by SQL text. Kysely's SQLite driver prepares
 * every query it runs, and preparing cost more than running the query on a document read
 * (`--cpu-prof` of the GET benchmark); a statement is reusable, and queries differ only in their
 * parameters. The oldest statement is dropped past 500 (query shapes are few; this bounds odd ones).
 */
function withStatementCache(
  database: SQLite.Database,
  checkpointer: { close(): void } | null,
): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      database.close();
      checkpointer?.close();
    },
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_SIZE)
          statements.delete(statements.keys().next().value as string);
        statements.set(sql, statement);
      }
      return statement as unknown as ReturnType<SqliteDatabase['prepare']>;
    },
  };
}
