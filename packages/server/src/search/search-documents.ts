import { escapeHtml } from '@designdoc/core';
import type { Kysely } from 'kysely';
import type { Engine } from '../db/connect.js';
import type { Database } from '../db/database.js';
import { searchPostgres } from './search-postgres.js';
import { RANK_BLOCK, type SearchFilters, type SearchHit, START, STOP } from './search-query.js';
import { searchSqlite } from './search-sqlite.js';

/**
 * Ranked full-text search with each engine's own index: SQLite FTS5 (bm25, title weighted 5:1
 * over body, Porter stemming) and PostgreSQL (websearch_to_tsquery over a weighted tsvector,
 * ts_rank, ts_headline). Every word must match. Matches are ranked in blocks of `block` (see
 * RANK_BLOCK), snippets made for the page only. Returns one more row than the limit when there
 * are more. `dateScan` (PostgreSQL, tests) walks that many of the newest rows by date for the
 * first blocks instead of asking the planner whether to (rowsToScanByDate). Once `signal`
 * aborts (the client has gone), SQLite makes no more snippets: what it returns then is for no
 * one.
 */
export async function searchDocuments(
  db: Kysely<Database>,
  engine: Engine,
  f: SearchFilters,
  {
    block = RANK_BLOCK,
    dateScan,
    signal,
  }: { block?: number; dateScan?: number; signal?: AbortSignal } = {},
): Promise<SearchHit[]> {
  const firstBlock = Math.floor(f.offset / block);
  const blocks = Math.floor((f.offset + f.limit) / block) - firstBlock + 1;
  const window = { block, firstBlock, offset: f.offset, limit: f.limit };
  return engine === 'sqlite'
    ? searchSqlite(db, f, window, blocks, signal)
    : searchPostgres(db, f, window, blocks, dateScan);
}

/** A snippet as safe HTML: the text escaped, the matches in <mark>. */
export function snippetHtml(snippet: string): string {
  return escapeHtml(snippet)
    .replaceAll(START, '<mark>')
    .replaceAll(STOP, '</mark>')
    .replace(/\s+/g, ' ')
    .trim();
}
