import { type DataModel, type DocumentedEntity, readDataModel } from '../model/data-model.js';
import { columnKey } from '../model/entity-names.js';
import type { ParsedDocument } from '../model/parse.js';
import type { DatabaseColumn, DatabaseSchema, DatabaseTable } from './database-schema.js';

/**
 * A document's Data Model beside a database schema: which tables each entity is stored in, and
 * which tables no entity names. Table names compare case aside; columns also camelCase aside.
 */
export interface SchemaComparison {
  model: DataModel;
  schema: DatabaseSchema;
  /** The schema's table of this name, if it has one. */
  table(name: string): DatabaseTable | undefined;
  /** The schema's tables the entity is stored in (none when it has no table). */
  tablesOf(entity: DocumentedEntity): DatabaseTable[];
  /** The entities stored in a table. */
  entitiesOf(table: DatabaseTable): DocumentedEntity[];
}

const cache = new WeakMap<ParsedDocument, WeakMap<DatabaseSchema, SchemaComparison>>();

/** Compare a document's Data Model with a schema (once per document and schema: rules share it). */
export function compareWithSchema(doc: ParsedDocument, schema: DatabaseSchema): SchemaComparison {
  let bySchema = cache.get(doc);
  if (!bySchema) {
    bySchema = new WeakMap();
    cache.set(doc, bySchema);
  }
  let comparison = bySchema.get(schema);
  if (!comparison) {
    comparison = buildComparison(readDataModel(doc), schema);
    bySchema.set(schema, comparison);
  }
  return comparison;
}

function buildComparison(model: DataModel, schema: DatabaseSchema): SchemaComparison {
  const byName = new Map(schema.tables.map((t) => [t.name.toLowerCase(), t]));
  const table = (name: string) => byName.get(name.toLowerCase());
  const stored = new Map<DocumentedEntity, DatabaseTable[]>();
  const entities = new Map<DatabaseTable, DocumentedEntity[]>();
  for (const entity of model.entities) {
    const tables = [...new Set(entity.tables.flatMap((name) => table(name) ?? []))];
    stored.set(entity, tables);
    for (const t of tables) entities.set(t, [...(entities.get(t) ?? []), entity]);
  }
  return {
    model,
    schema,
    table,
    tablesOf: (entity) => stored.get(entity) ?? [],
    entitiesOf: (t) => entities.get(t) ?? [],
  };
}

/** The column a field or attribute names, in the first of `tables` that has it. */
export function findColumn(
  tables: readonly DatabaseTable[],
  name: string,
): { table: DatabaseTable; column: DatabaseColumn } | undefined {
  const key = columnKey(name);
  for (const table of tables) {
    const column = table.columns.find((c) => columnKey(c.name) === key);
    if (column) return { table, column };
  }
  return undefined;
}

/** Whether a column is one of `columns` (a key's), camelCase and case aside. */
export function includesColumn(columns: readonly string[], name: string): boolean {
  const key = columnKey(name);
  return columns.some((c) => columnKey(c) === key);
}

/** `users`, or `groups or group_members`: the tables an entity is stored in, for messages. */
export function tableList(tables: readonly { name: string }[] | readonly string[]): string {
  const names = tables.map((t) => (typeof t === 'string' ? t : t.name));
  return names.map((n) => `“${n}”`).join(names.length === 2 ? ' or ' : ', ');
}

/**
 * The tables of `schema` that an entity of the document is stored in: what the document
 * documents, for the other documents of a run (`SchemaElsewhere`).
 */
export function documentedTables(doc: ParsedDocument, schema: DatabaseSchema): string[] {
  const comparison = compareWithSchema(doc, schema);
  return schema.tables.filter((t) => comparison.entitiesOf(t).length > 0).map((t) => t.name);
}
