import { compareWithSchema, findColumn, tableList } from '../checks/schema-comparison.js';
import { defineRule } from '../lint/rule.js';

/**
 * Each column the Data Model names is in the entity's table (`check-schema`): a code span of
 * its Key Entities item (`prefix`; `documents.restricted` for another table's), and each
 * attribute of its ER attribute block. Reported at the code span or the attribute. An entity
 * with no table is left to `schema-missing-table`.
 */
export const schemaColumn = defineRule({
  meta: {
    id: 'schema-column',
    description: 'Each field the Data Model names is a column of its table (check-schema).',
    defaultSeverity: 'error',
    fixable: false,
    check: 'schema',
    messages: {
      field: 'Field “{{field}}” of entity “{{entity}}” is not a column of {{tables}}',
      attribute: 'Attribute “{{field}}” of entity “{{entity}}” is not a column of {{tables}}',
      qualified: 'Column “{{table}}.{{field}}” is not in the schema',
    },
  },
  defaultOptions: {},
  check({ doc, checks, report }) {
    if (!checks.schema) return;
    const comparison = compareWithSchema(doc, checks.schema);
    for (const entity of comparison.model.entities) {
      const tables = comparison.tablesOf(entity);
      for (const field of entity.fields) {
        if (field.table !== null) {
          const table = comparison.table(field.table);
          if (!table || !findColumn([table], field.name))
            report({
              messageId: 'qualified',
              data: { table: field.table, field: field.name },
              place: field.place,
            });
        } else if (tables.length > 0 && !findColumn(tables, field.name))
          report({
            messageId: 'field',
            data: { field: field.name, entity: entity.name, tables: tableList(tables) },
            place: field.place,
          });
      }
      if (tables.length === 0) continue;
      for (const attribute of entity.attributes ?? [])
        if (!findColumn(tables, attribute.name))
          report({
            messageId: 'attribute',
            data: { field: attribute.name, entity: entity.name, tables: tableList(tables) },
            place: attribute.place,
          });
    }
  },
});
