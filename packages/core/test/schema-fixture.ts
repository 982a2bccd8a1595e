import type {
  DatabaseColumn,
  DatabaseSchema,
  DatabaseTable,
} from '../src/checks/database-schema.js';

/**
 * A ledger's design document whose Data Model has every shape the `schema-*` rules read: an ER
 * diagram with attribute blocks and a relationship, Key Entities that name their tables, name
 * none (`AuditEvent` → `audit_events`), and name columns in code spans.
 */
export const LEDGER = `# Ledger

## Data Model

### Entity Relationships

\`\`\`mermaid
erDiagram
    ACCOUNT ||--o{ ENTRY : records
    ACCOUNT {
        uuid id PK
        string name UK
        timestamptz created_at
    }
    ENTRY {
        uuid id PK
        uuid account_id FK
        bigint amount
    }
\`\`\`

### Key Entities

- **Account**: a customer's ledger account (table \`accounts\`): \`name\`, \`created_at\`.
- **Entry**: one posting (table \`entries\`), never changed.
- **AuditEvent**: who changed what: \`actor_id\`, \`at\`; see \`accounts.name\`.
`;

const column = (name: string, type: string, nullable = false): DatabaseColumn => ({
  name,
  type,
  nullable,
});

/** The schema LEDGER describes, as PostgreSQL reports it. */
export function ledgerSchema(): DatabaseSchema {
  return {
    source: 'schema.sql',
    tables: [
      {
        name: 'accounts',
        columns: [
          column('id', 'uuid'),
          column('name', 'varchar'),
          column('created_at', 'timestamp with time zone'),
        ],
        primaryKey: ['id'],
        uniques: [['name']],
        foreignKeys: [],
      },
      {
        name: 'entries',
        columns: [column('id', 'uuid'), column('account_id', 'uuid'), column('amount', 'int8')],
        primaryKey: ['id'],
        uniques: [],
        foreignKeys: [{ columns: ['account_id'], table: 'accounts', references: ['id'] }],
      },
      {
        name: 'audit_events',
        columns: [column('actor_id', 'text', true), column('at', 'timestamptz')],
        primaryKey: [],
        uniques: [],
        foreignKeys: [],
      },
    ],
  };
}

/** The ledger schema with one table changed by `change` (or removed when it returns null). */
export function ledgerWith(
  table: string,
  change: (table: DatabaseTable) => DatabaseTable | null,
): DatabaseSchema {
  const schema = ledgerSchema();
  return {
    ...schema,
    tables: schema.tables.flatMap((t) => (t.name === table ? (change(t) ?? []) : [t])),
  };
}

/** The line and column where `text` first appears in `markdown` (after the line holding `after`). */
export function where(
  markdown: string,
  text: string,
  after?: string,
): { line: number; column: number } {
  const lines = markdown.split('\n');
  const from = after === undefined ? 0 : lines.findIndex((l) => l.includes(after));
  const index = lines.findIndex((l, i) => i >= from && l.includes(text));
  if (index === -1) throw new Error(`No line contains “${text}”`);
  return { line: index + 1, column: (lines[index] as string).indexOf(text) + 1 };
}
