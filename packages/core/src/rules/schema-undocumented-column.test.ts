import { describe, expect, it } from 'vitest';
import { expectFindings, runRule } from '../../test/rule-tester.js';
import { LEDGER, ledgerSchema, ledgerWith, where } from '../../test/schema-fixture.js';

const withClosedAt = ledgerWith('accounts', (t) => ({
  ...t,
  columns: [...t.columns, { name: 'closed_at', type: 'timestamptz', nullable: true }],
}));

describe('schema-undocumented-column', () => {
  describe('valid', () => {
    it('finds every column of an entity with an attribute block among its attributes', () => {
      expect(
        runRule('schema-undocumented-column', LEDGER, { checks: { schema: ledgerSchema() } })
          .findings,
      ).toEqual([]);
    });

    it('counts a column the entity’s item names, and passes over what `ignore` names', () => {
      const named = LEDGER.replace('`created_at`.', '`created_at`, `closed_at`.');
      expect(
        runRule('schema-undocumented-column', named, { checks: { schema: withClosedAt } }).findings,
      ).toEqual([]);
      expect(
        runRule('schema-undocumented-column', LEDGER, {
          checks: { schema: withClosedAt },
          options: { ignore: ['*_at'] },
        }).findings,
      ).toEqual([]);
    });

    it('does not ask an entity without an attribute block to list its columns', () => {
      const schema = ledgerWith('audit_events', (t) => ({
        ...t,
        columns: [...t.columns, { name: 'reason', type: 'text', nullable: true }],
      }));
      expect(
        runRule('schema-undocumented-column', LEDGER, { checks: { schema } }).findings,
      ).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('warns about a column the block leaves out, at the line that opens the block', () => {
      expectFindings(
        'schema-undocumented-column',
        LEDGER,
        [
          {
            messageId: 'undocumented',
            data: { table: 'accounts', column: 'closed_at', entity: 'Account' },
            ...where(LEDGER, 'ACCOUNT {'),
            severity: 'warning',
          },
        ],
        { checks: { schema: withClosedAt } },
      );
    });
  });
});
