/**
 * A design document's Data Model and the schema it describes, as PostgreSQL and as SQLite DDL,
 * for `check-schema`'s tests: each pair matches, and a test seeds one drift at a time.
 */
export const LEDGER_DOC = `# Ledger

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
- **AuditEvent**: who changed what: \`actor_id\`, \`at\`.
`;

/** PostgreSQL DDL as migrations write it: a foreign key added later, to the primary key. */
export const LEDGER_POSTGRES = `-- The ledger's schema.
CREATE TABLE accounts (
  id uuid PRIMARY KEY,
  name varchar(80) NOT NULL,
  created_at timestamp with time zone NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX accounts_name ON accounts (name);
CREATE TABLE entries (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL,
  amount bigint NOT NULL
);
ALTER TABLE entries ADD CONSTRAINT entries_account FOREIGN KEY (account_id) REFERENCES accounts;
CREATE TABLE audit_events (actor_id text, at timestamptz NOT NULL);
CREATE INDEX audit_events_at ON audit_events (at);
CREATE TABLE kysely_migration (name varchar(255) PRIMARY KEY, timestamp varchar(255) NOT NULL);
`;

/** SQLite DDL as `sqlite3 ledger.db .schema` prints it, with a trigger whose body has `;`s. */
export const LEDGER_SQLITE = `CREATE TABLE accounts (id uuid PRIMARY KEY, name varchar(80) NOT NULL UNIQUE, created_at timestamptz NOT NULL);
CREATE TABLE entries (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id),
  amount bigint NOT NULL
);
CREATE TABLE audit_events (actor_id text, at timestamptz NOT NULL);
CREATE TRIGGER entries_never_change BEFORE UPDATE ON entries BEGIN
  SELECT RAISE(ABORT, 'entries are never changed; post a correction');
END;
CREATE TABLE sqlite_sequence(name,seq);
`;
