import { describe, expect, it } from 'vitest';
import { expectFindings, runRule } from '../../test/rule-tester.js';
import { LEDGER, ledgerSchema, ledgerWith, where } from '../../test/schema-fixture.js';

const noForeignKeys = ledgerWith('entries', (t) => ({ ...t, foreignKeys: [] }));

describe('schema-relation', () => {
  describe('valid', () => {
    it('finds a foreign key for each relationship, and a relationship for each foreign key', () => {
      expect(
        runRule('schema-relation', LEDGER, { checks: { schema: ledgerSchema() } }).findings,
      ).toEqual([]);
    });

    it('takes a reference column named after the other table for a foreign key', () => {
      // entries.account_id names accounts, though no foreign key says so.
      expect(
        runRule('schema-relation', LEDGER, { checks: { schema: noForeignKeys } }).findings,
      ).toEqual([]);
      const version = ledgerWith('entries', (t) => ({
        ...t,
        foreignKeys: [],
        columns: t.columns.map((c) => (c.name === 'account_id' ? { ...c, name: 'account' } : c)),
      }));
      expect(runRule('schema-relation', LEDGER, { checks: { schema: version } }).findings).toEqual(
        [],
      );
    });

    it('reads Mermaid’s word form of a relationship', () => {
      const markdown = LEDGER.replace(
        'ACCOUNT ||--o{ ENTRY : records',
        'ACCOUNT only one to zero or more ENTRY : records',
      );
      expect(
        runRule('schema-relation', markdown, { checks: { schema: ledgerSchema() } }).findings,
      ).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a relationship with no foreign key or reference column, at its line', () => {
      const schema = ledgerWith('entries', (t) => ({
        ...t,
        foreignKeys: [],
        columns: t.columns.map((c) => (c.name === 'account_id' ? { ...c, name: 'owner' } : c)),
      }));
      expectFindings(
        'schema-relation',
        LEDGER,
        [
          {
            messageId: 'noForeignKey',
            data: { from: 'Account', to: 'Entry', fromTables: '“accounts”', toTables: '“entries”' },
            ...where(LEDGER, 'ACCOUNT ||--o{ ENTRY'),
          },
        ],
        { checks: { schema } },
      );
    });

    it('reports a foreign key between two entities of the diagram that it does not relate', () => {
      const markdown = LEDGER.replace('    ACCOUNT ||--o{ ENTRY : records\n', '');
      expectFindings(
        'schema-relation',
        markdown,
        [
          {
            messageId: 'undocumented',
            data: {
              table: 'entries',
              columns: 'account_id',
              references: 'accounts(id)',
              from: 'Entry',
              to: 'Account',
            },
            ...where(markdown, 'erDiagram'),
          },
        ],
        { checks: { schema: ledgerSchema() } },
      );
    });
  });
});
