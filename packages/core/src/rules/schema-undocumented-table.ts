import { compareWithSchema } from '../checks/schema-comparison.js';
import { defineRule } from '../lint/rule.js';
import { nameMatcher } from '../model/entity-names.js';

/**
 * The bookkeeping tables of migration tools and of the database itself, which no design
 * document describes: Kysely, Knex, Rails, Prisma, Flyway, Alembic, goose, Drizzle, Diesel,
 * Sequelize, TypeORM; SQLite's own.
 */
const BOOKKEEPING_TABLES = [
  'kysely_migration*',
  'knex_migrations*',
  'schema_migrations',
  'ar_internal_metadata',
  '_prisma_migrations',
  'flyway_schema_history',
  'alembic_version',
  'goose_db_version',
  '__drizzle_migrations',
  '__diesel_schema_migrations',
  'SequelizeMeta',
  'typeorm_metadata',
  'sqlite_*',
];

/**
 * Every table of the database is one the Data Model names (`check-schema`): as an entity's
 * table ("(table `x`)") or by an entity's name. Reported at the Key Entities heading (where the
 * entity is to be added), else the Data Model's. A document with no entity at all gets one
 * finding at its title (or first line) instead of one per table. Checking several documents in
 * one run, a table any of them names is documented, and the tables none names are reported
 * once, in the first document with a Data Model.
 */
export const schemaUndocumentedTable = defineRule({
  meta: {
    id: 'schema-undocumented-table',
    description: 'Each table of the database is an entity of the Data Model (check-schema).',
    defaultSeverity: 'warning',
    fixable: false,
    check: 'schema',
    messages: {
      undocumented: 'Table “{{table}}” is in the schema, but no entity of the Data Model names it',
      noDataModel: 'The document describes no entity, and the schema has {{count}} tables',
    },
    optionsSchema: {
      type: 'object',
      properties: {
        ignore: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Tables that need no entity, as names or globs (`*`, `?`); given, it replaces the default list of migration tools’ tables.',
        },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { ignore: BOOKKEEPING_TABLES },
  check({ doc, checks, options, report }) {
    const { schema } = checks;
    if (!schema || schema.elsewhere?.reportsUndocumented) return;
    const comparison = compareWithSchema(doc, schema);
    const ignored = nameMatcher(options.ignore);
    const elsewhere = new Set(schema.elsewhere?.documentedTables.map((name) => name.toLowerCase()));
    const tables = schema.tables.filter(
      (t) => !ignored(t.name) && !elsewhere.has(t.name.toLowerCase()),
    );
    const { model } = comparison;
    if (model.entities.length === 0 || !model.place) {
      if (tables.length > 0)
        report({
          messageId: 'noDataModel',
          data: { count: tables.length },
          place: doc.outline.title?.place ?? doc.lines.lines(1, 1),
        });
      return;
    }
    for (const table of tables)
      if (comparison.entitiesOf(table).length === 0)
        report({ messageId: 'undocumented', data: { table: table.name }, place: model.place });
  },
});
