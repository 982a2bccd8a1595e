/**
 * A relational schema as the database (or its DDL) has it: the host introspects a live
 * database or applies and parses DDL (the core does no I/O) and hands this to the `schema-*`
 * rules through `LintOptions.schema`.
 */
export interface DatabaseSchema {
  /** Where it was read from (DDL files or a database URL without its password), for messages. */
  source: string;
  tables: DatabaseTable[];
  /** What the other documents of the same run document, when one run checks several. */
  elsewhere?: SchemaElsewhere;
}

/** What the other documents of a `check-schema` run say, so each is checked knowing them. */
export interface SchemaElsewhere {
  /** The tables an entity of another document of the run is stored in. */
  documentedTables: string[];
  /**
   * Another document reports the tables no document names (the run's first document with a
   * Data Model does), so this one does not report them again.
   */
  reportsUndocumented: boolean;
}

export interface DatabaseTable {
  name: string;
  columns: DatabaseColumn[];
  /** The primary key's columns, in order; empty when there is none. */
  primaryKey: string[];
  /** Each unique constraint or unique index, by its columns. */
  uniques: string[][];
  foreignKeys: DatabaseForeignKey[];
}

export interface DatabaseColumn {
  name: string;
  /** The type as the database names it (`integer`, `character varying`, `timestamptz`…). */
  type: string;
  nullable: boolean;
}

export interface DatabaseForeignKey {
  columns: string[];
  /** The referenced table. */
  table: string;
  /** The referenced columns. */
  references: string[];
}
