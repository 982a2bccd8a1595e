import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/database.js';
import {
  filters,
  type PageWindow,
  queryWords,
  type SearchFilters,
  type SearchHit,
  START,
  STOP,
} from './search-query.js';

/**
 * The rows `offset`…`offset + limit` (one more when there is one) of blocks ranked apart: `rows`
 * are the blocks from `firstBlock` on, newest first; each block is sorted best first, then by id.
 */
function pageOfBlocks<T extends { rank: number; id: string }>(
  rows: T[],
  { block, firstBlock, offset, limit }: PageWindow,
): T[] {
  const ordered: T[] = [];
  for (let start = 0; start < rows.length; start += block)
    ordered.push(
      ...rows
        .slice(start, start + block)
        .sort((a, b) => b.rank - a.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    );
  const skip = offset - firstBlock * block;
  return ordered.slice(skip, skip + limit + 1);
}

/**
 * SQLite: the page `w` of FTS5's matches (bm25, the title weighted 5:1 over the body, Porter
 * stemming), ranked in blocks, with snippets; `blocks` blocks from the window's first.
 */
export async function searchSqlite(
  db: Kysely<Database>,
  f: SearchFilters,
  w: PageWindow,
  blocks: number,
): Promise<SearchHit[]> {
  const match = queryWords(f.q)
    .map((word) => `"${word}"`)
    .join(' ');
  // FTS5 yields matches in rowid order without ranking them, the join and filters keep the
  // ones to show, and bm25 runs only for rows past the offset: SQLite evaluates the select
  // list after OFFSET has skipped a row. The FTS5 entry's rowid is its document row's (see
  // replaceSearchEntry), so the join needs no lookup of the unindexed document_id.
  const found = await sql<{ key: number; id: string; rank: number }>`
    select search_index.rowid as key, d.id, -bm25(search_index, 0.0, 5.0, 1.0) as rank
    from search_index
    join documents d on d.rowid = search_index.rowid
    where search_index match ${match} and ${filters(f, 'd')}
    order by search_index.rowid desc
    limit ${blocks * w.block} offset ${w.firstBlock * w.block}`.execute(db);
  const page = pageOfBlocks(found.rows, w);
  if (page.length === 0) return [];
  // What a hit shows, for the page only: snippet() reads and tokenises a document's whole body.
  const shown = await sql<Omit<SearchHit, 'id' | 'rank'> & { key: number }>`
    select search_index.rowid as key, w.slug as workspace, d.title, d.status,
      snippet(search_index, 2, ${START}, ${STOP}, '…', 16) as snippet
    from search_index
    join documents d on d.rowid = search_index.rowid
    join workspaces w on w.id = d.workspace_id
    where search_index match ${match}
      and search_index.rowid in (${sql.join(page.map((row) => row.key))})`.execute(db);
  const shownOf = new Map(shown.rows.map(({ key, ...row }) => [key, row]));
  return page.flatMap(({ key, id, rank }) => {
    const row = shownOf.get(key);
    return row ? [{ id, rank, ...row }] : [];
  });
}
