import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { engineOf } from '../db/engine-of.js';

/**
 * How much of a document's text (after its front matter) search indexes, in UTF-16 code units:
 * the first 200,000 characters (the longest of 1,500 real design documents we test on has 172,000). PostgreSQL refuses a tsvector whose lexemes and positions pass
 * 1 MiB, and the worst text measured (distinct Hangul or CJK words, one character each) makes
 * about 4 bytes of them per character, so 200,000 (at most ~800 KB) keeps a save under it; it also bounds
 * SQLite's FTS5 insert, which runs on the event loop.
 */
export const SEARCH_TEXT_LIMIT = 200_000;

/** How much of a title search indexes and shows: longer headings are not titles. */
export const SEARCH_TITLE_LIMIT = 1_000;

/** How far back from the limit a cut looks for a space, so it does not index half a word. */
const WORD_BOUNDARY_REACH = 200;

/** The first `limit` characters of `text`, cut at a space near the limit and never inside a surrogate pair. */
export function searchablePrefix(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit;
  const space = text.slice(limit - WORD_BOUNDARY_REACH, limit + 1).search(/\s\S*$/);
  if (space >= 0) end = limit - WORD_BOUNDARY_REACH + space;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/**
 * Write a document's full-text entry, replacing the one it has, in one statement; it holds the
 * first SEARCH_TITLE_LIMIT characters of the title and SEARCH_TEXT_LIMIT of the text. On SQLite
 * the FTS5 row takes the document row's rowid, so it is replaced by key: FTS5 cannot index its
 * `document_id` column, and deleting by it would scan the whole index on every save.
 */
export async function replaceSearchEntry(
  trx: Transaction<Database>,
  id: string,
  fullTitle: string,
  text: string,
) {
  const title = searchablePrefix(fullTitle, SEARCH_TITLE_LIMIT);
  const body = searchablePrefix(text, SEARCH_TEXT_LIMIT);
  if (engineOf(trx) === 'postgres') {
    await trx
      .insertInto('search_index')
      .values({ document_id: id, title, body })
      .onConflict((c) => c.column('document_id').doUpdateSet({ title, body }))
      .execute();
    return;
  }
  const rowid = sql`(select rowid from documents where id = ${id})`;
  await sql`insert or replace into search_index (rowid, document_id, title, body) values (${rowid}, ${id}, ${title}, ${body})`.execute(
    trx,
  );
}
