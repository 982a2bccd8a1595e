import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { usePostgresDatabases } from '../../../../test/postgres-databases.js';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { openSqlite } from './connect.js';
import { CopyInstanceError, copySqliteToPostgres } from './copy-instance.js';
import type { Database } from './database.js';
import { migrateToLatest } from './migrate.js';

const tempDir = useTempDirs();
const emptyDatabase = usePostgresDatabases();

async function withPostgres<T>(url: string, work: (db: Kysely<Database>) => Promise<T>) {
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
  });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

const AT = '2026-12-01T10:00:00.000Z';
const MEGABYTE = 1024 * 1024;

/**
 * An SQLite instance written row by row (not through the API: these rows are ones the API never
 * writes): a document with 2,000 open questions (five statements of up to 428 rows), four 3 MB versions
 * (over the bytes a statement carries) and a check run whose diagnostics are `diagnostics`.
 */
async function sqliteInstance(diagnostics: string): Promise<string> {
  const path = tempDir().file('designdoc.db');
  const { db } = openSqlite(path);
  await migrateToLatest(db);
  await db
    .insertInto('workspaces')
    .values({
      id: 'w1',
      slug: 'eng',
      name: 'Eng',
      default_template: 'tdd',
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  await db
    .insertInto('users')
    .values({
      id: 'u1',
      username: 'ci',
      display_name: 'CI',
      email: null,
      password_hash: null,
      disabled_at: null,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  await db
    .insertInto('documents')
    .values({
      id: 'd1',
      workspace_id: 'w1',
      path: null,
      title: 'Big',
      status: 'draft',
      template: 'tdd',
      head_version: 4,
      content_hash: 'h',
      error_count: 0,
      warning_count: 0,
      rows_hash: null,
      search_hash: null,
      archived_at: null,
      created_by: null,
      superseded_by: null,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  for (let number = 1; number <= 4; number++)
    await db
      .insertInto('versions')
      .values({
        document_id: 'd1',
        number,
        markdown: String(number).repeat(3 * MEGABYTE),
        model: '{}',
        diagnostics: '[]',
        content_hash: `h${number}`,
        author_id: null,
        created_at: AT,
      })
      .execute();
  for (let start = 0; start < 2_000; start += 500)
    await db
      .insertInto('questions')
      .values(
        Array.from({ length: 500 }, (_, i) => ({
          document_id: 'd1',
          position: start + i,
          text: `Question ${start + i}?`,
          status: 'open',
          note: '',
          section: 'open-questions',
          first_seen_at: AT,
        })),
      )
      .execute();
  await sql`insert into search_index (rowid, document_id, title, body)
    values ((select rowid from documents where id = 'd1'), 'd1', 'Big', 'a ledger of questions')`.execute(
    db,
  );
  await db
    .insertInto('check_runs')
    .values({
      id: 'c1',
      document_id: 'd1',
      version: 4,
      name: 'check-api',
      result: 'failed',
      error_count: 1,
      warning_count: 0,
      diagnostics,
      commit: null,
      url: null,
      reported_by: 'u1',
      created_at: AT,
    })
    .execute();
  await db.destroy();
  return path;
}

describe('copySqliteToPostgres', () => {
  it('copies large tables in chunks, each value as it was', async () => {
    const target = await emptyDatabase();
    const report = await copySqliteToPostgres({
      sqlitePath: await sqliteInstance('[]'),
      postgresUrl: target,
      secretsKey: null,
    });
    expect(report.tables.filter((t) => t.rows > 0)).toEqual([
      { table: 'workspaces', rows: 1 },
      { table: 'documents', rows: 1 },
      { table: 'versions', rows: 4 },
      { table: 'questions', rows: 2_000 },
      { table: 'search_index', rows: 1 },
      { table: 'users', rows: 1 },
      { table: 'check_runs', rows: 1 },
    ]);
    expect(report.secrets).toEqual({ sealed: 0, keyId: null, from: null });
    await withPostgres(target, async (db) => {
      const versions = await db
        .selectFrom('versions')
        .select([
          'number',
          sql<number>`length(markdown)`.as('length'),
          sql<string>`left(markdown, 1)`.as('first'),
        ])
        .orderBy('number')
        .execute();
      expect(versions).toEqual(
        [1, 2, 3, 4].map((n) => ({ number: n, length: 3 * MEGABYTE, first: String(n) })),
      );
      const last = await db
        .selectFrom('questions')
        .selectAll()
        .where('position', '=', 1_999)
        .execute();
      expect(last).toEqual([
        {
          document_id: 'd1',
          position: 1_999,
          text: 'Question 1999?',
          status: 'open',
          note: '',
          section: 'open-questions',
          first_seen_at: AT,
        },
      ]);
      // The entry took its document's columns from PostgreSQL's trigger, and its vector matches.
      const { rows } = await sql<{ status: string; found: boolean }>`
        select status, vector @@ to_tsquery('english', 'ledger') as found from search_index`.execute(
        db,
      );
      expect(rows).toEqual([{ status: 'draft', found: true }]);
    });
  });

  it('leaves PostgreSQL without a copied row when a row is refused, and says which', async () => {
    const target = await emptyDatabase();
    const copy = copySqliteToPostgres({
      sqlitePath: await sqliteInstance('["a NUL \u0000 here"]'),
      postgresUrl: target,
      secretsKey: null,
    });
    await expect(copy).rejects.toThrow(CopyInstanceError);
    await expect(copy).rejects.toThrow(
      'check_runs.diagnostics of row 1 holds a NUL character (U+0000), which PostgreSQL refuses in text; remove it in the SQLite database, then move it',
    );
    // Migrated, and every table (the ones copied before check_runs too) as empty as it was.
    await withPostgres(target, async (db) => {
      const { rows } = await sql<{ n: string }>`
        select (select count(*) from workspaces) + (select count(*) from versions)
          + (select count(*) from questions) + (select count(*) from check_runs) as n`.execute(db);
      expect(rows).toEqual([{ n: '0' }]);
    });
  });
});
