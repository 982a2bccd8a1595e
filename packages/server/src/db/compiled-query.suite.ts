import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestDatabase, TestDatabaseFactory } from '../../test/databases.js';
import { compiledQuery } from './compiled-query.js';

/** compiledQuery against a real database: arguments land in their places, every call. */
export function compiledQuerySuite(factory: TestDatabaseFactory) {
  describe('compiledQuery', () => {
    let database: TestDatabase;
    beforeEach(async () => {
      database = await factory();
      await database.connection.db
        .insertInto('workspaces')
        .values([
          {
            id: 'w1',
            slug: 'alpha',
            name: 'Alpha',
            default_template: 'tdd',
            created_at: 'now',
            updated_at: 'now',
          },
          {
            id: 'w2',
            slug: 'beta',
            name: 'Beta',
            default_template: 'rfc',
            created_at: 'now',
            updated_at: 'now',
          },
        ])
        .execute();
    });
    afterEach(() => database.drop());

    // Two arguments around a constant parameter, in the opposite order to the SQL's.
    const find = compiledQuery((db, template: string, slug: string) =>
      db
        .selectFrom('workspaces')
        .select(['id', 'name'])
        .where('slug', '=', slug)
        .where('name', '!=', 'Nobody')
        .where('default_template', '=', template),
    );

    it('runs with each call’s arguments and finds nothing when none match', async () => {
      const { db } = database.connection;
      expect(await find(db, 'tdd', 'alpha')).toEqual({ id: 'w1', name: 'Alpha' });
      expect(await find(db, 'rfc', 'beta')).toEqual({ id: 'w2', name: 'Beta' });
      expect(await find(db, 'rfc', 'alpha')).toBeUndefined();
    });

    it('refuses a builder that does not use an argument as a parameter', async () => {
      const unused = compiledQuery((db, _slug: string) => db.selectFrom('workspaces').select('id'));
      await expect(unused(database.connection.db, 'alpha')).rejects.toThrow(
        /argument 0 is not a parameter/,
      );
    });
  });
}
