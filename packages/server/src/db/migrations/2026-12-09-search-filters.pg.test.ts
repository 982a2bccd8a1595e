import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyPostgresDatabase, type TestDatabase } from '../../../test/databases.js';
import { migrateTo, migrateToLatest } from '../migrate.js';

/** A stored document's row as the migrations before 2026-12-09 left the table. */
function documentRow(id: string, at: string, columns: Record<string, unknown> = {}) {
  return {
    id,
    workspace_id: 'w1',
    path: null,
    title: id,
    status: 'draft',
    template: 'tdd',
    head_version: 1,
    content_hash: 'h',
    error_count: 0,
    warning_count: 0,
    rows_hash: null,
    search_hash: null,
    archived_at: null,
    restricted: 0,
    created_by: null,
    superseded_by: null,
    created_at: at,
    updated_at: at,
    ...columns,
  };
}

describe('migration 2026-12-09-search-filters (PostgreSQL)', () => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });

  it('fills existing entries from their documents, and keeps them in step with later writes', async () => {
    database = await emptyPostgresDatabase();
    const { db } = database.connection;
    await migrateTo(db, '2026-12-08-webhooks');
    const at = '2026-12-01T10:00:00.000Z';
    await db
      .insertInto('workspaces')
      .values(
        ['w1', 'w2'].map((id) => ({
          id,
          slug: id,
          name: id,
          default_template: 'tdd',
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
    await db
      .insertInto('documents')
      .values([
        documentRow('plain', at),
        documentRow('archived', '2026-12-02T10:00:00.000Z', { archived_at: at }),
        documentRow('secret', '2026-12-03T10:00:00.000Z', {
          workspace_id: 'w2',
          status: 'in-review',
          restricted: 1,
        }),
      ])
      .execute();
    // The entries as saves wrote them before the migration: id, title and body only.
    await sql`insert into search_index (document_id, title, body)
      select id, title, 'the body' from documents`.execute(db);
    await migrateToLatest(db);
    const entries = () =>
      sql<
        Record<string, unknown>
      >`select document_id, workspace_id, status, archived_at, restricted,
          created_at
        from search_index order by document_id`
        .execute(db)
        // A timestamptz there: the same instant as the document's ISO text.
        .then((r) =>
          r.rows.map((e) => ({ ...e, created_at: (e.created_at as Date).toISOString() })),
        );
    const documents = () =>
      db
        .selectFrom('documents')
        .select(['id as document_id', 'workspace_id', 'status', 'archived_at', 'restricted'])
        .select('created_at')
        .orderBy('id')
        .execute();
    expect(await entries()).toEqual(await documents());
    expect((await entries()).map((e) => e.status)).toEqual(['draft', 'draft', 'in-review']);
    // Every write to those columns of a document, whichever code makes it, reaches its entry.
    await db
      .updateTable('documents')
      .set({ status: 'approved', restricted: 0, workspace_id: 'w1' })
      .where('id', '=', 'secret')
      .execute();
    await db
      .updateTable('documents')
      .set({ archived_at: null })
      .where('id', '=', 'archived')
      .execute();
    await db.updateTable('documents').set({ archived_at: at }).where('id', '=', 'plain').execute();
    // A new entry takes its document's columns when written.
    await db
      .insertInto('documents')
      .values(documentRow('new', at, { status: 'rejected' }))
      .execute();
    await db
      .insertInto('search_index')
      .values({ document_id: 'new', title: 'new', body: 'the body' })
      .execute();
    expect(await entries()).toEqual(await documents());
    expect((await entries()).map((e) => `${e.document_id} ${e.status}`)).toEqual([
      'archived draft',
      'new rejected',
      'plain draft',
      'secret approved',
    ]);
  });
});
