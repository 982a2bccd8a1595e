import type { Kysely } from 'kysely';

/**
 * Confidential documents: a document can be restricted to named users and groups (and admins).
 * Groups of users; each restricted document's grants by principal (`user:<id>` or
 * `group:<id>`). Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('documents')
    .addColumn('restricted', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('group_members')
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('group_members_pk', ['group_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('group_members_user')
    .on('group_members')
    .columns(['user_id', 'group_id'])
    .execute();
  await db.schema
    .createTable('document_grants')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('principal', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_grants_pk', ['document_id', 'principal'])
    .execute();
  await db.schema
    .createIndex('document_grants_principal')
    .on('document_grants')
    .columns(['principal', 'document_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['document_grants', 'group_members', 'groups'])
    await db.schema.dropTable(table).execute();
  await db.schema.alterTable('documents').dropColumn('restricted').execute();
}
