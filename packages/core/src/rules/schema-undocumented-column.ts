import { compareWithSchema } from '../checks/schema-comparison.js';
import { defineRule } from '../lint/rule.js';
import { columnKey, nameMatcher } from '../model/entity-names.js';

/**
 * An entity given an ER attribute block lists every column of its table (`check-schema`): the
 * block claims to be the table's shape, so a column it leaves out has drifted from the design.
 * A column named in the entity's Key Entities item counts as listed. Entities without an
 * attribute block are not checked (prose names some fields, not all). Reported at the line
 * that opens the block.
 */
export const schemaUndocumentedColumn = defineRule({
  meta: {
    id: 'schema-undocumented-column',
    description: 'An ER attribute block lists every column of its table (check-schema).',
    defaultSeverity: 'warning',
    fixable: false,
    check: 'schema',
    messages: {
      undocumented: 'Column “{{table}}.{{column}}” is not among the attributes of “{{entity}}”',
    },
    optionsSchema: {
      type: 'object',
      properties: {
        ignore: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Columns an attribute block may leave out, as names or globs (`created_at`, `*_at`).',
        },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { ignore: [] as string[] },
  check({ doc, checks, options, report }) {
    if (!checks.schema) return;
    const comparison = compareWithSchema(doc, checks.schema);
    const ignored = nameMatcher(options.ignore);
    for (const entity of comparison.model.entities) {
      if (!entity.attributes) continue;
      const listed = new Set(
        [...entity.attributes, ...entity.fields.filter((f) => f.table === null)].map((a) =>
          columnKey(a.name),
        ),
      );
      for (const table of comparison.tablesOf(entity))
        for (const column of table.columns)
          if (!listed.has(columnKey(column.name)) && !ignored(column.name))
            report({
              messageId: 'undocumented',
              data: { table: table.name, column: column.name, entity: entity.name },
              place: entity.blockPlace ?? entity.place,
            });
    }
  },
});
