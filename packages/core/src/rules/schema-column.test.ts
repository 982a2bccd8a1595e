import { describe, expect, it } from 'vitest';
import { expectFindings, runRule } from '../../test/rule-tester.js';
import { LEDGER, ledgerSchema, ledgerWith, where } from '../../test/schema-fixture.js';
import type { DatabaseTable } from '../checks/database-schema.js';

const renamed =
  (from: string, to: string) =>
  (table: DatabaseTable): DatabaseTable => ({
    ...table,
    columns: table.columns.map((c) => (c.name === from ? { ...c, name: to } : c)),
  });

describe('schema-column', () => {
  describe('valid', () => {
    it('finds a column for every field and attribute named', () => {
      expect(
        runRule('schema-column', LEDGER, { checks: { schema: ledgerSchema() } }).findings,
      ).toEqual([]);
    });

    it('matches names case and camelCase aside, and reads only identifiers in code spans', () => {
      const markdown = LEDGER.replace(
        '`actor_id`, `at`',
        '`actorId`, `AT`, `SECRETS_KEY`, `user:<id>`, `GET /audit`',
      );
      expect(
        runRule('schema-column', markdown, { checks: { schema: ledgerSchema() } }).findings,
      ).toEqual([]);
    });

    it('does not read the words of a field list, only its code spans', () => {
      const markdown = LEDGER.replace('`actor_id`, `at`', 'actor, time, reason');
      expect(
        runRule('schema-column', markdown, { checks: { schema: ledgerSchema() } }).findings,
      ).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a field of an item that is not a column, at its code span', () => {
      expectFindings(
        'schema-column',
        LEDGER,
        [
          {
            messageId: 'field',
            data: { field: 'actor_id', entity: 'AuditEvent', tables: '“audit_events”' },
            ...where(LEDGER, '`actor_id`'),
          },
        ],
        { checks: { schema: ledgerWith('audit_events', renamed('actor_id', 'user_id')) } },
      );
    });

    it('reports an ER attribute that is not a column, and a qualified field, where each is', () => {
      expectFindings(
        'schema-column',
        LEDGER,
        [
          {
            messageId: 'attribute',
            data: { field: 'name', entity: 'Account', tables: '“accounts”' },
            ...where(LEDGER, 'string name UK'),
          },
          {
            messageId: 'field',
            data: { field: 'name', entity: 'Account', tables: '“accounts”' },
            ...where(LEDGER, '`name`'),
          },
          {
            messageId: 'qualified',
            data: { table: 'accounts', field: 'name' },
            ...where(LEDGER, '`accounts.name`'),
          },
        ],
        { checks: { schema: ledgerWith('accounts', renamed('name', 'title')) } },
      );
    });

    it('reports a qualified field whose table is not in the schema', () => {
      const markdown = LEDGER.replace('`accounts.name`', '`account.name`');
      expectFindings(
        'schema-column',
        markdown,
        [{ messageId: 'qualified', data: { table: 'account', field: 'name' } }],
        { checks: { schema: ledgerSchema() } },
      );
    });
  });
});
