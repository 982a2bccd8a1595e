import { type Kysely, sql } from 'kysely';
import { engineOf } from '../engine-of.js';

/**
 * Check runs: what CI reported when it compared a version of a document with the system it
 * describes (`designdoc check-api`, `check-schema`): the check's name, passed or failed, its
 * counts and diagnostics, the commit and CI job. And the checks a workspace's review policy
 * requires to have passed before a document is approved. Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const sqlite = engineOf(db) === 'sqlite';
  await db.schema
    .createTable('check_runs')
    // Order of reporting: runs reported in the same millisecond still read back in order.
    .addColumn('seq', sqlite ? 'integer' : 'bigserial', (c) =>
      sqlite ? c.primaryKey().autoIncrement() : c.primaryKey(),
    )
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('error_count', 'integer', (c) => c.notNull())
    .addColumn('warning_count', 'integer', (c) => c.notNull())
    .addColumn('diagnostics', 'text', (c) => c.notNull())
    .addColumn('commit', 'text')
    .addColumn('url', 'text')
    .addColumn('reported_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // A document's runs, newest first.
  await db.schema
    .createIndex('check_runs_document')
    .on('check_runs')
    .columns(['document_id', 'seq'])
    .execute();
  // The newest run of each name on a version: the review policy's gate and the `latest` view.
  await db.schema
    .createIndex('check_runs_version')
    .on('check_runs')
    .columns(['document_id', 'version', 'name', 'seq'])
    .execute();
  await db.schema
    .alterTable('review_policies')
    .addColumn('required_checks', 'text', (c) => c.notNull().defaultTo(sql`'[]'`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('review_policies').dropColumn('required_checks').execute();
  await db.schema.dropTable('check_runs').execute();
}
