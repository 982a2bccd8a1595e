import { compareWithSchema, tableList } from '../checks/schema-comparison.js';
import { defineRule } from '../lint/rule.js';

/**
 * Each entity of the Data Model is stored in a table of the database (`check-schema`): the tables
 * its Key Entities item names ("(table `api_keys`)"), each of them; else a table named after it
 * in snake_case, singular or plural. Reported at the table's name in the item, else at the
 * entity's label (or where an ER diagram first names it).
 */
export const schemaMissingTable = defineRule({
  meta: {
    id: 'schema-missing-table',
    description: 'Each entity of the Data Model has its table in the database (check-schema).',
    defaultSeverity: 'error',
    fixable: false,
    check: 'schema',
    messages: {
      noTable: 'Entity “{{entity}}” has no table in the schema (looked for {{tables}})',
      missingTable: 'Table “{{table}}” of entity “{{entity}}” is not in the schema',
    },
  },
  defaultOptions: {},
  check({ doc, checks, report }) {
    if (!checks.schema) return;
    const comparison = compareWithSchema(doc, checks.schema);
    for (const entity of comparison.model.entities) {
      if (entity.namedTables.length > 0) {
        for (const named of entity.namedTables)
          if (!comparison.table(named.name))
            report({
              messageId: 'missingTable',
              data: { table: named.name, entity: entity.name },
              place: named.place,
            });
      } else if (comparison.tablesOf(entity).length === 0)
        report({
          messageId: 'noTable',
          data: { entity: entity.name, tables: tableList(entity.tables.slice(0, 2)) },
          place: entity.place,
        });
    }
  },
});
