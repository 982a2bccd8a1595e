import { type Kysely, sql } from 'kysely';
import { engineOf } from '../engine-of.js';

/**
 * PostgreSQL's text-search parser reads `<script>` and `<style>` as HTML and skips everything
 * after them up to `</script>` or `</style>`: a design document that mentions `<script>` in a
 * code span (as one about a web page would) had the rest of its text left out of search, and
 * searches for words after it found nothing, where SQLite's FTS5 found them. A BEFORE trigger
 * (PostgreSQL computes the generated `vector` after BEFORE triggers) writes such a tag's `<`
 * in the indexed body apart from its name, so the parser reads a word; a snippet shows
 * `< script>` there. Titles are shown as stored, so they keep theirs: a title's words after such
 * a tag are not found by them (the body, which repeats the title as its heading, still is).
 * Existing entries that hold one are rewritten once. SQLite: nothing to do. Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (engineOf(db) === 'sqlite') return;
  await sql`create function search_index_untag() returns trigger language plpgsql as $$
    begin
      new.body := regexp_replace(new.body, '<(/?)(script|style)', '< \\1\\2', 'gi');
      return new;
    end $$`.execute(db);
  await sql`create trigger search_index_untag before insert or update of body on search_index
    for each row execute function search_index_untag()`.execute(db);
  await sql`update search_index set body = body where body ~* '<(script|style)'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (engineOf(db) === 'sqlite') return;
  await sql`drop trigger search_index_untag on search_index`.execute(db);
  await sql`drop function search_index_untag()`.execute(db);
}
