import { escapeHtml } from '@designdoc/core';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Engine } from '../../db/connect.js';
import type { Database } from '../../db/database.js';
import { type Visibility, visibleDocument } from '../../identity/visibility.js';

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

const START = '\u0002';
const STOP = '\u0003';

/** The words of a query (letters and digits), which the SQLite query quotes one by one. */
export function queryWords(q: string): string[] {
  return q.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function filters(f: SearchFilters): RawBuilder<unknown> {
  const visible = f.visibility ? visibleDocument(f.visibility, 'd') : null;
  return sql`d.archived_at is null
    ${visible ? sql`and ${visible}` : sql``}
    ${f.workspace ? sql`and w.slug = ${f.workspace}` : sql``}
    ${f.status ? sql`and d.status = ${f.status}` : sql``}`;
}

/**
 * Ranked full-text search with each engine's own index: SQLite FTS5 (bm25, title weighted 5:1
 * over body, Porter stemming) and PostgreSQL (websearch_to_tsquery over a weighted tsvector,
 * ts_rank, ts_headline). Every word must match. Returns one more row than the limit when there
 * are more.
 */
export async function searchDocuments(
  db: Kysely<Database>,
  engine: Engine,
  f: SearchFilters,
): Promise<SearchHit[]> {
  if (engine === 'sqlite') {
    const match = queryWords(f.q)
      .map((word) => `"${word}"`)
      .join(' ');
    // Rank every match but make snippets for the page only: snippet() reads and tokenises a
    // document's whole body, which on a common word cost seconds at 100,000 documents. The FTS5
    // entry's rowid is its document row's (see replaceSearchEntry), so the join needs no lookup
    // of the unindexed document_id.
    const page = await sql<Omit<SearchHit, 'snippet'> & { rowid: number }>`
      select d.rowid as rowid, d.id, w.slug as workspace, d.title, d.status, hits.rank
      from (
        select rowid, bm25(search_index, 0.0, 5.0, 1.0) as rank
        from search_index where search_index match ${match}
      ) hits
      join documents d on d.rowid = hits.rowid
      join workspaces w on w.id = d.workspace_id
      where ${filters(f)}
      order by hits.rank, d.id
      limit ${f.limit + 1} offset ${f.offset}`.execute(db);
    if (page.rows.length === 0) return [];
    const snippets = await sql<{ rowid: number; snippet: string }>`
      select rowid, snippet(search_index, 2, ${START}, ${STOP}, '…', 16) as snippet
      from search_index
      where search_index match ${match}
        and rowid in (${sql.join(page.rows.map((row) => row.rowid))})`.execute(db);
    const snippetOf = new Map(snippets.rows.map((row) => [row.rowid, row.snippet]));
    return page.rows.map(({ rowid, ...row }) => ({
      ...row,
      snippet: snippetOf.get(rowid) ?? '',
      rank: -Number(row.rank),
    }));
  }
  const result = await sql<SearchHit>`
    select d.id, w.slug as workspace, d.title, d.status,
      ts_headline('english', s.body, query,
        ${`StartSel=${START}, StopSel=${STOP}, MaxWords=32, MinWords=12, MaxFragments=1`}) as snippet,
      ts_rank(s.vector, query) as rank
    from search_index s
    cross join websearch_to_tsquery('english', ${f.q}) query
    join documents d on d.id = s.document_id
    join workspaces w on w.id = d.workspace_id
    where s.vector @@ query and ${filters(f)}
    order by rank desc, d.id
    limit ${f.limit + 1} offset ${f.offset}`.execute(db);
  return result.rows.map((row) => ({ ...row, rank: Number(row.rank) }));
}

/** A snippet as safe HTML: the text escaped, the matches in <mark>. */
export function snippetHtml(snippet: string): string {
  return escapeHtml(snippet)
    .replaceAll(START, '<mark>')
    .replaceAll(STOP, '</mark>')
    .replace(/\s+/g, ' ')
    .trim();
}
