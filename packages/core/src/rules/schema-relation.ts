import type { DatabaseTable } from '../checks/database-schema.js';
import { compareWithSchema, includesColumn, tableList } from '../checks/schema-comparison.js';
import { defineRule } from '../lint/rule.js';
import type { DocumentedEntity } from '../model/data-model.js';
import { singularForms, snakeCase } from '../model/entity-names.js';

/**
 * The relationships of the ER diagram are the foreign keys of the database, both ways
 * (`check-schema`). A relationship needs a foreign key between the two entities' tables, in
 * either direction, or a reference column that stands for one, named after the other table in
 * the singular or its entity, with or without `_id` (`user_id` or `user` for `users`): schemas
 * leave some references unconstrained (SQLite's and MySQL's often all of them; a log that
 * outlives what it names), and the question here is whether the two are linked at all.
 * And a foreign key between the tables of two entities the diagram shows needs a relationship
 * between them. Reported at the relationship line, or at the diagram's `erDiagram` line.
 */
export const schemaRelation = defineRule({
  meta: {
    id: 'schema-relation',
    description: 'ER relationships and the database’s foreign keys match (check-schema).',
    defaultSeverity: 'error',
    fixable: false,
    check: 'schema',
    messages: {
      noForeignKey:
        'Relationship {{from}} – {{to}} has no foreign key between {{fromTables}} and {{toTables}}',
      undocumented:
        'Foreign key “{{table}}({{columns}})” → “{{references}}” joins {{from}} and {{to}}, but the diagram does not relate them',
    },
  },
  defaultOptions: {},
  check({ doc, checks, report }) {
    if (!checks.schema) return;
    const comparison = compareWithSchema(doc, checks.schema);
    const { model } = comparison;
    const related = new Set<string>();
    const pair = (a: DocumentedEntity, b: DocumentedEntity) =>
      `${model.entities.indexOf(a)}:${model.entities.indexOf(b)}`;
    for (const relationship of model.relationships) {
      const { from, to } = relationship;
      related.add(pair(from, to)).add(pair(to, from));
      const fromTables = comparison.tablesOf(from);
      const toTables = comparison.tablesOf(to);
      if (fromTables.length === 0 || toTables.length === 0) continue;
      if (joined(fromTables, toTables, to) || joined(toTables, fromTables, from)) continue;
      report({
        messageId: 'noForeignKey',
        data: {
          from: from.name,
          to: to.name,
          fromTables: tableList(fromTables),
          toTables: tableList(toTables),
        },
        place: relationship.place,
      });
    }
    if (!model.diagramPlace) return;
    for (const table of checks.schema.tables) {
      const holders = comparison.entitiesOf(table).filter((e) => e.inDiagram);
      if (holders.length === 0) continue;
      for (const fk of table.foreignKeys) {
        const target = comparison.table(fk.table);
        const targets = target ? comparison.entitiesOf(target).filter((e) => e.inDiagram) : [];
        const [from] = holders;
        const [to] = targets;
        if (!from || !to) continue;
        // Between two tables of one entity (a document and its list of tags): inside the entity.
        if (target !== table && holders.some((h) => targets.includes(h))) continue;
        if (holders.some((h) => targets.some((t) => related.has(pair(h, t))))) continue;
        report({
          messageId: 'undocumented',
          data: {
            table: table.name,
            columns: fk.columns.join(', '),
            references: `${fk.table}(${fk.references.join(', ')})`,
            from: from.name,
            to: to.name,
          },
          place: model.diagramPlace,
        });
      }
    }
  },
});

/**
 * Whether a table of `holders` has a foreign key to a table of `others`, or a reference column
 * named after one of them or after their entity: `user_id` or `user` for `users`.
 */
function joined(
  holders: readonly DatabaseTable[],
  others: readonly DatabaseTable[],
  other: DocumentedEntity,
): boolean {
  const tables = new Set(others.map((t) => t.name.toLowerCase()));
  const referenceNames = [
    snakeCase(other.name),
    ...others.flatMap((t) => [t.name, ...singularForms(t.name)]),
  ].flatMap((name) => [name, `${name}_id`]);
  return holders.some(
    (holder) =>
      holder.foreignKeys.some((fk) => tables.has(fk.table.toLowerCase())) ||
      referenceNames.some((name) =>
        includesColumn(
          holder.columns.map((c) => c.name),
          name,
        ),
      ),
  );
}
