import type { Kysely } from 'kysely';

/**
 * Hashes of what a save derives from the head version: `rows_hash` covers the authors, tags,
 * open questions and decisions rows, `search_hash` the full-text entry. A save whose hash is
 * unchanged leaves those rows as they are instead of deleting and rewriting them. Null (rows
 * written before this migration) never matches, so the next save rewrites them. Frozen once
 * released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('documents').addColumn('rows_hash', 'text').execute();
  await db.schema.alterTable('documents').addColumn('search_hash', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('documents').dropColumn('search_hash').execute();
  await db.schema.alterTable('documents').dropColumn('rows_hash').execute();
}
