import { type QueryExecutorProvider, sql } from 'kysely';
import type { Engine } from '../src/db/connect.js';

/** A column as the previous release's queries meet it. */
export interface ColumnShape {
  type: string;
  notNull: boolean;
  /** A default, a sequence or a generated value: an insert that leaves it out still works. */
  hasDefault: boolean;
}

/** An index: its table, its columns in order (an expression as `(expr)`), and uniqueness. */
export interface IndexShape {
  table: string;
  columns: string[];
  unique: boolean;
}

/** The parts of a schema that queries depend on, read from the database's own catalog. */
export interface SchemaSnapshot {
  /** Table (or view) → column → shape. */
  tables: Map<string, Map<string, ColumnShape>>;
  indexes: Map<string, IndexShape>;
  /** `trigger <name> on <table>` and, on PostgreSQL, `function <name>`. */
  routines: Set<string>;
}

/** Kysely's own bookkeeping: not the application's schema. */
const MIGRATOR_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);
/** The tables FTS5 keeps for a virtual table `x` (`x_data` …): they follow `x`. */
const FTS5_SHADOWS = ['_data', '_idx', '_content', '_docsize', '_config'];

/** Read the schema of `db` (the current schema on PostgreSQL, `main` on SQLite). */
export function snapshotSchema(db: QueryExecutorProvider, engine: Engine): Promise<SchemaSnapshot> {
  return engine === 'sqlite' ? sqliteSnapshot(db) : postgresSnapshot(db);
}

async function sqliteSnapshot(db: QueryExecutorProvider): Promise<SchemaSnapshot> {
  const objects = (
    await sql<{ type: string; name: string; table: string; sql: string | null }>`
      select type, name, tbl_name as "table", sql from sqlite_master
      where name not like 'sqlite\\_%' escape '\\'`.execute(db)
  ).rows;
  const virtual = objects.filter((o) => /^create virtual table/i.test(o.sql ?? ''));
  const shadows = new Set(virtual.flatMap((v) => FTS5_SHADOWS.map((s) => `${v.name}${s}`)));
  const snapshot: SchemaSnapshot = { tables: new Map(), indexes: new Map(), routines: new Set() };
  for (const object of objects) {
    if (object.type === 'table' || object.type === 'view') {
      if (MIGRATOR_TABLES.has(object.name) || shadows.has(object.name)) continue;
      const columns = await sql<{ name: string; type: string; notnull: number; dflt: unknown }>`
        select name, type, "notnull", dflt_value as dflt from pragma_table_info(${object.name})`.execute(
        db,
      );
      snapshot.tables.set(
        object.name,
        new Map(
          columns.rows.map((c) => [
            c.name,
            { type: c.type.toLowerCase(), notNull: c.notnull === 1, hasDefault: c.dflt !== null },
          ]),
        ),
      );
    } else if (object.type === 'index' && object.sql !== null) {
      const columns = await sql<{ name: string | null }>`
        select name from pragma_index_info(${object.name}) order by seqno`.execute(db);
      snapshot.indexes.set(object.name, {
        table: object.table,
        columns: columns.rows.map((c) => c.name ?? '(expression)'),
        unique: /^create unique index/i.test(object.sql),
      });
    } else if (object.type === 'trigger')
      snapshot.routines.add(`trigger ${object.name} on ${object.table}`);
  }
  return snapshot;
}

async function postgresSnapshot(db: QueryExecutorProvider): Promise<SchemaSnapshot> {
  const snapshot: SchemaSnapshot = { tables: new Map(), indexes: new Map(), routines: new Set() };
  const columns = await sql<{
    table: string;
    name: string;
    type: string;
    nullable: string;
    hasDefault: boolean;
  }>`
    select table_name as "table", column_name as name, udt_name as type, is_nullable as nullable,
      (column_default is not null or is_generated = 'ALWAYS' or is_identity = 'YES') as "hasDefault"
    from information_schema.columns where table_schema = current_schema()
    order by table_name, ordinal_position`.execute(db);
  for (const c of columns.rows) {
    if (MIGRATOR_TABLES.has(c.table)) continue;
    const table = snapshot.tables.get(c.table) ?? new Map<string, ColumnShape>();
    table.set(c.name, { type: c.type, notNull: c.nullable === 'NO', hasDefault: c.hasDefault });
    snapshot.tables.set(c.table, table);
  }
  const indexes = await sql<{ name: string; table: string; unique: boolean; columns: string[] }>`
    select i.relname as name, t.relname as "table", x.indisunique as unique,
      array(select coalesce(a.attname::text, '(expression)')
        from unnest(x.indkey) with ordinality as k(attnum, n)
        left join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum and k.attnum > 0
        order by k.n) as columns
    from pg_index x
    join pg_class i on i.oid = x.indexrelid
    join pg_class t on t.oid = x.indrelid
    join pg_namespace ns on ns.oid = t.relnamespace
    where ns.nspname = current_schema()`.execute(db);
  for (const index of indexes.rows)
    if (!MIGRATOR_TABLES.has(index.table))
      snapshot.indexes.set(index.name, {
        table: index.table,
        columns: index.columns,
        unique: index.unique,
      });
  const routines = await sql<{ name: string }>`
    select distinct 'trigger ' || trigger_name || ' on ' || event_object_table as name
      from information_schema.triggers where trigger_schema = current_schema()
    union
    select 'function ' || p.proname from pg_proc p
      join pg_namespace ns on ns.oid = p.pronamespace where ns.nspname = current_schema()`.execute(
    db,
  );
  for (const routine of routines.rows) snapshot.routines.add(routine.name);
  return snapshot;
}
