import { describe, expect, it } from 'vitest';
import { expectFindings, runRule } from '../../test/rule-tester.js';
import { LEDGER, ledgerSchema, where } from '../../test/schema-fixture.js';
import type { DatabaseSchema } from '../checks/database-schema.js';

const withTables = (...names: string[]): DatabaseSchema => {
  const schema = ledgerSchema();
  const extra = names.map((name) => ({
    name,
    columns: [{ name: 'id', type: 'integer', nullable: false }],
    primaryKey: ['id'],
    uniques: [],
    foreignKeys: [],
  }));
  return { ...schema, tables: [...schema.tables, ...extra] };
};

describe('schema-undocumented-table', () => {
  describe('valid', () => {
    it('finds an entity for every table, and passes over migration tools’ own tables', () => {
      const schema = withTables(
        'kysely_migration',
        'kysely_migration_lock',
        'sqlite_sequence',
        'schema_migrations',
      );
      expect(runRule('schema-undocumented-table', LEDGER, { checks: { schema } }).findings).toEqual(
        [],
      );
    });

    it('passes over the tables its `ignore` option names', () => {
      const run = runRule('schema-undocumented-table', LEDGER, {
        checks: { schema: withTables('cache_entries', 'cache_keys') },
        options: { ignore: ['cache_*'] },
      });
      expect(run.findings).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('warns about a table no entity names, at the Key Entities heading', () => {
      expectFindings(
        'schema-undocumented-table',
        LEDGER,
        [
          {
            messageId: 'undocumented',
            data: { table: 'ledger_locks' },
            ...where(LEDGER, '### Key Entities'),
            severity: 'warning',
          },
        ],
        { checks: { schema: withTables('ledger_locks') } },
      );
    });

    it('reports the migration tables too when `ignore` replaces the defaults', () => {
      const run = runRule('schema-undocumented-table', LEDGER, {
        checks: { schema: withTables('kysely_migration') },
        options: { ignore: ['cache_*'] },
      });
      expect(run.messageIds).toEqual(['undocumented']);
    });

    it('says once that a document with no Data Model describes nothing, at its title', () => {
      expectFindings(
        'schema-undocumented-table',
        '# Ledger\n\n## Overview\n\nA ledger.\n',
        [{ messageId: 'noDataModel', data: { count: 3 }, line: 1, column: 1 }],
        { checks: { schema: ledgerSchema() } },
      );
    });
  });
});
