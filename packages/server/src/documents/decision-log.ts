import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { keysetPage } from '../db/keyset-page.js';
import { type Visibility, visibleDocument } from '../identity/visibility.js';

export interface DecisionLogFilters {
  /** Only what the caller may see (identity/visibility.ts). */
  visibility: Visibility;
  workspace?: string;
  documentStatus?: string;
  limit: number;
  cursor?: string;
}

/**
 * One page of the decision log: the decisions recorded in live documents the caller may see,
 * by document title and then in each document's order, with the cursor of the next page.
 */
export function decisionLog(db: Kysely<Database>, filters: DecisionLogFilters) {
  let query = db
    .selectFrom('decisions')
    .innerJoin('documents', 'documents.id', 'decisions.document_id')
    .innerJoin('workspaces', 'workspaces.id', 'documents.workspace_id')
    .select([
      'decisions.document_id',
      'decisions.position',
      'decisions.decision',
      'decisions.rationale',
      'decisions.trade_offs',
      'decisions.section',
      'documents.title',
      'documents.status as document_status',
      'workspaces.slug',
    ])
    .where('documents.archived_at', 'is', null);
  const visible = visibleDocument(filters.visibility, 'documents');
  if (visible) query = query.where(visible);
  if (filters.workspace) query = query.where('workspaces.slug', '=', filters.workspace);
  if (filters.documentStatus) query = query.where('documents.status', '=', filters.documentStatus);
  return keysetPage(query, {
    keys: [
      { by: 'documents.title', slot: 'string' },
      { by: 'decisions.document_id', slot: 'string' },
      { by: 'decisions.position', slot: 'integer' },
    ],
    direction: 'asc',
    cursor: filters.cursor,
    limit: filters.limit,
    keyOf: (r) => [r.title, r.document_id, r.position],
  });
}
