import { setImmediate } from 'node:timers/promises';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.js';
import {
  filters,
  type PageWindow,
  queryWords,
  type SearchFilters,
  type SearchHit,
} from './search-query.js';
import { sqliteSnippet } from './sqlite-snippet.js';

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
 * How many matches one statement ranks. bm25 reads every place a match holds a query word
 * (~0.35 ms for one word 40,000 times, ~40 ms for 160 words in 5 MB): a block of 1,000 such
 * matches ranked at once held the event loop up to seconds; between statements other requests
 * get it.
 */
const RANK_CHUNK = 25;

/** A match of the FTS5 query, with its bm25 rank. */
interface RankedRow {
  key: number;
  id: string;
  rank: number;
}

/**
 * SQLite: the page `w` of FTS5's matches (bm25, the title weighted 5:1 over the body, Porter
 * stemming), ranked in blocks, with snippets (sqliteSnippet); `blocks` blocks from the window's
 * first. Stops once `signal` aborts (the client has gone).
 */
export async function searchSqlite(
  db: Kysely<Database>,
  f: SearchFilters,
  w: PageWindow,
  blocks: number,
  signal?: AbortSignal,
): Promise<SearchHit[]> {
  const match = queryWords(f.q)
    .map((word) => `"${word}"`)
    .join(' ');
  // FTS5 yields matches in rowid order without ranking them, the join and filters keep the
  // ones to show, and bm25 runs only for rows past the offset: SQLite evaluates the select
  // list after OFFSET has skipped a row. The FTS5 entry's rowid is its document row's (see
  // replaceSearchEntry), so the join needs no lookup of the unindexed document_id. The blocks
  // are ranked RANK_CHUNK rows a statement, each going on below the last one's rowid.
  const found: RankedRow[] = [];
  const wanted = blocks * w.block;
  while (found.length < wanted && !signal?.aborted) {
    const below = found.at(-1)?.key;
    const count = Math.min(RANK_CHUNK, wanted - found.length);
    const chunk = await sql<RankedRow>`
      select search_index.rowid as key, d.id, -bm25(search_index, 0.0, 5.0, 1.0) as rank
      from search_index
      join documents d on d.rowid = search_index.rowid
      where search_index match ${match} and ${filters(f, 'd')}
        ${below === undefined ? sql`` : sql`and search_index.rowid < ${below}`}
      order by search_index.rowid desc
      limit ${count} offset ${below === undefined ? w.firstBlock * w.block : 0}`.execute(db);
    found.push(...chunk.rows);
    if (chunk.rows.length < count) break;
    await setImmediate();
  }
  const page = pageOfBlocks(found, w);
  const hits: SearchHit[] = [];
  // What a hit shows, for the page only, one hit at a time: a body may be megabytes, and
  // between hits other requests get the event loop (better-sqlite3 runs queries on it).
  for (const { key, id, rank } of page) {
    if (signal?.aborted) break;
    const shown = await sql<Omit<SearchHit, 'id' | 'rank' | 'snippet'> & { body: string }>`
      select w.slug as workspace, d.title, d.status, search_index.body
      from search_index
      join documents d on d.rowid = search_index.rowid
      join workspaces w on w.id = d.workspace_id
      where search_index.rowid = ${key}`.execute(db);
    const row = shown.rows[0];
    if (!row) continue;
    const { body, ...rest } = row;
    hits.push({ id, rank, ...rest, snippet: sqliteSnippet(body, f.q) });
    await setImmediate();
  }
  return hits;
}
