import { type Kysely, sql } from 'kysely';
import { engineOf } from '../engine-of.js';

/** The document columns search filters and orders on, copied into PostgreSQL's search_index. */
const COPIED = ['workspace_id', 'status', 'archived_at', 'restricted', 'created_at'] as const;

/**
 * On PostgreSQL, search_index keeps its own copy of the document columns search filters and
 * orders on (workspace, status, archived, confidential, created), so a search's first cut reads
 * the GIN index and search_index's rows only: joining each match to `documents` first cost
 * ~435 ms for a word in 67,595 of 100,000 documents (bench/README.md, Scale). Existing entries are filled from their
 * documents. Triggers keep the copy: an entry takes its document's columns when written, and a
 * document's update of any of them (review, archive, restore, confidential, a save's status,
 * or any write to come) updates its entry in the same statement, so no write path can forget it
 * and leave a confidential document findable. `created_at` is a timestamptz here (the same
 * order as the ISO text): a top-N sort of 60,000 matches compared collated text for most of its
 * time. SQLite's FTS5 path joins on the rowid and is fast without a copy: nothing changes
 * there. Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (engineOf(db) !== 'postgres') return;
  await sql`alter table search_index
    add column workspace_id text,
    add column status text,
    add column archived_at text,
    add column restricted integer,
    add column created_at timestamptz`.execute(db);
  // One pass over both tables; an update that leaves body and title alone does not recompute
  // the stored vector nor rewrite its TOAST data, but each row's new version goes into the GIN
  // index: about a minute for 100,000 entries. (Dropping the index and building it again in
  // this transaction was no faster: the build indexes the old versions too.)
  await sql`update search_index s
    set workspace_id = d.workspace_id, status = d.status, archived_at = d.archived_at,
      restricted = d.restricted, created_at = d.created_at::timestamptz
    from documents d where d.id = s.document_id`.execute(db);
  await sql`alter table search_index
    alter column workspace_id set not null,
    alter column status set not null,
    alter column restricted set not null,
    alter column created_at set not null`.execute(db);
  await sql`create function search_index_fill() returns trigger language plpgsql as $$
    begin
      select d.workspace_id, d.status, d.archived_at, d.restricted, d.created_at::timestamptz
        into new.workspace_id, new.status, new.archived_at, new.restricted, new.created_at
        from documents d where d.id = new.document_id;
      return new;
    end $$`.execute(db);
  await sql`create trigger search_index_fill before insert on search_index
    for each row execute function search_index_fill()`.execute(db);
  await sql`create function search_index_follow() returns trigger language plpgsql as $$
    begin
      update search_index
        set workspace_id = new.workspace_id, status = new.status, archived_at = new.archived_at,
          restricted = new.restricted, created_at = new.created_at::timestamptz
        where document_id = new.id;
      return null;
    end $$`.execute(db);
  const changed = sql.join(
    COPIED.map((column) => sql`old.${sql.ref(column)} is distinct from new.${sql.ref(column)}`),
    sql` or `,
  );
  await sql`create trigger search_index_follow after update of ${sql.join(COPIED.map((c) => sql.ref(c)))}
    on documents for each row when (${changed}) execute function search_index_follow()`.execute(db);
  await sql`analyze search_index`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (engineOf(db) !== 'postgres') return;
  await sql`drop trigger search_index_follow on documents`.execute(db);
  await sql`drop function search_index_follow()`.execute(db);
  await sql`drop trigger search_index_fill on search_index`.execute(db);
  await sql`drop function search_index_fill()`.execute(db);
  await sql`alter table search_index ${sql.join(
    COPIED.map((column) => sql`drop column ${sql.ref(column)}`),
  )}`.execute(db);
}
