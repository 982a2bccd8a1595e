// check-api and check-schema as an installed project runs them (test/install/install-test.mjs):
// their code is chunks of the bundle loaded on use, and check-schema's drivers are optional
// peers, so the repository's own tests, with every package in node_modules, cannot show what
// `npm install designdoc` gives. Each check writes its small files into the project, runs the
// command through npx and reports through the install test's `check`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DESIGN = `---
title: Greetings
template: tdd
---

# Greetings

## API Contracts

### REST Endpoints

\`\`\`yaml
GET /api/v1/greetings/{id}
  Input: none
  Output: Greeting { id, text }
  Status: 200, 404
\`\`\`
`;

/**
 * The API the document describes, its schema in a file beside it: the parser resolves the `$ref`
 * by reading that file, and validates the description against the OpenAPI schemas it carries.
 */
const OPENAPI = `openapi: 3.1.0
info: { title: Greetings, version: 1.0.0 }
servers: [{ url: https://greetings.example.com/api/v1 }]
paths:
  /greetings/{greetingId}:
    get:
      parameters:
        - { name: greetingId, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: The greeting
          content:
            application/json:
              schema: { $ref: 'greeting.yaml' }
        '404': { description: No such greeting }
`;

const GREETING_SCHEMA = `type: object
required: [id, text]
properties:
  id: { type: string }
  text: { type: string }
`;

const LEDGER = `# Ledger

## Data Model

### Key Entities

- **Account**: a customer's ledger account (table \`accounts\`): \`name\`, \`created_at\`.
`;

/** The ledger's schema, as SQL both SQLite and PostgreSQL read. */
const LEDGER_DDL =
  'CREATE TABLE accounts (id integer PRIMARY KEY, name text NOT NULL, created_at text NOT NULL);\n';

const SCHEMA_FILES = {
  'ledger.md': LEDGER,
  'schema.sql': LEDGER_DDL,
  'schema-drift.sql': LEDGER_DDL.replace(', created_at text NOT NULL', ''),
};

function write(project, files) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(project, name), text);
}

/** A seeded drift's findings: exit 1 and the rule's id in the report. */
const reports = (result, ruleId) => result.code === 1 && result.stdout.includes(ruleId);

/** What to print beside a check: the finding's line when there is one, else all the output. */
function shown(result, ruleId) {
  const finding = ruleId && result.stdout.split('\n').find((line) => line.includes(ruleId));
  if (finding && result.code === 1) return finding.trim();
  if (result.code === 0 && !ruleId) return '';
  return `exit ${result.code} ${result.stdout.trim()} ${result.stderr.trim()}`.trim();
}

/** `designdoc check-api` on a document and the description it matches, then with a drift. */
export function checkApiInstalled(project, run, check) {
  write(project, {
    'greetings.md': DESIGN,
    'greetings-drift.md': DESIGN.replace(
      'Status: 200, 404\n',
      'Status: 200, 404\n\nDELETE /api/v1/greetings/{id}\n  Input: none\n  Output: none\n  Status: 204\n',
    ),
    'openapi.yaml': OPENAPI,
    'greeting.yaml': GREETING_SCHEMA,
  });
  let result = run(
    'npx',
    ['designdoc', 'check-api', 'greetings.md', '--openapi', 'openapi.yaml'],
    project,
  );
  check(
    result.code === 0 && result.stdout === '' && result.stderr === '',
    'npx designdoc check-api (document and description match) exits 0',
    shown(result),
  );
  result = run(
    'npx',
    ['designdoc', 'check-api', 'greetings-drift.md', '--openapi', 'openapi.yaml'],
    project,
  );
  check(
    reports(result, 'api-unimplemented'),
    'npx designdoc check-api (an endpoint the API lacks) exits 1 with api-unimplemented',
    shown(result, 'api-unimplemented'),
  );
}

const checkSchema = (project, run, ddl, dialect) =>
  run(
    'npx',
    [
      'designdoc',
      'check-schema',
      'ledger.md',
      '--ddl',
      ddl,
      ...(dialect ? ['--dialect', dialect] : []),
    ],
    project,
  );

/** One line on stderr, exit 2, naming the npm install command of the peer `check-schema` lacks. */
function asksFor(result, peer) {
  const lines = result.stderr.trim().split('\n');
  return (
    result.code === 2 &&
    lines.length === 1 &&
    new RegExp(`needs ${peer}, which is not installed: npm install ${peer}@\\^`).test(lines[0])
  );
}

/**
 * `designdoc check-schema` in the CLI's own install, which has none of its drivers: each dialect
 * asks for its peer in one line (exit 2). Installing the PostgreSQL parser with that line's own
 * command then makes the default dialect work: libpg-query is WebAssembly its package loads.
 */
export function checkSchemaWithoutPeers(project, run, check) {
  write(project, SCHEMA_FILES);
  let result = checkSchema(project, run, 'schema.sql', 'sqlite');
  check(
    asksFor(result, 'better-sqlite3'),
    'npx designdoc check-schema --dialect sqlite without better-sqlite3: one line, exit 2',
    result.stderr.trim(),
  );
  result = checkSchema(project, run, 'schema.sql');
  check(
    asksFor(result, 'libpg-query'),
    'npx designdoc check-schema (postgres DDL) without libpg-query: one line, exit 2',
    result.stderr.trim(),
  );
  const hint = /npm install (\S+)$/.exec(result.stderr.trim());
  if (!hint) return;
  const installed = run('npm', ['install', hint[1], '--no-audit', '--no-fund'], project);
  check(installed.code === 0, `npm install ${hint[1]} (as the line says)`, installed.stderr.trim());
  matchAndDrift(project, run, check, undefined, 'postgres DDL, with libpg-query installed');
}

/**
 * `designdoc check-schema --dialect sqlite` where better-sqlite3 came with @designdoc/server: a
 * matching schema exits 0, a column the schema dropped is a finding.
 */
export function checkSchemaWithSqlite(project, run, check) {
  write(project, SCHEMA_FILES);
  matchAndDrift(
    project,
    run,
    check,
    'sqlite',
    '--dialect sqlite, with the server’s better-sqlite3',
  );
}

/** The Data Model against its schema (exit 0), then against the schema with a column dropped. */
function matchAndDrift(project, run, check, dialect, what) {
  let result = checkSchema(project, run, 'schema.sql', dialect);
  check(
    result.code === 0 && result.stdout === '' && result.stderr === '',
    `npx designdoc check-schema (${what}) exits 0`,
    shown(result),
  );
  result = checkSchema(project, run, 'schema-drift.sql', dialect);
  check(
    reports(result, 'schema-column'),
    `npx designdoc check-schema (${what}; a dropped column) exits 1 with schema-column`,
    shown(result, 'schema-column'),
  );
}
