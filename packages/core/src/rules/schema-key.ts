import type { DatabaseColumn, DatabaseTable } from '../checks/database-schema.js';
import { compareWithSchema, findColumn, includesColumn } from '../checks/schema-comparison.js';
import { defineRule } from '../lint/rule.js';
import type { DocumentedAttribute } from '../model/data-model.js';

type KeyMessage =
  | 'notPrimary'
  | 'unmarkedPrimary'
  | 'notForeign'
  | 'unmarkedForeign'
  | 'notUnique'
  | 'unmarkedUnique';

/**
 * The key markers of ER attributes (`PK`, `FK`, `UK`) say what the table's constraints say, both
 * ways (`check-schema`): a marked attribute's column is in the primary key, a foreign key, a
 * unique constraint or index; and a column of the primary key or a foreign key, or alone in a
 * unique constraint, has its marker. Reported at the attribute.
 */
export const schemaKey = defineRule({
  meta: {
    id: 'schema-key',
    description: 'PK, FK and UK markers of ER attributes match the table’s keys (check-schema).',
    defaultSeverity: 'error',
    fixable: false,
    check: 'schema',
    messages: {
      notPrimary:
        'Attribute “{{attribute}}” is marked PK, but “{{table}}.{{column}}” is not in the primary key',
      unmarkedPrimary:
        'Attribute “{{attribute}}” is not marked PK, but “{{table}}.{{column}}” is in the primary key',
      notForeign:
        'Attribute “{{attribute}}” is marked FK, but “{{table}}.{{column}}” is in no foreign key',
      unmarkedForeign:
        'Attribute “{{attribute}}” is not marked FK, but “{{table}}.{{column}}” references “{{references}}”',
      notUnique:
        'Attribute “{{attribute}}” is marked UK, but “{{table}}.{{column}}” is in no unique constraint',
      unmarkedUnique:
        'Attribute “{{attribute}}” is not marked UK, but “{{table}}.{{column}}” is unique',
    },
  },
  defaultOptions: {},
  check({ doc, checks, report }) {
    if (!checks.schema) return;
    const comparison = compareWithSchema(doc, checks.schema);
    for (const entity of comparison.model.entities) {
      const tables = comparison.tablesOf(entity);
      for (const attribute of entity.attributes ?? []) {
        const found = findColumn(tables, attribute.name);
        if (!found) continue;
        for (const { messageId, references } of keyDrift(attribute, found.table, found.column))
          report({
            messageId,
            data: {
              attribute: attribute.name,
              table: found.table.name,
              column: found.column.name,
              references: references ?? '',
            },
            place: attribute.place,
          });
      }
    }
  },
});

/** Where an attribute's markers and its column's constraints disagree. */
function keyDrift(
  attribute: DocumentedAttribute,
  table: DatabaseTable,
  column: DatabaseColumn,
): { messageId: KeyMessage; references?: string }[] {
  const drift: { messageId: KeyMessage; references?: string }[] = [];
  const marked = (key: 'PK' | 'FK' | 'UK') => attribute.keys.includes(key);
  const primary = includesColumn(table.primaryKey, column.name);
  if (marked('PK') && !primary) drift.push({ messageId: 'notPrimary' });
  if (!marked('PK') && primary) drift.push({ messageId: 'unmarkedPrimary' });
  const foreign = table.foreignKeys.find((fk) => includesColumn(fk.columns, column.name));
  if (marked('FK') && !foreign) drift.push({ messageId: 'notForeign' });
  if (!marked('FK') && foreign)
    drift.push({
      messageId: 'unmarkedForeign',
      references: `${foreign.table}(${foreign.references.join(', ')})`,
    });
  const soleKey = (columns: string[]) =>
    columns.length === 1 && includesColumn(columns, column.name);
  const unique =
    table.uniques.some((u) => includesColumn(u, column.name)) || soleKey(table.primaryKey);
  if (marked('UK') && !unique) drift.push({ messageId: 'notUnique' });
  if (!marked('UK') && !primary && table.uniques.some(soleKey))
    drift.push({ messageId: 'unmarkedUnique' });
  return drift;
}
