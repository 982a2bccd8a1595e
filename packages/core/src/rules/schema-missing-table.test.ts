import { describe, expect, it } from 'vitest';
import { expectFindings, runRule } from '../../test/rule-tester.js';
import { LEDGER, ledgerSchema, ledgerWith, where } from '../../test/schema-fixture.js';

const check = (markdown: string, schema = ledgerSchema()) =>
  runRule('schema-missing-table', markdown, { checks: { schema } }).findings;

describe('schema-missing-table', () => {
  describe('valid', () => {
    it('finds every entity’s table: named, or its name in snake_case singular or plural', () => {
      expect(check(LEDGER)).toEqual([]);
      const singular = ledgerWith('audit_events', (t) => ({ ...t, name: 'audit_event' }));
      expect(check(LEDGER, singular)).toEqual([]);
      expect(
        check(
          LEDGER,
          ledgerWith('accounts', (t) => ({ ...t, name: 'ACCOUNTS' })),
        ),
      ).toEqual([]);
    });

    it('reports nothing outside a check-schema run (no schema to compare with)', () => {
      expect(runRule('schema-missing-table', LEDGER).findings).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a named table the schema lacks, at its name in the item', () => {
      expectFindings(
        'schema-missing-table',
        LEDGER,
        [
          {
            messageId: 'missingTable',
            data: { table: 'entries', entity: 'Entry' },
            ...where(LEDGER, '`entries`'),
          },
        ],
        { checks: { schema: ledgerWith('entries', () => null) } },
      );
    });

    it('reports an entity with no table of its name, at its label', () => {
      expectFindings(
        'schema-missing-table',
        LEDGER,
        [
          {
            messageId: 'noTable',
            data: { entity: 'AuditEvent', tables: '“audit_event” or “audit_events”' },
            ...where(LEDGER, 'AuditEvent'),
            severity: 'error',
          },
        ],
        { checks: { schema: ledgerWith('audit_events', () => null) } },
      );
    });

    it('reports an entity only the ER diagram names, where the diagram names it', () => {
      const markdown = LEDGER.replace(
        '    ACCOUNT ||--o{ ENTRY : records',
        '    ACCOUNT ||--o{ ENTRY : records\n    ACCOUNT ||--|| LEDGER_LOCK : "is locked by"',
      );
      expectFindings(
        'schema-missing-table',
        markdown,
        [
          {
            messageId: 'noTable',
            data: { entity: 'LEDGER_LOCK', tables: '“ledger_lock” or “ledger_locks”' },
            ...where(markdown, 'LEDGER_LOCK'),
          },
        ],
        { checks: { schema: ledgerSchema() } },
      );
    });
  });
});
