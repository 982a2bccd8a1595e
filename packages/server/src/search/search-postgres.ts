import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../db/database.js';
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
 * How much of a body PostgreSQL's ts_headline reads (characters), and how far before the match
 * the window starts: a snippet is 12–32 words, so 1,000 characters leave it room either side.
 */
const HEADLINE_WINDOW = 1000;
const HEADLINE_LEAD = 100;

/**
 * What bounds a snippet's work whatever a body holds: how many of the query's lexemes are looked
 * for (strpos reads the whole body for each), and how many characters from the first place one
 * appears the regular expressions read (to_tsvector of each run of them to find one that stems
 * to a lexeme costs ~14 µs: 40,000 runs of "zebrafish" before the one "zebra" took 0.55 s).
 */
const LOCATED_LEXEMES = 16;
const SCAN = 65_536;

/** A ranked PostgreSQL match. */
type PostgresRow = Omit<SearchHit, 'snippet'>;

/**
 * PostgreSQL: the page `w` of the matches (websearch_to_tsquery over a weighted tsvector,
 * ts_rank), ranked in blocks, with ts_headline snippets; `blocks` blocks from the window's first.
 * `dateScan` (tests) walks that many of the newest rows by date for the first blocks instead of
 * asking the planner whether to (rowsToScanByDate).
 */
export async function searchPostgres(
  db: Kysely<Database>,
  f: SearchFilters,
  w: PageWindow,
  blocks: number,
  dateScan?: number,
): Promise<SearchHit[]> {
  const wanted = blocks * w.block;
  const scan = w.firstBlock === 0 ? (dateScan ?? (await rowsToScanByDate(db, f, wanted))) : null;
  const page = (
    (scan === null ? null : await pageByDate(db, f, w, wanted, scan)) ??
    (await pageByIndex(db, f, w, wanted))
  ).map(({ id, workspace, title, status, rank }) => ({
    id,
    workspace,
    title,
    status,
    rank: Number(rank),
  }));
  if (page.length === 0) return [];
  const snippetOf = await snippets(
    db,
    f.q,
    page.map((row) => row.id),
  );
  return page.map((row) => ({ ...row, snippet: snippetOf.get(row.id) ?? '' }));
}

/** The snippet of each of the documents `ids` for the query `q`, by document id. */
async function snippets(
  db: Kysely<Database>,
  q: string,
  ids: string[],
): Promise<Map<string, string>> {
  // ts_headline parses the whole text it is given: ~3 ms for a 10 KB body, most of a search's
  // time. So it is given a window of HEADLINE_WINDOW characters from just before the first place
  // one of the query's lexemes appears in the body (a substring: "data" inside "metadata" too);
  // when that window holds no match, a window at the first place a lexeme starts a word (a
  // regular expression, run only then); then at the first such word that stems to a lexeme
  // ("data", not "database") outside a URL (every run of non-space characters ending in such a
  // word, and to_tsvector of each run in turn until one yields a lexeme); for a query of several
  // words, which highlights only where all of them are near (elsewhere ts_headline shows its
  // text's first words unmarked), that window again with any of the words highlighted, as
  // SQLite's snippet does; else the body's first HEADLINE_WINDOW characters, unmarked.
  // Bounded whatever the body holds: the whole body is read once by lower() and strpos (for at
  // most LOCATED_LEXEMES lexemes); the regular expressions read only SCAN characters from the
  // first place, as PostgreSQL's regexp_instr finds every match before it picks one (1.4 s on
  // a word 800,000 times); ts_headline reads only a window (on a whole body, its cover search
  // grew with the square of a word's repeats: 0.44 s for 40,000).
  const options = `StartSel=${START}, StopSel=${STOP}, MaxWords=32, MinWords=12, MaxFragments=1`;
  const headline = (from: RawBuilder<unknown>, query = sql`q.query`) =>
    sql`ts_headline('english',
      substr(s.body, greatest(1, ${from} - ${HEADLINE_LEAD}), ${HEADLINE_WINDOW}), ${query}, ${options})`;
  const highlighted = (h: RawBuilder<unknown>, where = sql`true`) =>
    sql`(select h from (select ${h} as h where ${where}) found where strpos(h, ${START}) > 0)`;
  const headlines = await sql<{ id: string; snippet: string }>`
    with words as (
      select websearch_to_tsquery('english', ${q}) as query,
        websearch_to_tsquery('english', ${queryWords(q).join(' or ')}) as any_word,
        array_agg(lexeme) filter (where n <= ${LOCATED_LEXEMES}) as lexemes,
        ${'\\m((?:'} || string_agg(regexp_replace(lexeme, '([^[:alnum:]_])', ${'\\\\\\1'}, 'g'), '|')
          filter (where n <= ${LOCATED_LEXEMES}) || ')[[:alnum:]_]*)' as word_start
      from unnest(tsvector_to_array(to_tsvector('english', ${q}))) with ordinality lexeme(lexeme, n)
    ),
    q as (
      select words.*, '([^[:space:]]*' || word_start || ')' as run_to_word from words
    )
    select s.document_id as id, coalesce(
        ${highlighted(headline(sql`first.at`))},
        ${highlighted(headline(sql`scan.at - 1 + regexp_instr(scan.text, q.word_start, 1, 1, 0, 'i')`))},
        -- offset 0: computed once, not folded into each use.
        (select coalesce(
            ${highlighted(headline(sql`stem.at`))},
            ${highlighted(headline(sql`stem.at`, sql`q.any_word`), sql`cardinality(q.lexemes) > 1`)})
          from (select scan.at - 1 + (
            select regexp_instr(scan.text, q.run_to_word, 1, run.n::integer, 0, 'i', 2)
            from regexp_matches(scan.text, q.run_to_word, 'gi') with ordinality run(text, n)
            where tsvector_to_array(to_tsvector('english', run.text[1])) && q.lexemes
            limit 1) as at offset 0) stem),
        ts_headline('english', substr(s.body, 1, ${HEADLINE_WINDOW}), q.query, ${options})) as snippet
    from search_index s cross join q
      cross join lateral (select coalesce((
          select min(at)
          from (select lower(s.body) as body offset 0) lowered,
            unnest(q.lexemes) lexeme, strpos(lowered.body, lexeme) at
          where at > 0), 1) as at offset 0) first
      -- From the character before: a word start is told by the character before it.
      cross join lateral (select greatest(1, first.at - 1) as at offset 0) scan_start
      cross join lateral (
        select scan_start.at, substr(s.body, scan_start.at, ${SCAN}) as text offset 0) scan
    where s.document_id in (${sql.join(ids)})`.execute(db);
  return new Map(headlines.rows.map((row) => [row.id, row.snippet]));
}

/**
 * How many times the cost of a match found through GIN (a bitmap heap scan visits its row to
 * filter and order it, ~0.85 µs) checking one row's tsvector costs when walking rows by date
 * (~6 µs: the vector is out of line in TOAST). Measured at 100,000 documents (bench/README.md).
 */
const DATE_WALK_COST = 7;

/**
 * PostgreSQL: how many of the newest rows that pass the filters to walk by date (the
 * search_index_recent index), checking each one's vector, to find the newest `wanted` matches;
 * null when finding every match through GIN and sorting them by date costs less. The planner's
 * estimates decide (one EXPLAIN, no execution): a word in most documents has its newest
 * 1,000 matches among the newest ~1,500 rows, where GIN would hand over 60,000 matches to sort.
 */
export async function rowsToScanByDate(
  db: Kysely<Database>,
  f: SearchFilters,
  wanted: number,
): Promise<number | null> {
  const explained = await sql<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>`explain (format json)
    select 1 from search_index s
      where ${filters(f, 's')} and s.vector @@ websearch_to_tsquery('english', ${f.q})
    union all
    select 1 from search_index s where ${filters(f, 's')}`.execute(db);
  const plan = explained.rows[0]?.['QUERY PLAN'][0].Plan;
  const [matches, rows] = (plan?.Plans ?? [])
    .filter((node) => node['Parent Relationship'] === 'Member')
    .map((node) => node['Plan Rows']);
  if (!matches || !rows) return null;
  const share = Math.min(1, matches / rows);
  if (DATE_WALK_COST * (wanted / share) >= matches) return null;
  // Room for the estimate to be off by a half before falling back to GIN.
  return Math.ceil((1.5 * wanted) / share);
}

interface PlanNode {
  'Plan Rows': number;
  'Parent Relationship'?: string;
  Plans?: PlanNode[];
}

/**
 * PostgreSQL: the page of `ranked` (matches of the blocks from the window's first block on, with
 * `created_at` and their rank), each block sorted best first then by id, as pageOfBlocks does:
 * in the database, so that only the page's rows reach the process (1,000 rows a search made
 * 15 MB/s of garbage at 50 searches/s and the heap grew past 250 MB before V8 collected it).
 * `ranked` is how many matches the blocks hold.
 */
function pageOfRanked(ranked: RawBuilder<unknown>, w: PageWindow): RawBuilder<RankedPageRow> {
  return sql<RankedPageRow>`
    select id, workspace, title, status, rank, count(*) over () as ranked
    from (
      select r.*, (row_number() over (order by r.created_at desc, r.id desc) - 1) / ${w.block} as block
      from (${ranked}) r
    ) numbered
    order by block, rank desc, id collate "C"
    limit ${w.limit + 1} offset ${w.offset - w.firstBlock * w.block}`;
}

type RankedPageRow = PostgresRow & { ranked: string };

/**
 * PostgreSQL: the page (see pageOfRanked) of the newest `wanted` matches that pass the filters,
 * found by walking at most the `scan` newest rows that pass them by date and checking each one's
 * vector; null when those rows held fewer (the caller then asks GIN, which also answers when
 * every row was walked).
 */
async function pageByDate(
  db: Kysely<Database>,
  f: SearchFilters,
  w: PageWindow,
  wanted: number,
  scan: number,
): Promise<PostgresRow[] | null> {
  // The inner LIMIT keeps the vector check out of the walk (the planner cannot push it into GIN)
  // and the walk in date order, so the outer LIMIT stops it at the `wanted`th match; ts_rank
  // runs on those only.
  const found = await sql<RankedPageRow>`
    with query as (select websearch_to_tsquery('english', ${f.q}) as query)
    ${pageOfRanked(
      sql`select r.document_id as id, w.slug as workspace, r.title,
        r.status, r.created_at, ts_rank(r.vector, (select query from query)) as rank
      from (
        select * from (
          select s.document_id, s.created_at, s.title, s.status, s.workspace_id, s.vector
          from search_index s
          where ${filters(f, 's')}
          order by s.created_at desc, s.document_id desc
          limit ${scan}
        ) newest
        where newest.vector @@ (select query from query)
        order by newest.created_at desc, newest.document_id desc
        limit ${wanted}
      ) r
      join workspaces w on w.id = r.workspace_id`,
      w,
    )}`.execute(db);
  // A complete walk fills every block, so the page is never empty then.
  return Number(found.rows[0]?.ranked) === wanted ? found.rows : null;
}

/**
 * PostgreSQL: the page (see pageOfRanked) of the `wanted` matches after the window's first
 * block's start that pass the filters. GIN finds every match unordered. search_index holds a
 * copy of the document columns the filters and the order read (migration
 * 2026-12-09-search-filters), so the matches are filtered and their dates top-N sorted from
 * search_index's own rows, never `documents`; ts_rank reads a match's whole tsvector, so it runs
 * only on the blocks' rows.
 */
async function pageByIndex(
  db: Kysely<Database>,
  f: SearchFilters,
  w: PageWindow,
  wanted: number,
): Promise<PostgresRow[]> {
  // The query is a subquery's value, which the planner cannot see: it always plans GIN here.
  const found = await sql<RankedPageRow>`
    with query as (select websearch_to_tsquery('english', ${f.q}) as query),
    matching as (
      select s.document_id, s.created_at
      from search_index s
      where s.vector @@ (select query from query) and ${filters(f, 's')}
      order by s.created_at desc, s.document_id desc
      limit ${wanted} offset ${w.firstBlock * w.block}
    )
    ${pageOfRanked(
      sql`select m.document_id as id, w.slug as workspace, s.title,
        s.status, m.created_at, ts_rank(s.vector, (select query from query)) as rank
      from matching m
      join search_index s on s.document_id = m.document_id
      join workspaces w on w.id = s.workspace_id`,
      w,
    )}`.execute(db);
  return found.rows;
}
