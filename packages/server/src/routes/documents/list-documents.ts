import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { nonEmpty } from '../../identity/memberships.js';
import { decodeCursor, keysetAfter, pageOf } from '../cursor.js';
import type { DocumentRow } from './repo.js';

export interface ListFilters {
  workspace?: string;
  path?: string;
  status?: string;
  tag?: string;
  author?: string;
  template?: string;
  hasErrors?: boolean;
  updatedSince?: string;
  sort: 'updated' | '-updated' | 'title' | '-title';
  limit: number;
  cursor?: string;
  /** Only these workspaces (the caller's); null or absent: all. */
  workspaceIds?: string[] | null;
}

const SORT_COLUMN = { updated: 'updated_at', title: 'title' } as const;

/**
 * One page of live (not archived) documents matching the filters, in a stable order (the sort
 * key, then id), with the cursor of the next page when there is one. Keyset pagination: a page
 * costs the same wherever it is, and rows saved meanwhile neither repeat nor vanish.
 */
export async function listDocuments(
  db: Kysely<Database>,
  filters: ListFilters,
): Promise<{ rows: (DocumentRow & { workspace: string })[]; next: string | null }> {
  const descending = filters.sort.startsWith('-');
  const column = SORT_COLUMN[filters.sort.replace('-', '') as 'updated' | 'title'];
  const direction = descending ? 'desc' : 'asc';
  let query = db
    .selectFrom('documents')
    .innerJoin('workspaces', 'workspaces.id', 'documents.workspace_id')
    .selectAll('documents')
    .select('workspaces.slug as workspace')
    .where('documents.archived_at', 'is', null);
  if (filters.workspaceIds)
    query = query.where('documents.workspace_id', 'in', nonEmpty(filters.workspaceIds));
  if (filters.workspace) query = query.where('workspaces.slug', '=', filters.workspace);
  if (filters.path) query = query.where('documents.path', '=', filters.path);
  if (filters.status) query = query.where('documents.status', '=', filters.status);
  if (filters.template) query = query.where('documents.template', '=', filters.template);
  if (filters.hasErrors !== undefined)
    query = query.where('documents.error_count', filters.hasErrors ? '>' : '=', 0);
  if (filters.updatedSince) query = query.where('documents.updated_at', '>=', filters.updatedSince);
  if (filters.tag) {
    const tag = filters.tag;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('document_tags')
          .select('tag')
          .whereRef('document_tags.document_id', '=', 'documents.id')
          .where('tag', '=', tag),
      ),
    );
  }
  if (filters.author) {
    const author = filters.author;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('document_authors')
          .select('author')
          .whereRef('document_authors.document_id', '=', 'documents.id')
          .where('author', '=', author),
      ),
    );
  }
  if (filters.cursor)
    query = query.where(
      keysetAfter(
        [`documents.${column}`, 'documents.id'],
        decodeCursor(filters.cursor, 2),
        descending ? '<' : '>',
      ),
    );
  const rows = await query
    .orderBy(`documents.${column}`, direction)
    .orderBy('documents.id', direction)
    .limit(filters.limit + 1)
    .execute();
  const { shown, next } = pageOf(rows, filters.limit, (row) => [row[column], row.id]);
  return { rows: shown, next };
}
