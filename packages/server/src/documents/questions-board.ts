import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { keysetPage } from '../db/keyset-page.js';
import { type Visibility, visibleDocument } from '../identity/visibility.js';

export interface QuestionsBoardFilters {
  /** Only what the caller may see (identity/visibility.ts). */
  visibility: Visibility;
  /**
   * Questions in any of these: `open`, `in-progress`, `resolved`, `none` (no status) and
   * `unresolved` (all but resolved); absent: every question.
   */
  statuses?: string[];
  workspace?: string;
  documentStatus?: string;
  /** Only questions first seen at least this many days ago. */
  olderThanDays?: number;
  limit: number;
  cursor?: string;
}

/**
 * One page of the open questions board: the questions of live documents the caller may see, the
 * longest-standing first (by when each was first seen, which saves keep while its text stays),
 * with each question's document, and the cursor of the next page.
 */
export function questionsBoard(db: Kysely<Database>, filters: QuestionsBoardFilters) {
  let query = db
    .selectFrom('questions')
    .innerJoin('documents', 'documents.id', 'questions.document_id')
    .innerJoin('workspaces', 'workspaces.id', 'documents.workspace_id')
    .select([
      'questions.document_id',
      'questions.position',
      'questions.text',
      'questions.status',
      'questions.note',
      'questions.section',
      'questions.first_seen_at',
      'documents.title',
      'documents.status as document_status',
      'workspaces.slug',
    ])
    .where('documents.archived_at', 'is', null);
  const visible = visibleDocument(filters.visibility, 'documents');
  if (visible) query = query.where(visible);
  if (filters.workspace) query = query.where('workspaces.slug', '=', filters.workspace);
  if (filters.documentStatus) query = query.where('documents.status', '=', filters.documentStatus);
  if (filters.olderThanDays !== undefined)
    query = query.where(
      'questions.first_seen_at',
      '<=',
      new Date(Date.now() - filters.olderThanDays * 86_400_000).toISOString(),
    );
  if (filters.statuses) {
    const wanted = new Set(filters.statuses);
    query = query.where((eb) => {
      const ors = [];
      const named = ['Open', 'In Progress', 'Resolved'].filter((s) =>
        wanted.has(s.toLowerCase().replace(' ', '-')),
      );
      if (named.length > 0) ors.push(eb('questions.status', 'in', named));
      if (wanted.has('none')) ors.push(eb('questions.status', 'is', null));
      if (wanted.has('unresolved'))
        ors.push(
          eb.or([eb('questions.status', 'is', null), eb('questions.status', '!=', 'Resolved')]),
        );
      return eb.or(ors);
    });
  }
  return keysetPage(query, {
    keys: [
      { by: 'questions.first_seen_at', slot: 'string' },
      { by: 'questions.document_id', slot: 'string' },
      { by: 'questions.position', slot: 'integer' },
    ],
    direction: 'asc',
    cursor: filters.cursor,
    limit: filters.limit,
    keyOf: (r) => [r.first_seen_at, r.document_id, r.position],
  });
}
