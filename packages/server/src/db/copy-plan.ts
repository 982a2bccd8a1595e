import type SQLite from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import type { Database } from './database.js';

/** A copy that cannot go ahead, or went wrong; the message is one line for the operator. */
export class CopyInstanceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CopyInstanceError';
  }
}

/** One table to copy: the columns read from SQLite and written to PostgreSQL, by type. */
export interface TableCopy {
  table: string;
  /** Every column of both schemas but those only PostgreSQL's has, with PostgreSQL's type. */
  columns: { name: string; type: string }[];
  /** Columns PostgreSQL fills itself (a generated column, a trigger), for the report. */
  filledByPostgres: string[];
  /** The columns whose default takes the next value of a sequence (a bigserial id). */
  serials: string[];
}

/** Kysely's own tables: the target has its own from being migrated. */
const KYSELY_TABLES = ['kysely_migration', 'kysely_migration_lock'];

/**
 * Columns only PostgreSQL's schema has, which it fills itself: the search index's weighted
 * tsvector is generated from its title and body (2026-11-27), and the document columns search
 * filters on are copied into it by a trigger when an entry is written (2026-12-09). SQLite's
 * search index is an FTS5 table, whose own index (the `search_index_*` shadow tables) is
 * SQLite's alone: its entries' title and body are copied and PostgreSQL indexes them its way.
 */
const FILLED_BY_POSTGRES: Record<string, readonly string[]> = {
  search_index: ['vector', 'workspace_id', 'status', 'archived_at', 'restricted', 'created_at'],
};

/**
 * PostgreSQL types a SQLite value is written to unchanged. Every column the migrations make is
 * `text` or `integer` on both engines (booleans are 0/1 integers, JSON and timestamps text, on
 * both), ids counted by the database `bigserial` on PostgreSQL; a new type needs a conversion
 * in copy-rows.ts before it is listed here.
 */
const COPIED_UNCHANGED = new Set(['text', 'integer', 'bigint']);

/** The shadow tables SQLite keeps for an FTS5 table. */
const FTS5_SHADOWS = ['config', 'content', 'data', 'docsize', 'idx'];

/** The designdoc tables of an SQLite database, with their columns, in the order they were made. */
function sqliteTables(source: SQLite.Database): Map<string, string[]> {
  const rows = source
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
    .all() as { name: string; sql: string }[];
  const virtual = rows.filter((r) => /^create virtual table/i.test(r.sql)).map((r) => r.name);
  const shadows = new Set(virtual.flatMap((v) => FTS5_SHADOWS.map((s) => `${v}_${s}`)));
  const tables = new Map<string, string[]>();
  for (const { name } of rows) {
    if (name.startsWith('sqlite_') || KYSELY_TABLES.includes(name) || shadows.has(name)) continue;
    const columns = source.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[];
    tables.set(
      name,
      columns.map((c) => c.name),
    );
  }
  return tables;
}

interface PostgresColumn {
  table_name: string;
  column_name: string;
  data_type: string;
  column_default: string | null;
}

/**
 * `tables` with every table after the tables its foreign keys name; otherwise in the order
 * given (the order the migrations made them, which reads like the storage story: workspaces,
 * documents, versions …), so that the report is the same every run.
 */
function foreignKeyOrder(tables: string[], references: { child: string; parent: string }[]) {
  const ordered: string[] = [];
  const waiting = [...tables];
  const ready = (table: string) =>
    !references.some((r) => r.child === table && r.parent !== table && waiting.includes(r.parent));
  while (waiting.length > 0) {
    const next = waiting.findIndex(ready);
    if (next < 0)
      throw new CopyInstanceError(`The foreign keys of ${waiting.join(', ')} form a cycle`);
    ordered.push(...waiting.splice(next, 1));
  }
  return ordered;
}

/**
 * What to copy, table by table in foreign-key order, from the SQLite database to the migrated
 * PostgreSQL one, read from both catalogues: both must hold the same tables and columns (both are
 * at the latest migration), but for the columns PostgreSQL fills itself. Anything else is a
 * schema this release does not know how to move, and nothing is copied.
 */
export async function planCopy(
  source: SQLite.Database,
  target: Kysely<Database>,
): Promise<TableCopy[]> {
  const sqliteSchema = sqliteTables(source);
  const { rows: columns } = await sql<PostgresColumn>`
    select c.table_name, c.column_name, c.data_type, c.column_default
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
    order by c.table_name, c.ordinal_position`.execute(target);
  const { rows: references } = await sql<{ child: string; parent: string }>`
    select child.relname as child, parent.relname as parent
    from pg_constraint c
    join pg_class child on child.oid = c.conrelid
    join pg_class parent on parent.oid = c.confrelid
    where c.contype = 'f' and c.connamespace = current_schema()::regnamespace`.execute(target);
  const postgresTables = [...new Set(columns.map((c) => c.table_name))].filter(
    (t) => !KYSELY_TABLES.includes(t),
  );
  const onlySqlite = [...sqliteSchema.keys()].filter((t) => !postgresTables.includes(t));
  if (onlySqlite.length > 0)
    throw new CopyInstanceError(
      `The SQLite database has tables PostgreSQL's schema lacks (${onlySqlite.join(', ')}); nothing was copied`,
    );
  // In the order SQLite's schema made them, then any only PostgreSQL's has (refused below).
  const byAge = [
    ...[...sqliteSchema.keys()],
    ...postgresTables.filter((t) => !sqliteSchema.has(t)).sort(),
  ];
  return foreignKeyOrder(byAge, references).map((table) => {
    const sourceColumns = sqliteSchema.get(table);
    if (!sourceColumns)
      throw new CopyInstanceError(`The SQLite database has no table ${table}; nothing was copied`);
    const own = columns.filter((c) => c.table_name === table);
    const filled = FILLED_BY_POSTGRES[table] ?? [];
    const copied = own.filter((c) => !filled.includes(c.column_name));
    for (const column of copied) {
      if (!sourceColumns.includes(column.column_name))
        throw new CopyInstanceError(
          `PostgreSQL's ${table}.${column.column_name} has no column in SQLite to copy from; nothing was copied`,
        );
      if (!COPIED_UNCHANGED.has(column.data_type))
        throw new CopyInstanceError(
          `No conversion from SQLite to PostgreSQL's ${column.data_type} (${table}.${column.column_name}); nothing was copied`,
        );
    }
    const lost = sourceColumns.filter((c) => !copied.some((p) => p.column_name === c));
    if (lost.length > 0)
      throw new CopyInstanceError(
        `SQLite's ${table} has columns PostgreSQL's lacks (${lost.join(', ')}); nothing was copied`,
      );
    return {
      table,
      columns: copied.map((c) => ({ name: c.column_name, type: c.data_type })),
      filledByPostgres: own.filter((c) => filled.includes(c.column_name)).map((c) => c.column_name),
      serials: copied
        .filter((c) => c.column_default?.startsWith('nextval('))
        .map((c) => c.column_name),
    };
  });
}
