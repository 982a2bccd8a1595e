import type { DatabaseColumn, DatabaseTable } from '@designdoc/core';

/** A key as DDL declares it, with the constraint's name so `DROP CONSTRAINT` can find it. */
interface NamedKey {
  name: string | null;
  columns: string[];
}

interface NamedForeignKey extends NamedKey {
  table: string;
  /** Empty: the referenced table's primary key. */
  references: string[];
}

interface TableState {
  name: string;
  columns: DatabaseColumn[];
  primaryKey: NamedKey | null;
  uniques: NamedKey[];
  foreignKeys: NamedForeignKey[];
}

/**
 * The tables a sequence of DDL statements leaves, built statement by statement (CREATE TABLE,
 * ALTER TABLE, CREATE UNIQUE INDEX, RENAME, DROP), so that a folder of migrations reads as the
 * schema they end with. Names compare case aside, as unquoted SQL names do.
 */
export class DdlTables {
  private readonly tables = new Map<string, TableState>();

  private find(name: string): TableState | undefined {
    return this.tables.get(name.toLowerCase());
  }

  create(name: string): void {
    if (this.find(name)) return;
    this.tables.set(name.toLowerCase(), {
      name,
      columns: [],
      primaryKey: null,
      uniques: [],
      foreignKeys: [],
    });
  }

  drop(name: string): void {
    this.tables.delete(name.toLowerCase());
  }

  renameTable(from: string, to: string): void {
    const table = this.find(from);
    if (!table) return;
    this.tables.delete(from.toLowerCase());
    table.name = to;
    this.tables.set(to.toLowerCase(), table);
    for (const other of this.tables.values())
      for (const fk of other.foreignKeys) if (same(fk.table, from)) fk.table = to;
  }

  addColumn(table: string, column: DatabaseColumn): void {
    const state = this.find(table);
    if (!state) return;
    state.columns = state.columns.filter((c) => !same(c.name, column.name));
    state.columns.push(column);
  }

  /** Change a column: its type, whether it may be null. */
  alterColumn(table: string, name: string, change: Partial<DatabaseColumn>): void {
    const column = this.find(table)?.columns.find((c) => same(c.name, name));
    if (column) Object.assign(column, change);
  }

  dropColumn(table: string, name: string): void {
    const state = this.find(table);
    if (!state) return;
    const has = (key: NamedKey) => key.columns.some((c) => same(c, name));
    state.columns = state.columns.filter((c) => !same(c.name, name));
    if (state.primaryKey && has(state.primaryKey)) state.primaryKey = null;
    state.uniques = state.uniques.filter((key) => !has(key));
    state.foreignKeys = state.foreignKeys.filter((key) => !has(key));
  }

  renameColumn(table: string, from: string, to: string): void {
    const state = this.find(table);
    if (!state) return;
    const rename = (names: string[]) => names.map((c) => (same(c, from) ? to : c));
    for (const column of state.columns) if (same(column.name, from)) column.name = to;
    for (const key of [state.primaryKey, ...state.uniques, ...state.foreignKeys])
      if (key) key.columns = rename(key.columns);
    for (const other of this.tables.values())
      for (const fk of other.foreignKeys)
        if (same(fk.table, state.name)) fk.references = rename(fk.references);
  }

  setPrimaryKey(table: string, key: NamedKey): void {
    const state = this.find(table);
    if (!state) return;
    state.primaryKey = key;
    for (const column of state.columns)
      if (key.columns.some((c) => same(c, column.name))) column.nullable = false;
  }

  addUnique(table: string, key: NamedKey): void {
    this.find(table)?.uniques.push(key);
  }

  addForeignKey(table: string, key: NamedForeignKey): void {
    this.find(table)?.foreignKeys.push(key);
  }

  /** Drop a constraint or a unique index by its name. */
  dropKey(name: string, table?: string): void {
    const states = table ? [this.find(table)] : [...this.tables.values()];
    for (const state of states) {
      if (!state) continue;
      const other = (key: NamedKey) => key.name === null || !same(key.name, name);
      if (state.primaryKey && !other(state.primaryKey)) state.primaryKey = null;
      state.uniques = state.uniques.filter(other);
      state.foreignKeys = state.foreignKeys.filter(other);
    }
  }

  /** The tables as the schema has them; a foreign key naming no columns references the primary key. */
  result(): DatabaseTable[] {
    return [...this.tables.values()].map((state) => ({
      name: state.name,
      columns: state.columns.map((c) => ({ ...c })),
      primaryKey: state.primaryKey?.columns ?? [],
      uniques: state.uniques.map((u) => u.columns),
      foreignKeys: state.foreignKeys.map((fk) => ({
        columns: fk.columns,
        table: this.find(fk.table)?.name ?? fk.table,
        references:
          fk.references.length > 0
            ? fk.references
            : (this.find(fk.table)?.primaryKey?.columns ?? []),
      })),
    }));
  }
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
