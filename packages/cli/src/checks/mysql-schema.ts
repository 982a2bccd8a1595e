import type { DatabaseTable } from '@designdoc/core';
import { Kysely, MysqlDialect, sql } from 'kysely';
import { type CatalogueKey, introspectedTables } from './introspected-tables.js';
import { loadPeer } from './optional-peer.js';

/**
 * The tables of a live MySQL or MariaDB database (the URL's database). Keys come from
 * `information_schema`: its unique keys are its unique indexes.
 */
export async function readMysqlDatabase(url: string, shown: string): Promise<DatabaseTable[]> {
  const mysql = await loadPeer(
    'mysql2',
    '^3.0.0',
    `check-schema --database ${shown}`,
    () => import('mysql2'),
  );
  const pool = mysql.createPool({ uri: url, connectionLimit: 1, connectTimeout: 10_000 });
  const db = new Kysely<unknown>({ dialect: new MysqlDialect({ pool }) });
  try {
    return await introspectedTables(db, () => true, await mysqlKeys(db));
  } finally {
    await db.destroy();
  }
}

async function mysqlKeys(db: Kysely<unknown>): Promise<CatalogueKey[]> {
  const { rows } = await sql<{
    table: string;
    name: string;
    type: string;
    column: string;
    ref_table: string | null;
    ref_column: string | null;
  }>`
    select kcu.TABLE_NAME as \`table\`, kcu.CONSTRAINT_NAME as name, tc.CONSTRAINT_TYPE as type,
      kcu.COLUMN_NAME as \`column\`, kcu.REFERENCED_TABLE_NAME as ref_table,
      kcu.REFERENCED_COLUMN_NAME as ref_column
    from information_schema.KEY_COLUMN_USAGE kcu
    join information_schema.TABLE_CONSTRAINTS tc on tc.CONSTRAINT_SCHEMA = kcu.CONSTRAINT_SCHEMA
      and tc.TABLE_NAME = kcu.TABLE_NAME and tc.CONSTRAINT_NAME = kcu.CONSTRAINT_NAME
    where kcu.TABLE_SCHEMA = database()
    order by kcu.TABLE_NAME, kcu.CONSTRAINT_NAME, kcu.ORDINAL_POSITION`.execute(db);
  const keys = new Map<string, CatalogueKey>();
  for (const row of rows) {
    const id = `${row.table}\u0000${row.name}`;
    let key = keys.get(id);
    if (!key) {
      const kind =
        row.type === 'PRIMARY KEY' ? 'primary' : row.type === 'UNIQUE' ? 'unique' : 'foreign';
      key = { table: row.table, kind, columns: [] };
      if (kind === 'foreign') key.references = { table: row.ref_table ?? '', columns: [] };
      keys.set(id, key);
    }
    key.columns.push(row.column);
    if (key.references && row.ref_column) key.references.columns.push(row.ref_column);
  }
  return [...keys.values()];
}
