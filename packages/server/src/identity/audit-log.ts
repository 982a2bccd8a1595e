import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { keysetPage } from '../db/keyset-page.js';

/** Which entries of the audit log to read; times are ISO strings, as the rows hold them. */
export interface AuditLogFilters {
  action?: string;
  /** A username, matched as stored (lower case). */
  actor?: string;
  target?: string;
  /** A workspace's slug. */
  workspace?: string;
  since?: string;
  until?: string;
  limit: number;
  cursor?: string;
}

/**
 * One page of the audit log, newest first, each row with its workspace's slug, and the cursor
 * of the next page. The id alone orders it: ids grow with each append and nothing rewrites a row.
 */
export function listAuditLog(db: Kysely<Database>, filters: AuditLogFilters) {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('workspaces', 'workspaces.id', 'audit_log.workspace_id')
    .selectAll('audit_log')
    .select('workspaces.slug as workspace');
  if (filters.action) query = query.where('audit_log.action', '=', filters.action);
  if (filters.actor) query = query.where('audit_log.actor', '=', filters.actor.toLowerCase());
  if (filters.target) query = query.where('audit_log.target_id', '=', filters.target);
  if (filters.workspace) query = query.where('workspaces.slug', '=', filters.workspace);
  if (filters.since) query = query.where('audit_log.at', '>=', filters.since);
  if (filters.until) query = query.where('audit_log.at', '<', filters.until);
  return keysetPage(query, {
    keys: [{ by: 'audit_log.id', slot: 'integer' }],
    direction: 'desc',
    cursor: filters.cursor,
    limit: filters.limit,
    keyOf: (row) => [Number(row.id)],
  });
}
