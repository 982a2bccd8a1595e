import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { expectFault } from '../../test/expect-output.js';
import { LEDGER_DOC, LEDGER_POSTGRES, LEDGER_SQLITE } from '../../test/ledger-schema.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

/** The line of `doc` that holds `text`. */
const lineOf = (doc: string, text: string) =>
  doc.split('\n').findIndex((l) => l.includes(text)) + 1;

/** Run check-schema in a folder holding `files`; with `--format json`, the findings as rule and line. */
async function checkSchema(files: Record<string, string>, args: string[]) {
  const dir = tempDir(files);
  const output = await runCli(['check-schema', ...args], { cwd: dir.path });
  return { ...output, dir: dir.path };
}

async function findings(
  doc: string,
  ddl: string,
  dialect = 'postgres',
): Promise<[string, number][]> {
  const { code, stdout, stderr } = await checkSchema({ 'ledger.md': doc, 'schema.sql': ddl }, [
    'ledger.md',
    '--ddl',
    'schema.sql',
    '--dialect',
    dialect,
    '--format',
    'json',
  ]);
  expect(stderr).toBe('');
  const [result] = JSON.parse(stdout) as {
    diagnostics: { ruleId: string; place: { start: { line: number } } }[];
  }[];
  const found = (result?.diagnostics ?? []).map(
    (d) => [d.ruleId, d.place.start.line] as [string, number],
  );
  expect(code).toBe(
    found.length === 0 ? 0 : found.some(([id]) => !id.startsWith('schema-undocumented')) ? 1 : 0,
  );
  return found;
}

describe('designdoc check-schema', () => {
  describe('a document and the schema it describes', () => {
    it('reports nothing against PostgreSQL DDL', async () => {
      expect(
        await checkSchema({ 'ledger.md': LEDGER_DOC, 'schema.sql': LEDGER_POSTGRES }, [
          'ledger.md',
          '--ddl',
          'schema.sql',
        ]),
      ).toMatchObject({ code: 0, stdout: '', stderr: '' });
    });

    it('reports nothing against SQLite DDL', async () => {
      expect(
        await checkSchema({ 'ledger.md': LEDGER_DOC, 'schema.sql': LEDGER_SQLITE }, [
          'ledger.md',
          '--ddl',
          'schema.sql',
          '--dialect',
          'sqlite',
        ]),
      ).toMatchObject({ code: 0, stdout: '', stderr: '' });
    });

    it('reports nothing against a live SQLite database, and a drift once the database changes', async () => {
      const dir = tempDir({ 'ledger.md': LEDGER_DOC });
      const file = new Database(join(dir.path, 'ledger.db'));
      file.exec(LEDGER_SQLITE.replace('CREATE TABLE sqlite_sequence(name,seq);', ''));
      file.close();
      const args = ['check-schema', 'ledger.md', '--database', 'sqlite:ledger.db'];
      expect(await runCli(args, { cwd: dir.path })).toEqual({ code: 0, stdout: '', stderr: '' });
      const changed = new Database(join(dir.path, 'ledger.db'));
      changed.exec('ALTER TABLE audit_events RENAME COLUMN actor_id TO user_id');
      changed.close();
      const drifted = await runCli(args, { cwd: dir.path });
      expect(drifted.code).toBe(1);
      const line = lineOf(LEDGER_DOC, '**AuditEvent**');
      const column = (LEDGER_DOC.split('\n')[line - 1] ?? '').indexOf('`actor_id`') + 1;
      expect(drifted.stdout).toMatch(
        new RegExp(
          `  ${line}:${column} +error +Field “actor_id” of entity “AuditEvent” is not a column of “audit_events” +schema-column`,
        ),
      );
    });
  });

  it('applies PostgreSQL DDL files in order, as migrations', async () => {
    const first = LEDGER_POSTGRES.replace(
      'CREATE TABLE audit_events (actor_id text,',
      'CREATE TABLE audit_log (actor text,',
    ).replace('ON audit_events', 'ON audit_log');
    const second = `ALTER TABLE audit_log RENAME TO audit_events;
ALTER TABLE audit_events RENAME COLUMN actor TO actor_id;
CREATE TABLE scratch (id int);
DROP TABLE scratch;
ALTER TABLE entries ADD COLUMN memo text, ADD COLUMN note text;
ALTER TABLE entries DROP COLUMN memo, DROP COLUMN note;
ALTER TABLE entries DROP CONSTRAINT entries_account;
ALTER TABLE entries ADD FOREIGN KEY (account_id) REFERENCES accounts (id);
`;
    expect(
      await checkSchema({ 'ledger.md': LEDGER_DOC, '1.sql': first, '2.sql': second }, [
        'ledger.md',
        '--ddl',
        '1.sql',
        '--ddl',
        '2.sql',
      ]),
    ).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const onlyFirst = await checkSchema({ 'ledger.md': LEDGER_DOC, '1.sql': first }, [
      'ledger.md',
      '--ddl',
      '1.sql',
      '--format',
      'json',
    ]);
    expect(onlyFirst.stdout).toContain('Entity “AuditEvent” has no table in the schema');
  });

  it('checks several documents together: a table any of them names is documented', async () => {
    const locks =
      '# Locks\n\n## Data Model\n\n### Key Entities\n\n- **LedgerLock**: who holds the ledger.\n';
    const ddl = `${LEDGER_POSTGRES}CREATE TABLE ledger_locks (id int PRIMARY KEY);\nCREATE TABLE caches (id int);\n`;
    const { code, stdout } = await checkSchema(
      {
        'ledger.md': LEDGER_DOC,
        'locks.md': locks,
        'overview.md': '# Overview\n',
        'schema.sql': ddl,
      },
      ['ledger.md', 'locks.md', 'overview.md', '--ddl', 'schema.sql', '--format', 'json'],
    );
    expect(code).toBe(0);
    const reported = (
      JSON.parse(stdout) as { filePath: string; diagnostics: { message: string }[] }[]
    ).map((r) => [r.filePath, r.diagnostics.map((d) => d.message)]);
    expect(reported).toEqual([
      ['ledger.md', ['Table “caches” is in the schema, but no entity of the Data Model names it']],
      ['locks.md', []],
      ['overview.md', []],
    ]);
  });

  describe('finds each drift with its rule, at its line', () => {
    const line = (text: string, doc = LEDGER_DOC) => lineOf(doc, text);
    it.each([
      [
        'a documented table the schema lacks',
        LEDGER_DOC,
        LEDGER_POSTGRES.replace(/CREATE TABLE audit_events .*\n/, ''),
        [['schema-missing-table', line('**AuditEvent**')]],
      ],
      [
        'a table the document does not name',
        LEDGER_DOC,
        `${LEDGER_POSTGRES}CREATE TABLE ledger_locks (id int PRIMARY KEY);\n`,
        [['schema-undocumented-table', line('### Key Entities')]],
      ],
      [
        'a field that is not a column',
        LEDGER_DOC,
        LEDGER_POSTGRES.replace('actor_id text', 'user_id text'),
        [['schema-column', line('**AuditEvent**')]],
      ],
      [
        'a column the attribute block leaves out',
        LEDGER_DOC,
        LEDGER_POSTGRES.replace('amount bigint NOT NULL', 'amount bigint NOT NULL,\n  memo text'),
        [['schema-undocumented-column', line('ENTRY {')]],
      ],
      [
        'a type of another family',
        LEDGER_DOC,
        LEDGER_POSTGRES.replace('amount bigint', 'amount numeric(12, 2)'),
        [['schema-type', line('bigint amount')]],
      ],
      [
        'a key marker the table does not have',
        LEDGER_DOC,
        LEDGER_POSTGRES.replace('CREATE UNIQUE INDEX accounts_name ON accounts (name);\n', ''),
        [['schema-key', line('string name UK')]],
      ],
      [
        'a key the markers leave out',
        LEDGER_DOC,
        `${LEDGER_POSTGRES}ALTER TABLE entries ADD CONSTRAINT entries_amount UNIQUE (amount);\n`,
        [['schema-key', line('bigint amount')]],
      ],
      [
        'a relationship with no foreign key',
        LEDGER_DOC.replace(
          '    ACCOUNT ||--o{ ENTRY : records',
          '    ACCOUNT ||--o{ ENTRY : records\n    ACCOUNT ||--o{ AUDIT_EVENT : "is audited by"',
        ),
        LEDGER_POSTGRES,
        [['schema-relation', line('ACCOUNT ||--o{ ENTRY') + 1]],
      ],
      [
        'a foreign key the diagram does not show',
        LEDGER_DOC.replace('    ACCOUNT ||--o{ ENTRY : records\n', ''),
        LEDGER_POSTGRES,
        [['schema-relation', line('erDiagram')]],
      ],
    ])('%s', async (_name, doc, ddl, expected) => {
      expect(await findings(doc, ddl)).toEqual(expected);
    });

    it('reads SQLite DDL to the same findings', async () => {
      expect(
        await findings(LEDGER_DOC, LEDGER_SQLITE.replace('amount bigint', 'amount real'), 'sqlite'),
      ).toEqual([['schema-type', lineOf(LEDGER_DOC, 'bigint amount')]]);
    });
  });

  describe('reports as lint does', () => {
    const drifted = LEDGER_POSTGRES.replace('actor_id text', 'user_id text');

    it('takes severities from the config and --rule, and inline disable comments', async () => {
      const config = 'rules:\n  schema-column: warn\n';
      const warned = await checkSchema(
        { 'ledger.md': LEDGER_DOC, 'schema.sql': drifted, 'designdoc.config.yaml': config },
        ['ledger.md', '--ddl', 'schema.sql'],
      );
      expect(warned.code).toBe(0);
      expect(warned.stdout).toContain('warning  Field “actor_id” of entity “AuditEvent”');
      const off = await checkSchema({ 'ledger.md': LEDGER_DOC, 'schema.sql': drifted }, [
        'ledger.md',
        '--ddl',
        'schema.sql',
        '--rule',
        'schema-column:off',
      ]);
      expect(off).toMatchObject({ code: 0, stdout: '' });
      const disabled = LEDGER_DOC.replace(
        '- **AuditEvent**',
        '<!-- designdoc-disable-next-line schema-column -- renamed in the next release -->\n- **AuditEvent**',
      );
      expect(
        await checkSchema({ 'ledger.md': disabled, 'schema.sql': drifted }, [
          'ledger.md',
          '--ddl',
          'schema.sql',
        ]),
      ).toMatchObject({ code: 0, stdout: '' });
    });

    it('does not run the schema rules in lint', async () => {
      const dir = tempDir({ 'ledger.md': LEDGER_DOC });
      const linted = await runCli(['lint', '--format', 'json', 'ledger.md'], { cwd: dir.path });
      expect(linted.stdout).not.toContain('"schema-');
    });
  });

  describe('a schema it cannot read is a usage error', () => {
    it.each([
      [
        [],
        /^designdoc: check-schema needs a schema: --ddl FILE \(repeatable\) or --database URL, not both$/,
      ],
      [['--ddl', 'schema.sql', '--database', 'sqlite:x.db'], /needs a schema/],
      [
        ['--ddl', 'missing.sql'],
        /^designdoc: Cannot read --ddl missing.sql: ENOENT: no such file or directory/,
      ],
      [
        ['--database', 'sqlite:missing.db'],
        /^designdoc: Cannot open the database sqlite:missing.db: /,
      ],
      [
        ['--database', 'redis://127.0.0.1/0'],
        /^designdoc: Unknown database URL “redis:\/\/127.0.0.1\/0”, expected postgres:\/\/…, sqlite:PATH or mysql:\/\/…$/,
      ],
      [
        ['--database', 'postgres://ledger:s3cret@127.0.0.1:1/ledger'],
        /^designdoc: Cannot read the database postgres:\/\/ledger@127.0.0.1:1\/ledger: connect ECONNREFUSED 127.0.0.1:1$/,
      ],
      [
        ['--database', 'mysql://root@127.0.0.1:1/ledger'],
        /^designdoc: Cannot read the database mysql:\/\/root@127.0.0.1:1\/ledger: connect ECONNREFUSED 127.0.0.1:1$/,
      ],
    ])('%j', async (args, message) => {
      const output = await checkSchema({ 'ledger.md': LEDGER_DOC, 'schema.sql': LEDGER_POSTGRES }, [
        'ledger.md',
        ...args,
      ]);
      expect(expectFault(output)).toMatch(message);
      expect(output.stderr).not.toContain('s3cret');
    });

    it('names the file, the line and the parser’s message for a syntax error', async () => {
      const broken = LEDGER_POSTGRES.replace('amount bigint NOT NULL', 'amount bigint NOT NULL,,');
      const postgres = await checkSchema({ 'ledger.md': LEDGER_DOC, 'schema.sql': broken }, [
        'ledger.md',
        '--ddl',
        'schema.sql',
      ]);
      expect(expectFault(postgres)).toBe(
        `designdoc: schema.sql:${lineOf(broken, ',,')}: syntax error at or near ","`,
      );
      const sqlite = await checkSchema(
        {
          'ledger.md': LEDGER_DOC,
          'schema.sql': LEDGER_SQLITE.replace('amount bigint NOT NULL', 'amount bigint NOT NULL,,'),
        },
        ['ledger.md', '--ddl', 'schema.sql', '--dialect', 'sqlite'],
      );
      expect(expectFault(sqlite)).toBe(
        `designdoc: schema.sql:${lineOf(LEDGER_SQLITE, 'CREATE TABLE entries')}: near ",": syntax error`,
      );
    });
  });
});
