import { describe, expect, it } from 'vitest';
import { expectFindings, runRule } from '../../test/rule-tester.js';
import { LEDGER, ledgerSchema, ledgerWith, where } from '../../test/schema-fixture.js';
import type { DatabaseTable } from '../checks/database-schema.js';

const retyped =
  (name: string, type: string) =>
  (table: DatabaseTable): DatabaseTable => ({
    ...table,
    columns: table.columns.map((c) => (c.name === name ? { ...c, type } : c)),
  });

describe('schema-type', () => {
  describe('valid', () => {
    it('compares types by family: string is varchar, bigint is int8, timestamptz is timestamp with time zone', () => {
      expect(
        runRule('schema-type', LEDGER, { checks: { schema: ledgerSchema() } }).findings,
      ).toEqual([]);
    });

    it.each([
      ['name', 'character varying(80)'],
      ['name', 'TEXT'],
      ['created_at', 'timestamptz'],
      ['created_at', 'datetime'],
    ])('takes %s as %s', (name, type) => {
      const schema = ledgerWith('accounts', retyped(name, type));
      expect(runRule('schema-type', LEDGER, { checks: { schema } }).findings).toEqual([]);
    });

    it('does not compare a column with no declared type (SQLite allows one)', () => {
      const schema = ledgerWith('accounts', retyped('name', ''));
      expect(runRule('schema-type', LEDGER, { checks: { schema } }).findings).toEqual([]);
    });

    it('takes the families its `families` option adds to', () => {
      const schema = ledgerWith('entries', retyped('amount', 'money_cents'));
      const run = runRule('schema-type', LEDGER, {
        checks: { schema },
        options: { families: { integer: ['bigint', 'int8', 'money_cents'] } },
      });
      expect(run.findings).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports an attribute whose column is of another family, at the attribute', () => {
      expectFindings(
        'schema-type',
        LEDGER,
        [
          {
            messageId: 'type',
            data: {
              attribute: 'amount',
              entity: 'Entry',
              type: 'bigint (integer)',
              table: 'entries',
              column: 'amount',
              columnType: 'numeric (decimal)',
            },
            ...where(LEDGER, 'bigint amount'),
          },
        ],
        { checks: { schema: ledgerWith('entries', retyped('amount', 'numeric')) } },
      );
    });

    it('compares a type in no family by its name, and an array with an array', () => {
      const run = runRule('schema-type', LEDGER, {
        checks: {
          schema: ledgerWith('accounts', (t) =>
            retyped('name', '_varchar')(retyped('id', 'geometry')(t)),
          ),
        },
      });
      expect(run.findings.map((f) => f.message)).toEqual([
        'Attribute “id” of “Account” is uuid, but column “accounts.id” is geometry',
        'Attribute “name” of “Account” is string (text), but column “accounts.name” is _varchar (array of text)',
      ]);
    });
  });
});
