import type { DatabaseColumn, DatabaseTable } from '@designdoc/core';
import type {
  AlterTableStmt,
  ColumnDef,
  Constraint,
  CreateStmt,
  IndexStmt,
  Node,
  RenameStmt,
  TypeName,
} from 'libpg-query';
import { CliError } from '../io.js';
import { DdlTables } from './ddl-tables.js';
import { loadPeer } from './optional-peer.js';

/** A DDL file as read: its name for messages, and its text. */
export interface DdlFile {
  path: string;
  text: string;
}

/**
 * The tables PostgreSQL DDL files create, read by PostgreSQL's own parser (libpg-query, its C
 * parser compiled to WebAssembly: no server, no native build, and no SQL it reads otherwise than
 * PostgreSQL would). Files apply in order, as migrations do. Statements other than CREATE TABLE,
 * ALTER TABLE, CREATE UNIQUE INDEX, ALTER … RENAME and DROP TABLE leave the tables as they are
 * (pg_dump --schema-only output reads as is).
 * A syntax error is a usage error naming the file, the line and the parser's message.
 */
export async function readPostgresDdl(files: readonly DdlFile[]): Promise<DatabaseTable[]> {
  const { parse } = await loadPeer(
    'libpg-query',
    '^18.1.0',
    'check-schema --dialect postgres',
    () => import('libpg-query'),
  );
  const tables = new DdlTables();
  for (const file of files) {
    let statements: Node[];
    try {
      statements =
        (await parse(withoutMetaCommands(file.text))).stmts?.flatMap((raw) => raw.stmt ?? []) ?? [];
    } catch (error) {
      const { message, sqlDetails } = error as {
        message: string;
        sqlDetails?: { cursorPosition?: number };
      };
      const at = sqlDetails?.cursorPosition ?? 0;
      const line = Buffer.from(file.text).subarray(0, at).toString().split('\n').length;
      throw new CliError(`${file.path}:${line}: ${message}`);
    }
    for (const statement of statements) apply(tables, statement);
  }
  return tables.result();
}

/**
 * The text with psql's meta-commands (`\connect`, `\restrict` in pg_dump's output) blanked:
 * they are not SQL. Lines keep their numbers.
 */
function withoutMetaCommands(text: string): string {
  return text.replace(/^\\[a-zA-Z].*$/gm, '');
}

function apply(tables: DdlTables, statement: Node): void {
  if ('CreateStmt' in statement) createTable(tables, statement.CreateStmt);
  else if ('AlterTableStmt' in statement) alterTable(tables, statement.AlterTableStmt);
  else if ('IndexStmt' in statement) createIndex(tables, statement.IndexStmt);
  else if ('RenameStmt' in statement) rename(tables, statement.RenameStmt);
  else if ('DropStmt' in statement && statement.DropStmt.removeType === 'OBJECT_TABLE')
    for (const object of statement.DropStmt.objects ?? []) {
      const names = 'List' in object ? stringsOf(object.List.items ?? []) : [];
      const name = names.at(-1);
      if (name) tables.drop(name);
    }
}

function createTable(tables: DdlTables, create: CreateStmt): void {
  const table = create.relation?.relname;
  if (!table) return;
  tables.create(table);
  for (const element of create.tableElts ?? []) {
    if ('ColumnDef' in element) addColumn(tables, table, element.ColumnDef);
    else if ('Constraint' in element) addConstraint(tables, table, element.Constraint, []);
  }
}

function alterTable(tables: DdlTables, alter: AlterTableStmt): void {
  const table = alter.relation?.relname;
  if (!table || (alter.objtype && alter.objtype !== 'OBJECT_TABLE')) return;
  for (const node of alter.cmds ?? []) {
    if (!('AlterTableCmd' in node)) continue;
    const { subtype, name = '', def } = node.AlterTableCmd;
    if (subtype === 'AT_AddColumn' && def && 'ColumnDef' in def)
      addColumn(tables, table, def.ColumnDef);
    else if (subtype === 'AT_DropColumn') tables.dropColumn(table, name);
    else if (subtype === 'AT_AddConstraint' && def && 'Constraint' in def)
      addConstraint(tables, table, def.Constraint, []);
    else if (subtype === 'AT_DropConstraint') tables.dropKey(name, table);
    else if (
      subtype === 'AT_AlterColumnType' &&
      def &&
      'ColumnDef' in def &&
      def.ColumnDef.typeName
    )
      tables.alterColumn(table, name, { type: typeOf(def.ColumnDef.typeName) });
    else if (subtype === 'AT_SetNotNull') tables.alterColumn(table, name, { nullable: false });
    else if (subtype === 'AT_DropNotNull') tables.alterColumn(table, name, { nullable: true });
  }
}

function createIndex(tables: DdlTables, index: IndexStmt): void {
  const table = index.relation?.relname;
  // A partial or expression index does not make its columns unique as a key does.
  if (!table || !index.unique || index.whereClause) return;
  const columns = (index.indexParams ?? []).map((p) =>
    'IndexElem' in p ? p.IndexElem.name : undefined,
  );
  if (columns.some((c) => c === undefined)) return;
  tables.addUnique(table, { name: index.idxname ?? null, columns: columns as string[] });
}

function rename(tables: DdlTables, statement: RenameStmt): void {
  const table = statement.relation?.relname;
  const to = statement.newname;
  if (!table || !to) return;
  if (statement.renameType === 'OBJECT_TABLE') tables.renameTable(table, to);
  else if (statement.renameType === 'OBJECT_COLUMN' && statement.subname)
    tables.renameColumn(table, statement.subname, to);
}

function addColumn(tables: DdlTables, table: string, column: ColumnDef): void {
  const name = column.colname;
  if (!name) return;
  const constraints = (column.constraints ?? []).flatMap((c) =>
    'Constraint' in c ? [c.Constraint] : [],
  );
  const notNull = column.is_not_null || constraints.some((c) => c.contype === 'CONSTR_NOTNULL');
  const entry: DatabaseColumn = {
    name,
    type: column.typeName ? typeOf(column.typeName) : '',
    nullable: !notNull,
  };
  tables.addColumn(table, entry);
  for (const constraint of constraints) addConstraint(tables, table, constraint, [name]);
}

/** A table's or a column's constraint; `columns` are the column's own, for a column constraint. */
function addConstraint(
  tables: DdlTables,
  table: string,
  constraint: Constraint,
  columns: string[],
): void {
  const name = constraint.conname ?? null;
  const keys = constraint.keys ? stringsOf(constraint.keys) : columns;
  switch (constraint.contype) {
    case 'CONSTR_PRIMARY':
      tables.setPrimaryKey(table, { name, columns: keys });
      break;
    case 'CONSTR_UNIQUE':
      tables.addUnique(table, { name, columns: keys });
      break;
    case 'CONSTR_FOREIGN': {
      const target = constraint.pktable?.relname;
      if (target)
        tables.addForeignKey(table, {
          name,
          columns: constraint.fk_attrs ? stringsOf(constraint.fk_attrs) : columns,
          table: target,
          references: stringsOf(constraint.pk_attrs ?? []),
        });
      break;
    }
  }
}

/** `int` → int4, `varchar(20)` → varchar, `text[]` → text[] (PostgreSQL's own names). */
function typeOf(type: TypeName): string {
  const name = stringsOf(type.names ?? []).at(-1) ?? '';
  return (type.arrayBounds?.length ?? 0) > 0 ? `${name}[]` : name;
}

/** The strings of a list of `String` nodes. */
function stringsOf(nodes: readonly Node[]): string[] {
  return nodes.flatMap((node) =>
    'String' in node && node.String.sval !== undefined ? [node.String.sval] : [],
  );
}
