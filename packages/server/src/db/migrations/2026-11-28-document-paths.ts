import type { Kysely } from 'kysely';

/**
 * Where a document lives in its team's repository (`docs/adr/0001-x.md`), unique per workspace:
 * what `designdoc push` matches files by and `designdoc export` writes back to. Frozen once
 * released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('documents').addColumn('path', 'text').execute();
  await db.schema
    .createIndex('documents_workspace_path')
    .on('documents')
    .columns(['workspace_id', 'path'])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('documents_workspace_path').execute();
  await db.schema.alterTable('documents').dropColumn('path').execute();
}
