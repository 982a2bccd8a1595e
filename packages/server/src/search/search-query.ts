// What a search asks for and gets, whichever engine answers it: the filters, the page of ranked
// blocks, and the hits.
import { type RawBuilder, sql } from 'kysely';
import { type Visibility, visibleDocument } from '../identity/visibility.js';

export interface SearchFilters {
  q: string;
  workspace?: string;
  status?: string;
  limit: number;
  offset: number;
  /** Only what the caller may see (identity/visibility.ts); absent: everything. */
  visibility?: Visibility;
}

export interface SearchHit {
  id: string;
  workspace: string;
  title: string;
  status: string;
  /** Plain text around the matches, with each match between \u0002 and \u0003. */
  snippet: string;
  rank: number;
}

/** Where a snippet's match starts and stops (ASCII control characters no text holds). */
export const START = '\u0002';
export const STOP = '\u0003';

/** The words of a query (letters and digits), which the SQLite query quotes one by one. */
export function queryWords(q: string): string[] {
  return q.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/**
 * The filters on the row `ref`: a documents row (`d`), or on PostgreSQL a search_index row
 * (`s`, its id in `document_id`), which holds a copy of the columns filtered on.
 */
export function filters(f: SearchFilters, ref: 'd' | 's'): RawBuilder<unknown> {
  const column = (name: string) => sql.ref(`${ref}.${name}`);
  const visible = f.visibility
    ? visibleDocument(f.visibility, ref, ref === 's' ? 'document_id' : 'id')
    : null;
  return sql`${column('archived_at')} is null
    ${visible ? sql`and ${visible}` : sql``}
    ${f.workspace ? sql`and ${column('workspace_id')} = (select id from workspaces where slug = ${f.workspace})` : sql``}
    ${f.status ? sql`and ${column('status')} = ${f.status}` : sql``}`;
}

/**
 * How many matches are ranked together. Ranking every match (bm25, ts_rank) cost seconds for a
 * word in 10,000 of 100,000 documents, so matches are ranked in blocks of this many, newest
 * stored first: the first block holds the newest `RANK_BLOCK` matches that pass the filters, best
 * first; the next block the next ones; and so on. Up to this many matches the order is the exact
 * ranking. A page costs its offset in cheap index steps plus ranking one or two blocks.
 */
export const RANK_BLOCK = 1000;

/** Which rows of the ranked blocks a page shows (see searchDocuments). */
export interface PageWindow {
  block: number;
  firstBlock: number;
  offset: number;
  limit: number;
}
