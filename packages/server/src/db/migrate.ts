import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Database } from './database.js';
import * as documents from './migrations/2026-11-26-documents.js';
import * as dashboardsSearch from './migrations/2026-11-27-dashboards-search.js';
import * as documentPaths from './migrations/2026-11-28-document-paths.js';
import * as templates from './migrations/2026-11-29-templates.js';
import * as listIndexes from './migrations/2026-11-30-list-indexes.js';
import * as identity from './migrations/2026-12-01-identity.js';
import * as confidential from './migrations/2026-12-03-confidential.js';
import * as oidc from './migrations/2026-12-04-oidc.js';
import * as derivedHashes from './migrations/2026-12-05-derived-hashes.js';
import * as review from './migrations/2026-12-06-review.js';
import * as comments from './migrations/2026-12-07-comments.js';
import * as webhooks from './migrations/2026-12-08-webhooks.js';
import * as searchFilters from './migrations/2026-12-09-search-filters.js';
import * as searchRecency from './migrations/2026-12-10-search-recency.js';
import * as checkRuns from './migrations/2026-12-11-check-runs.js';
import * as searchScriptTags from './migrations/2026-12-12-search-script-tags.js';

/** Every migration, by name, in order. Listed in code (not read from a folder) so bundles keep them. */
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-26-documents': documents,
  '2026-11-27-dashboards-search': dashboardsSearch,
  '2026-11-28-document-paths': documentPaths,
  '2026-11-29-templates': templates,
  '2026-11-30-list-indexes': listIndexes,
  '2026-12-01-identity': identity,
  '2026-12-03-confidential': confidential,
  '2026-12-04-oidc': oidc,
  '2026-12-05-derived-hashes': derivedHashes,
  '2026-12-06-review': review,
  '2026-12-07-comments': comments,
  '2026-12-08-webhooks': webhooks,
  '2026-12-09-search-filters': searchFilters,
  '2026-12-10-search-recency': searchRecency,
  '2026-12-11-check-runs': checkRuns,
  '2026-12-12-search-script-tags': searchScriptTags,
};

/** The migrations' names, in the order they apply. */
export const MIGRATION_NAMES = Object.keys(MIGRATIONS);

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Bring the schema to the latest migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${(error as Error).message}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Bring the schema to the migration named `name` (and no further): for tests of what a migration
 * does to a database holding rows written before it. Throws like migrateToLatest.
 */
export async function migrateTo(db: Kysely<Database>, name: string): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateTo(name);
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${(error as Error).message}`);
  }
}

/** Whether every migration has been applied (for /readyz). */
export async function isMigrated(db: Kysely<Database>): Promise<boolean> {
  const migrations = await new Migrator({ db, provider }).getMigrations();
  return migrations.every((m) => m.executedAt !== undefined);
}
