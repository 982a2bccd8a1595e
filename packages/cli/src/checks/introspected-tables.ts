import type { DatabaseTable } from '@designdoc/core';
import type { Kysely, TableMetadata } from 'kysely';

/** A key as a database's catalogue lists it. */
export interface CatalogueKey {
  table: string;
  kind: 'primary' | 'unique' | 'foreign';
  columns: string[];
  /** For a foreign key: the table it references and that table's columns. */
  references?: { table: string; columns: string[] };
}

/**
 * The tables of a live database: its tables and columns as Kysely's introspection reads them
 * (views left out), with the keys the engine's catalogue lists (`keys`, one query per engine).
 */
export async function introspectedTables(
  // biome-ignore lint/suspicious/noExplicitAny: introspection needs no table types
  db: Kysely<any>,
  include: (table: TableMetadata) => boolean,
  keys: CatalogueKey[],
): Promise<DatabaseTable[]> {
  const metadata = await db.introspection.getTables({ withInternalKyselyTables: true });
  return metadata
    .filter((table) => !table.isView && include(table))
    .map((table) => {
      const own = keys.filter((key) => key.table === table.name);
      return {
        name: table.name,
        columns: table.columns.map((c) => ({
          name: c.name,
          type: c.dataType,
          nullable: c.isNullable,
        })),
        primaryKey: own.find((key) => key.kind === 'primary')?.columns ?? [],
        uniques: own.filter((key) => key.kind === 'unique').map((key) => key.columns),
        foreignKeys: own.flatMap((key) =>
          key.kind === 'foreign' && key.references
            ? [
                {
                  columns: key.columns,
                  table: key.references.table,
                  references: key.references.columns,
                },
              ]
            : [],
        ),
      };
    });
}
