import type { Kysely } from 'kysely';
import { engineOf } from '../engine-of.js';

/**
 * Review: who made a document and each version (for "authors may not approve their own
 * document"), which document supersedes it, the status history, review requests and verdicts,
 * each workspace's review policy, and the event outbox that webhooks and live updates are fed
 * from (written in the same transaction as the change it tells of). Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const sqlite = engineOf(db) === 'sqlite';
  const serial = sqlite ? 'integer' : 'bigserial';
  await db.schema.alterTable('documents').addColumn('created_by', 'text').execute();
  await db.schema.alterTable('documents').addColumn('superseded_by', 'text').execute();
  await db.schema.alterTable('versions').addColumn('author_id', 'text').execute();
  await db.schema
    .createTable('status_changes')
    .addColumn('id', serial, (c) => (sqlite ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor', 'text')
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('superseded_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('status_changes_document')
    .on('status_changes')
    .columns(['document_id', 'id'])
    .execute();
  await db.schema
    .createTable('review_requests')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('reviewer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('requested_by', 'text')
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('review_requests_pk', ['document_id', 'reviewer_id'])
    .execute();
  await db.schema
    .createIndex('review_requests_reviewer')
    .on('review_requests')
    .columns(['reviewer_id', 'document_id'])
    .execute();
  await db.schema
    .createTable('reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('reviewer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('dismissed_at', 'text')
    .addColumn('dismissed_reason', 'text')
    .execute();
  await db.schema
    .createIndex('reviews_document')
    .on('reviews')
    .columns(['document_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('review_policies')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey().references('workspaces.id'))
    .addColumn('required_approvals', 'integer', (c) => c.notNull())
    .addColumn('required_reviewers', 'text', (c) => c.notNull())
    .addColumn('allow_self_approval', 'integer', (c) => c.notNull())
    .addColumn('block_on_errors', 'integer', (c) => c.notNull())
    .addColumn('block_on_open_questions', 'integer', (c) => c.notNull())
    .addColumn('dismiss_stale_approvals', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('events')
    .addColumn('seq', serial, (c) => (sqlite ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text')
    .addColumn('restricted', 'integer', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('dispatched_at', 'text')
    .execute();
  await db.schema
    .createIndex('events_workspace')
    .on('events')
    .columns(['workspace_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('events_document')
    .on('events')
    .columns(['document_id', 'seq'])
    .execute();
  // The outbox's queue: what no dispatcher has fanned out yet (a short list, read often).
  await db.schema
    .createIndex('events_undispatched')
    .on('events')
    .columns(['dispatched_at', 'seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['events', 'review_policies', 'reviews', 'review_requests', 'status_changes'])
    await db.schema.dropTable(table).execute();
  await db.schema.alterTable('versions').dropColumn('author_id').execute();
  await db.schema.alterTable('documents').dropColumn('superseded_by').execute();
  await db.schema.alterTable('documents').dropColumn('created_by').execute();
}
