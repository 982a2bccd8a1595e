import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { contractChanges } from '../../test/contract-changes.js';
import { CONTRACT_STEPS } from '../../test/contract-steps.js';
import type { TestDatabase } from '../../test/databases.js';
import { snapshotSchema } from '../../test/schema-snapshot.js';
import type { Engine } from './connect.js';
import { MIGRATION_NAMES, migrateTo } from './migrate.js';

/**
 * Expand then contract (DESIGN.md, Deployment Strategy): during a rolling upgrade the previous
 * release runs against the new schema, so a migration may add but not take away. Each
 * migration is applied on its own to an empty database, and the schema before and after it is
 * compared (contract-changes.ts). A change the previous release could not run against fails
 * the test unless CONTRACT_STEPS lists it with the reason it is safe.
 */
export function describeExpandContract(
  engine: Engine,
  emptyDatabase: () => Promise<TestDatabase>,
): void {
  describe(`migrations expand, then contract (${engine})`, () => {
    let database: TestDatabase | undefined;
    afterEach(async () => {
      await database?.drop();
      database = undefined;
    });

    it('lets the previous release run on the schema each migration leaves, but for the contract steps listed', async () => {
      database = await emptyDatabase();
      const { db } = database.connection;
      const found: { migration: string; change: string }[] = [];
      let before = await snapshotSchema(db, engine);
      for (const migration of MIGRATION_NAMES) {
        await migrateTo(db, migration);
        const after = await snapshotSchema(db, engine);
        for (const change of contractChanges(before, after)) found.push({ migration, change });
        before = after;
      }
      const listed = CONTRACT_STEPS.filter((s) => s.engines.includes(engine));
      const unlisted = found.filter(
        (f) => !listed.some((s) => s.migration === f.migration && s.change === f.change),
      );
      const stale = listed.filter(
        (s) => !found.some((f) => s.migration === f.migration && s.change === f.change),
      );
      expect(
        unlisted.map((f) => `${f.migration} ${f.change}`),
        'a migration takes away what the previous release uses: make it a later release’s contract step, or list it in packages/server/test/contract-steps.ts with the reason it is safe',
      ).toEqual([]);
      expect(
        stale.map((s) => `${s.migration} ${s.change}`),
        'listed in contract-steps.ts but not found: remove or correct the entry',
      ).toEqual([]);
    });

    it('sees each kind of contract change, and none in an expansion', async () => {
      database = await emptyDatabase();
      const db = database.connection.db as Kysely<unknown>;
      const schema = async (statements: string[]) => {
        for (const statement of statements) await sql.raw(statement).execute(db);
        return snapshotSchema(db, engine);
      };
      const start = await schema([
        'create table notes (id text primary key, body text not null, author text, kept text)',
        'create table drafts (id text primary key)',
        'create index notes_author on notes (author)',
        'create index notes_kept on notes (kept)',
      ]);
      const expanded = await schema([
        'create table tags (id text primary key, name text not null)',
        "alter table notes add column status text not null default 'open'",
        'alter table notes add column path text',
        'create unique index notes_path on notes (path)',
        'create index notes_author_id on notes (author, id)',
        'drop index notes_author',
      ]);
      expect(contractChanges(start, expanded)).toEqual([]);
      const contracted = await schema([
        'drop table drafts',
        'drop index notes_kept',
        'alter table notes drop column kept',
        'alter table notes rename column body to text',
        'create unique index notes_status on notes (status)',
        'drop index notes_author_id',
        // SQLite can do none of these in place (a table rebuild shows as the same changes).
        ...(engine === 'postgres'
          ? [
              'alter table notes add column owner text not null',
              'alter table notes alter column path set not null',
              'alter table tags alter column name type varchar(100)',
            ]
          : []),
      ]);
      expect(contractChanges(expanded, contracted).sort()).toEqual(
        [
          'removes table drafts',
          'removes column notes.kept',
          // A rename: the old name gone, the new one a column old inserts do not fill.
          'removes column notes.body',
          'adds notes.text NOT NULL without a default',
          'adds unique index notes_status to existing table notes',
          'removes index notes_author_id',
          'removes index notes_kept',
          ...(engine === 'postgres'
            ? [
                'adds notes.owner NOT NULL without a default',
                'makes notes.path NOT NULL',
                'changes the type of tags.name from text to varchar',
              ]
            : []),
        ].sort(),
      );
    });
  });
}
