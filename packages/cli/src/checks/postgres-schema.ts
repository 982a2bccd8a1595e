import type { DatabaseTable } from '@designdoc/core';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { type CatalogueKey, introspectedTables } from './introspected-tables.js';
import { loadPeer } from './optional-peer.js';

/**
 * The tables of a live PostgreSQL database, in the schema its connection resolves names in
 * (`current_schema()`: `public` unless the URL sets `search_path`). Keys come from `pg_constraint`
 * and `pg_index` (unique indexes that are not a constraint's, without a predicate or an expression).
 */
export async function readPostgresDatabase(url: string, shown: string): Promise<DatabaseTable[]> {
  const pg = await loadPeer(
    'pg',
    '^8.0.0',
    `check-schema --database ${shown}`,
    async () => (await import('pg')).default,
  );
  const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 10_000 });
  // A connection that drops while idle must not end the process; the query that needs it fails.
  pool.on('error', () => {});
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  try {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    const schema = rows[0]?.schema ?? 'public';
    return await introspectedTables(db, (table) => table.schema === schema, await postgresKeys(db));
  } finally {
    await db.destroy();
  }
}

async function postgresKeys(db: Kysely<unknown>): Promise<CatalogueKey[]> {
  const constraints = await sql<{
    table: string;
    type: 'p' | 'u' | 'f';
    columns: string[];
    ref_table: string | null;
    ref_columns: string[] | null;
  }>`
    select rel.relname as "table", con.contype as type,
      array(select att.attname from unnest(con.conkey) with ordinality k(num, ord)
        join pg_attribute att on att.attrelid = con.conrelid and att.attnum = k.num order by k.ord)::text[] as columns,
      ref.relname as ref_table,
      array(select att.attname from unnest(con.confkey) with ordinality k(num, ord)
        join pg_attribute att on att.attrelid = con.confrelid and att.attnum = k.num order by k.ord)::text[] as ref_columns
    from pg_constraint con
    join pg_class rel on rel.oid = con.conrelid
    join pg_namespace ns on ns.oid = rel.relnamespace
    left join pg_class ref on ref.oid = con.confrelid
    where ns.nspname = current_schema() and con.contype in ('p', 'u', 'f')
    order by rel.relname, con.conname`.execute(db);
  const indexes = await sql<{ table: string; columns: string[] }>`
    select tab.relname as "table",
      array(select att.attname from unnest(ix.indkey::int2[]) with ordinality k(num, ord)
        join pg_attribute att on att.attrelid = tab.oid and att.attnum = k.num
        where k.ord <= ix.indnkeyatts order by k.ord)::text[] as columns
    from pg_index ix
    join pg_class tab on tab.oid = ix.indrelid
    join pg_namespace ns on ns.oid = tab.relnamespace
    where ns.nspname = current_schema() and ix.indisunique and not ix.indisprimary
      and ix.indpred is null and not (0 = any(ix.indkey::int2[]))
      and not exists (select 1 from pg_constraint con where con.conindid = ix.indexrelid)`.execute(
    db,
  );
  const kinds = { p: 'primary', u: 'unique', f: 'foreign' } as const;
  return [
    ...constraints.rows.map((row) => ({
      table: row.table,
      kind: kinds[row.type],
      columns: row.columns,
      ...(row.type === 'f' && row.ref_table
        ? { references: { table: row.ref_table, columns: row.ref_columns ?? [] } }
        : {}),
    })),
    ...indexes.rows.map((row) => ({
      table: row.table,
      kind: 'unique' as const,
      columns: row.columns,
    })),
  ];
}
