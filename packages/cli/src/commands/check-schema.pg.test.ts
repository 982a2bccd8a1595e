import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { usePostgresDatabases } from '../../../../test/postgres-databases.js';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { LEDGER_DOC, LEDGER_POSTGRES } from '../../test/ledger-schema.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();
const newDatabase = usePostgresDatabases();

async function execute(url: string, statements: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statements);
  } finally {
    await client.end();
  }
}

async function checkSchema(url: string) {
  const dir = tempDir({ 'ledger.md': LEDGER_DOC });
  return runCli(['check-schema', 'ledger.md', '--database', url, '--format', 'json'], {
    cwd: dir.path,
  });
}

const ruleIds = (stdout: string) =>
  (JSON.parse(stdout) as { diagnostics: { ruleId: string }[] }[])
    .flatMap((r) => r.diagnostics.map((d) => d.ruleId))
    .sort();

describe('designdoc check-schema --database postgres://', () => {
  it('reports nothing for the schema the document describes, and each drift once it drifts', async () => {
    const url = await newDatabase();
    await execute(url, LEDGER_POSTGRES);
    expect(await checkSchema(url)).toMatchObject({ code: 0, stderr: '' });
    expect(ruleIds((await checkSchema(url)).stdout)).toEqual([]);
    await execute(
      url,
      `ALTER TABLE entries DROP CONSTRAINT entries_account;
       ALTER TABLE accounts ALTER COLUMN name TYPE integer USING 0;
       CREATE TABLE ledger_locks (id int PRIMARY KEY, account_id uuid REFERENCES accounts);`,
    );
    const drifted = await checkSchema(url);
    expect(drifted.code).toBe(1);
    expect(ruleIds(drifted.stdout)).toEqual([
      'schema-key',
      'schema-type',
      'schema-undocumented-table',
    ]);
  });

  it('reads the schema the connection resolves names in (search_path), not the others', async () => {
    const url = await newDatabase();
    await execute(
      url,
      `CREATE TABLE public.leftovers (id int); CREATE SCHEMA ledger; SET search_path = ledger; ${LEDGER_POSTGRES}`,
    );
    const scoped = new URL(url);
    scoped.searchParams.set('options', '-c search_path=ledger');
    expect(await checkSchema(scoped.toString())).toMatchObject({ code: 0, stderr: '' });
    const unscoped = await checkSchema(url);
    expect(ruleIds(unscoped.stdout)).toEqual([
      'schema-missing-table',
      'schema-missing-table',
      'schema-missing-table',
      'schema-undocumented-table',
    ]);
  });
});
