import { describe, expect, it } from 'vitest';
import { expectFindings, runRule } from '../../test/rule-tester.js';
import { LEDGER, ledgerSchema, ledgerWith, where } from '../../test/schema-fixture.js';

const findings = (markdown: string, schema = ledgerSchema()) =>
  runRule('schema-key', markdown, { checks: { schema } });

describe('schema-key', () => {
  describe('valid', () => {
    it('finds each PK, FK and UK marker in the table’s keys, and each key marked', () => {
      expect(findings(LEDGER).findings).toEqual([]);
    });

    it('takes a unique index or a one-column primary key for UK', () => {
      const markdown = LEDGER.replace(
        'uuid id PK\n        string',
        'uuid id PK, UK\n        string',
      );
      expect(findings(markdown).findings).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports markers the table’s keys do not have, at the attribute', () => {
      const schema = ledgerWith('entries', (t) => ({ ...t, primaryKey: [], foreignKeys: [] }));
      expectFindings(
        'schema-key',
        LEDGER,
        [
          {
            messageId: 'notPrimary',
            data: { attribute: 'id', table: 'entries', column: 'id' },
            ...where(LEDGER, 'uuid id PK', 'ENTRY {'),
          },
          {
            messageId: 'notForeign',
            data: { attribute: 'account_id', table: 'entries', column: 'account_id' },
            ...where(LEDGER, 'uuid account_id FK'),
          },
        ],
        { checks: { schema } },
      );
      const noUnique = ledgerWith('accounts', (t) => ({ ...t, uniques: [] }));
      expect(findings(LEDGER, noUnique).messageIds).toEqual(['notUnique']);
    });

    it('reports keys the markers leave out', () => {
      const markdown = LEDGER.replace('uuid account_id FK', 'uuid account_id')
        .replace('string name UK', 'string name')
        .replace('uuid id PK\n        string', 'uuid id\n        string');
      expectFindings(
        'schema-key',
        markdown,
        [
          {
            messageId: 'unmarkedPrimary',
            data: { attribute: 'id', table: 'accounts', column: 'id' },
            ...where(markdown, 'uuid id'),
          },
          {
            messageId: 'unmarkedUnique',
            data: { attribute: 'name', table: 'accounts', column: 'name' },
            ...where(markdown, 'string name'),
          },
          {
            messageId: 'unmarkedForeign',
            data: {
              attribute: 'account_id',
              table: 'entries',
              column: 'account_id',
              references: 'accounts(id)',
            },
            ...where(markdown, 'uuid account_id'),
          },
        ],
        { checks: { schema: ledgerSchema() } },
      );
    });
  });
});
