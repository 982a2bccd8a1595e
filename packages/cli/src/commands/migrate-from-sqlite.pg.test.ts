import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATION_NAMES, migrateTo, openSqlite } from '@designdoc/server';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { usePostgresDatabases } from '../../../../test/postgres-databases.js';
import { ADMIN_HEADERS, useServers } from '../../../../test/start-server.js';
import { useTempDirs } from '../../../../test/temp-dir.js';
import {
  eventually,
  startReceiver,
  type WebhookReceiver,
} from '../../../../test/webhook-receiver.js';
import {
  type Caller,
  call,
  PASSWORD,
  type Seeded,
  seedInstance,
  signIn,
} from '../../test/moved-instance.js';
import { runBin } from '../../test/run-cli.js';

const tempDir = useTempDirs();
const startServer = useServers();
const newDatabase = usePostgresDatabases();
let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

/** The tables only single sign-on fills (an identity provider's accounts, sign-ins under way). */
const SSO_TABLES = ['identities', 'oidc_logins'];

async function stop(child: ChildProcess): Promise<number | null> {
  child.kill('SIGTERM');
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

/** Rows per designdoc table of a PostgreSQL database (kysely's own left out). */
async function postgresCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' and table_name not like 'kysely%' order by 1",
    );
    const counts: Record<string, number> = {};
    for (const { table_name } of rows)
      counts[table_name] = Number(
        (await client.query(`select count(*) as n from ${table_name}`)).rows[0].n,
      );
    return counts;
  } finally {
    await client.end();
  }
}

/** Rows per table of the SQLite database, for the tables PostgreSQL has. */
function sqliteCounts(file: string, tables: string[]): Record<string, number> {
  const db = new SQLite(file, { readonly: true });
  try {
    return Object.fromEntries(
      tables.map((t) => [
        t,
        (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
      ]),
    );
  } finally {
    db.close();
  }
}

/** The database file and its log, as bytes: what "only read" leaves as it was. */
function digest(dataDir: string): string {
  const hash = createHash('sha256');
  for (const name of ['designdoc.db', 'designdoc.db-wal'])
    if (existsSync(join(dataDir, name))) hash.update(readFileSync(join(dataDir, name)));
  return hash.digest('hex');
}

/** The GET endpoints the comparison reads, with the seeded instance's ids. */
function readPaths(seeded: Seeded, delivery: string): string[] {
  const doc = `/api/v1/documents/${seeded.ledger}`;
  const hook = `/api/v1/workspaces/eng/webhooks/${seeded.hook}`;
  return [
    '/api/v1/me',
    '/api/v1/me/notifications',
    '/api/v1/me/reviews',
    '/api/v1/auth/providers',
    '/api/v1/users',
    '/api/v1/groups',
    '/api/v1/api-keys',
    '/api/v1/workspaces',
    '/api/v1/workspaces/eng',
    '/api/v1/workspaces/eng/members',
    '/api/v1/workspaces/eng/review-policy',
    '/api/v1/workspaces/eng/templates',
    '/api/v1/workspaces/eng/templates/postmortem',
    '/api/v1/workspaces/eng/webhooks',
    hook,
    `${hook}/deliveries`,
    `${hook}/deliveries/${delivery}`,
    '/api/v1/documents?workspace=eng',
    '/api/v1/documents?workspace=demo&sort=title',
    '/api/v1/documents?status=approved',
    doc,
    `${doc}/versions`,
    `${doc}/versions/1`,
    `${doc}/versions/3`,
    `${doc}/diff?from=1&to=3`,
    `${doc}/reviews`,
    `${doc}/transitions`,
    `${doc}/comments`,
    `${doc}/comments/${seeded.thread}`,
    `${doc}/checks`,
    `${doc}/access`,
    `/api/v1/documents/${seeded.secret}`,
    `/api/v1/documents/${seeded.secret}/access`,
    '/api/v1/questions',
    '/api/v1/decisions?workspace=demo',
    '/api/v1/search?q=ledger',
    '/api/v1/search?q=nightjar',
  ];
}

type Answers = Record<string, { status: number; etag: string | null; body: unknown }>;

/** What each caller gets from each endpoint: status, ETag and body. */
async function readAnswers(
  base: string,
  callers: Record<string, Caller>,
  paths: string[],
): Promise<Answers> {
  const answers: Answers = {};
  for (const [who, headers] of Object.entries(callers))
    for (const path of paths) {
      const response = await fetch(`${base}${path.slice(1)}`, { headers });
      const text = await response.text();
      answers[`${who} GET ${path}`] = {
        status: response.status,
        etag: response.headers.get('etag'),
        body: text.startsWith('{') ? JSON.parse(text) : text,
      };
    }
  return answers;
}

/**
 * The answers with the one difference the engines make: a search ranks and quotes its matches
 * with each engine's own full-text search (FTS5's bm25 and snippet; PostgreSQL's ts_rank and
 * ts_headline), so a search is compared by the documents it finds, whatever their order.
 */
function comparable(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).map(([request, answer]) => {
      if (!request.includes('/api/v1/search?')) return [request, answer];
      const body = answer.body as { items?: { id: string }[] };
      return [
        request,
        { ...answer, body: { ...body, items: body.items?.map((i) => i.id).sort() } },
      ];
    }),
  );
}

describe('designdoc migrate --from sqlite:PATH --to postgres://…', () => {
  it('moves a whole instance: every table, the same answers, passwords, keys, sessions and webhook secrets', async () => {
    receiver = await startReceiver();
    const dir = tempDir();
    const data = dir.file('data');
    const hooks = {
      WEBHOOK_ALLOW_PRIVATE: '127.0.0.1',
      WEBHOOK_POLL_MS: '100',
      WEBHOOK_RETRY_BASE_MS: '100',
    };
    const embedded = await startServer({
      DESIGNDOC_DATA_DIR: data,
      DESIGNDOC_ADMIN_PASSWORD: PASSWORD,
      ...hooks,
    });
    const seeded = await seedInstance(embedded.url, receiver);
    const { json: deliveries } = await call(
      embedded.url,
      ADMIN_HEADERS,
      'GET',
      `/api/v1/workspaces/eng/webhooks/${seeded.hook}/deliveries`,
    );
    const paths = readPaths(seeded, (deliveries.items as { id: string }[])[0]?.id ?? '');
    const callers = { admin: ADMIN_HEADERS, bob: seeded.bobKey, alice: seeded.alice };
    const before = await readAnswers(embedded.url, callers, paths);
    // Reading a confidential document is audited: the log is compared as these reads left it.
    const auditBefore = await call(embedded.url, ADMIN_HEADERS, 'GET', '/api/v1/audit?limit=200');
    expect(
      Object.entries(before)
        .filter(([request, answer]) => request.startsWith('admin') && answer.status !== 200)
        .map(([request]) => request),
    ).toEqual([]);

    // While the server runs on the folder, the move is refused and PostgreSQL is left alone.
    const target = await newDatabase();
    const move = (env: Record<string, string> = {}) =>
      runBin(['migrate', '--from', `sqlite:${data}`, '--to', target], { cwd: dir.path, env });
    expect(move()).toEqual({
      code: 2,
      stdout: '',
      stderr: `designdoc: A designdoc server is running on ${data} (it holds ${data}/designdoc.lock); stop it, then move it\n`,
    });
    expect(await postgresCounts(target)).toEqual({});
    expect(await stop(embedded.child)).toBe(0);

    // A SECRETS_KEY that does not open the webhook secrets: refused before PostgreSQL is touched.
    const wrongKey = move({ SECRETS_KEY: 'd'.repeat(64) });
    expect(wrongKey.code).toBe(2);
    expect(wrongKey.stderr).toMatch(
      new RegExp(
        `^designdoc: Webhook ${seeded.hook}'s secret is sealed with key [0-9a-f]{8}, which SECRETS_KEY \\(key [0-9a-f]{8}\\) cannot open: run this with the SECRETS_KEY the SQLite instance runs with \\(or none, to use ${data}/secrets.key\\)\n$`,
      ),
    );
    expect(await postgresCounts(target)).toEqual({});

    const file = digest(data);
    const moved = move();
    expect(moved.stderr).toBe('');
    expect(moved.code).toBe(0);
    expect(digest(data)).toBe(file);
    const copied = await postgresCounts(target);
    const tables = Object.keys(copied);
    expect(tables).toHaveLength(31);
    const counts = sqliteCounts(join(data, 'designdoc.db'), tables);
    expect(copied).toEqual(counts);
    expect(tables.filter((t) => counts[t] === 0)).toEqual(SSO_TABLES);
    const lines = moved.stdout.trimEnd().split('\n');
    const keyId = (/\(key ([0-9a-f]{8})\)/.exec(moved.stdout) ?? [])[1];
    expect(lines.slice(0, 3)).toEqual([
      `Checked data/designdoc.db: 7 documents, 9 versions, 5 users; integrity check ok; migrations up to ${MIGRATION_NAMES.at(-1)}`,
      `Migrated PostgreSQL ${target}: applied ${MIGRATION_NAMES.length} migrations`,
      'Copying 31 tables in one transaction:',
    ]);
    // Each table as it is copied, parents first, with its rows.
    const reported = lines.slice(3, 34).map((line) => /^ {2}(\w+) +([\d,]+)(.*)$/.exec(line));
    expect(
      Object.fromEntries(reported.map((m) => [m?.[1], Number(m?.[2].replace(',', ''))])),
    ).toEqual(counts);
    const order = reported.map((m) => m?.[1]);
    for (const [child, parent] of [
      ['documents', 'workspaces'],
      ['versions', 'documents'],
      ['search_index', 'documents'],
      ['webhook_attempts', 'webhook_deliveries'],
      ['notifications', 'comments'],
    ] as const)
      expect(order.indexOf(child)).toBeGreaterThan(order.indexOf(parent));
    expect(lines[34]).toMatch(
      /^Committed [\d,]+ rows in 31 tables in \d+\.\d s; the sequences of audit_log\.id, status_changes\.id, events\.seq, comments\.seq, check_runs\.seq follow the copied ids$/,
    );
    expect(lines.slice(35)).toEqual([
      `Sealed secrets: 1 webhook secret, sealed with the key in ${data}/secrets.key (key ${keyId}), which opens it: run every PostgreSQL instance with SECRETS_KEY=$(cat ${data}/secrets.key)`,
      `Done. Serve it with DATABASE_URL=${target}; data/designdoc.db is unchanged: keep it until the new instance is checked`,
    ]);

    // The instance on PostgreSQL, with the key it was told to carry and a data folder of its own.
    const postgres = await startServer({
      DATABASE_URL: target,
      SECRETS_KEY: readFileSync(join(data, 'secrets.key'), 'utf8').trim(),
      DESIGNDOC_DATA_DIR: dir.file('elsewhere'),
      ...hooks,
    });
    expect(
      (await call(postgres.url, ADMIN_HEADERS, 'GET', '/api/v1/audit?limit=200')).json,
    ).toEqual(auditBefore.json);
    const after = await readAnswers(postgres.url, callers, paths);
    expect(comparable(after)).toEqual(comparable(before));
    // PostgreSQL's index of the copied entries finds them, and keeps the confidential one to
    // those it is granted to (its filter columns were filled from the copied documents).
    const found = (who: string, q: string) => {
      const body = after[`${who} GET /api/v1/search?q=${q}`]?.body as { items: { id: string }[] };
      return body.items.map((i) => i.id);
    };
    expect(found('admin', 'ledger')).toContain(seeded.ledger);
    expect([
      found('admin', 'nightjar'),
      found('bob', 'nightjar'),
      found('alice', 'nightjar'),
    ]).toEqual([[seeded.secret], [seeded.secret], []]);

    // The old password signs in, the old key and session still act, the hook's secret still signs.
    const carol = await signIn(postgres.url, 'carol');
    expect((await call(postgres.url, carol, 'GET', '/api/v1/me')).json).toMatchObject({
      user: { username: 'carol' },
    });
    expect((await call(postgres.url, seeded.bobKey, 'GET', '/api/v1/me')).json).toMatchObject({
      user: { username: 'bob' },
      authenticatedBy: 'api-key',
    });
    const { json: made } = await call(
      postgres.url,
      seeded.alice,
      'POST',
      '/api/v1/workspaces/eng/documents',
      '# After the move\n\n## Overview\n\nWritten on PostgreSQL.\n',
    );
    const delivered = await eventually(
      () => receiver?.received.find((r) => r.body.includes('After the move')),
      'the new document delivered',
    );
    expect(delivered.signed).toBe(true);
    // New rows take ids after the copied ones (a sequence left at 1 would collide: a 500).
    await call(postgres.url, seeded.alice, 'POST', `/api/v1/documents/${made.id}/comments`, {
      section: 'overview',
      body: 'The first comment on PostgreSQL.',
    });
    await call(postgres.url, ADMIN_HEADERS, 'POST', `/api/v1/documents/${made.id}/checks`, {
      name: 'check-api',
      result: 'passed',
      diagnostics: [],
    });
    const audit = (await call(postgres.url, ADMIN_HEADERS, 'GET', '/api/v1/audit?limit=1')).json;
    const copiedIds = (auditBefore.json.items as { id: number }[]).map((e) => e.id);
    expect((audit.items as { id: number }[])[0]?.id).toBeGreaterThan(Math.max(...copiedIds));
    expect(await stop(postgres.child)).toBe(0);
  }, 180_000);

  it('refuses a PostgreSQL database that holds designdoc data, naming it, and changes nothing', async () => {
    const dir = tempDir();
    const target = await newDatabase();
    const data = dir.file('data');
    expect(runBin(['migrate'], { cwd: dir.path, env: { DESIGNDOC_DATA_DIR: data } }).code).toBe(0);
    // Someone made an account on PostgreSQL before the move.
    const env = { DATABASE_URL: target };
    expect(runBin(['migrate'], { cwd: dir.path, env }).code).toBe(0);
    expect(
      runBin(['user', 'create', 'early', '--password-stdin'], {
        cwd: dir.path,
        env,
        input: `${PASSWORD}\n`,
      }).code,
    ).toBe(0);
    const held = await postgresCounts(target);
    const refused = runBin(['migrate', '--from', `sqlite:${data}/designdoc.db`, '--to', target], {
      cwd: dir.path,
    });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe(
      [
        `Checked data/designdoc.db: 0 documents, 0 versions, 0 users; integrity check ok; migrations up to ${MIGRATION_NAMES.at(-1)}`,
        `PostgreSQL ${target} is up to date`,
        '',
      ].join('\n'),
    );
    expect(refused.stderr).toBe(
      'designdoc: The PostgreSQL database already holds designdoc data: users (1 row). Nothing was copied; move into a new, empty database (a server started on one makes its first admin, so run no server on it before the move)\n',
    );
    expect(await postgresCounts(target)).toEqual(held);
  }, 90_000);

  it('refuses an SQLite database with migrations pending, and one that is not there', async () => {
    const dir = tempDir();
    const target = await newDatabase();
    mkdirSync(dir.file('old'));
    const { db } = openSqlite(dir.file('old/designdoc.db'));
    await migrateTo(db, '2026-12-10-search-recency');
    await db.destroy();
    const pending = runBin(['migrate', '--from', 'sqlite:old', '--to', target], { cwd: dir.path });
    expect(pending).toEqual({
      code: 2,
      stdout: '',
      stderr: `designdoc: ${dir.file('old/designdoc.db')} lacks 2 migrations (2026-12-11-check-runs first): bring it up to date with designdoc migrate (DESIGNDOC_DATA_DIR=${dir.file('old')}), which backs it up first, then move it\n`,
    });
    const missing = runBin(['migrate', '--from', 'sqlite:nowhere/designdoc.db', '--to', target], {
      cwd: dir.path,
    });
    expect(missing.stderr).toBe(
      `designdoc: ${dir.file('nowhere/designdoc.db')} does not exist: name the embedded database (designdoc.db) or its data folder\n`,
    );
    expect(missing.code).toBe(2);
    expect(await postgresCounts(target)).toEqual({});
  }, 90_000);
});
