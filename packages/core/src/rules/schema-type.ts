import { familyOf, typeFamilies } from '../checks/column-types.js';
import { compareWithSchema, findColumn } from '../checks/schema-comparison.js';
import { defineRule } from '../lint/rule.js';

/**
 * The type of an ER attribute is the type of its column, compared by family (`check-schema`):
 * `string` is `character varying`, `int` is `bigint`, `timestamptz` is `timestamp with time
 * zone` (`DEFAULT_TYPE_FAMILIES`); a type in no family compares by name. Reported at the
 * attribute. A column without a declared type (SQLite allows it) is not compared.
 */
export const schemaType = defineRule({
  meta: {
    id: 'schema-type',
    description: 'The type of an ER attribute is its column’s, by type family (check-schema).',
    defaultSeverity: 'error',
    fixable: false,
    check: 'schema',
    messages: {
      type: 'Attribute “{{attribute}}” of “{{entity}}” is {{type}}, but column “{{table}}.{{column}}” is {{columnType}}',
    },
    optionsSchema: {
      type: 'object',
      properties: {
        families: {
          type: 'object',
          additionalProperties: { type: 'array', items: { type: 'string' } },
          description:
            'Type families by name, each a list of type names; a family named here replaces the default of that name, and a type listed here leaves its default family.',
        },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { families: {} as Record<string, string[]> },
  check({ doc, checks, options, report }) {
    if (!checks.schema) return;
    const comparison = compareWithSchema(doc, checks.schema);
    const families = typeFamilies(options.families);
    const shown = (type: string) => {
      const family = familyOf(type, families);
      return family === type.toLowerCase() ? type : `${type} (${family})`;
    };
    for (const entity of comparison.model.entities) {
      const tables = comparison.tablesOf(entity);
      for (const attribute of entity.attributes ?? []) {
        const found = findColumn(tables, attribute.name);
        if (!found || found.column.type.trim() === '') continue;
        if (familyOf(attribute.type, families) === familyOf(found.column.type, families)) continue;
        report({
          messageId: 'type',
          data: {
            attribute: attribute.name,
            entity: entity.name,
            type: shown(attribute.type),
            table: found.table.name,
            column: found.column.name,
            columnType: shown(found.column.type),
          },
          place: attribute.place,
        });
      }
    }
  },
});
