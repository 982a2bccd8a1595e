import type { IndexShape, SchemaSnapshot } from './schema-snapshot.js';

/**
 * The changes from `before` to `after` that the release before them may not run against: it
 * still reads and writes what the schema had (expand then contract, DESIGN.md). Each in words
 * that name what changed, the way the allow-list (contract-steps.ts) quotes them:
 *
 * - a table, view, column, trigger or function removed (a rename is a removal and an addition);
 * - a column's type changed, or a column made NOT NULL;
 * - a column added NOT NULL without a default to a table that was there (old inserts omit it);
 * - an index removed with no index of the same table that starts with its columns (and is
 *   unique if it was) to take its place: old queries lose their plan, or a uniqueness they
 *   rely on;
 * - a unique index added to a table that was there, unless one of its columns is new and
 *   nullable with no default (old rows and old inserts leave it NULL, which never conflicts).
 *
 * A removed table's indexes and triggers go with it, unreported. Not seen here: data rewritten into a shape old code misreads, and constraints other than
 * NOT NULL and unique indexes (foreign keys, checks) added to existing tables.
 */
export function contractChanges(before: SchemaSnapshot, after: SchemaSnapshot): string[] {
  const changes: string[] = [];
  for (const [table, columns] of before.tables) {
    const now = after.tables.get(table);
    if (!now) {
      changes.push(`removes table ${table}`);
      continue;
    }
    for (const [name, was] of columns) {
      const is = now.get(name);
      if (!is) changes.push(`removes column ${table}.${name}`);
      else if (is.type !== was.type)
        changes.push(`changes the type of ${table}.${name} from ${was.type} to ${is.type}`);
      else if (is.notNull && !was.notNull) changes.push(`makes ${table}.${name} NOT NULL`);
    }
    for (const [name, is] of now)
      if (!columns.has(name) && is.notNull && !is.hasDefault)
        changes.push(`adds ${table}.${name} NOT NULL without a default`);
  }
  // An index or trigger of a removed table goes with it: the table's removal is the change.
  for (const [name, was] of before.indexes)
    if (after.tables.has(was.table) && !after.indexes.has(name) && !replaced(was, after))
      changes.push(`removes index ${name}`);
  for (const [name, is] of after.indexes) {
    const columns = before.tables.get(is.table);
    if (!is.unique || !columns || before.indexes.has(name)) continue;
    const alreadyUnique = [...before.indexes.values()].some(
      (old) => old.unique && old.table === is.table && sameColumns(old.columns, is.columns),
    );
    const newNullable = is.columns.some((column) => {
      const shape = after.tables.get(is.table)?.get(column);
      return !columns.has(column) && shape !== undefined && !shape.notNull && !shape.hasDefault;
    });
    if (!alreadyUnique && !newNullable)
      changes.push(`adds unique index ${name} to existing table ${is.table}`);
  }
  for (const routine of before.routines) {
    const table = routine.split(' on ')[1];
    if (!after.routines.has(routine) && (table === undefined || after.tables.has(table)))
      changes.push(`removes ${routine}`);
  }
  return changes;
}

/** Whether `after` has an index serving what `was` served: same table, its columns first. */
function replaced(was: IndexShape, after: SchemaSnapshot): boolean {
  return [...after.indexes.values()].some(
    (index) =>
      index.table === was.table &&
      (index.unique === was.unique || !was.unique) &&
      (was.unique
        ? sameColumns(index.columns, was.columns)
        : sameColumns(index.columns.slice(0, was.columns.length), was.columns)),
  );
}

function sameColumns(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((column, i) => column === b[i]);
}
