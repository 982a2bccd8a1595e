import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { MIGRATION_NAMES, migrateTo, openSqlite } from '@designdoc/server';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BIN } from '../../../../test/repo-paths.js';
import { ADMIN_HEADERS, callAsAdmin, useServers } from '../../../../test/start-server.js';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { runBin } from '../../test/run-cli.js';

const tempDir = useTempDirs();
const startServer = useServers();

async function stop(child: ChildProcess): Promise<number | null> {
  child.kill('SIGTERM');
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

/** What a user sees of an instance: its documents, each one's versions, and the accounts. */
async function snapshot(base: string): Promise<unknown> {
  const get = async (path: string) => {
    const response = await fetch(`${base}${path.slice(1)}`, { headers: ADMIN_HEADERS });
    expect(response.status).toBe(200);
    return (await response.json()) as { items: { id: string }[] };
  };
  const documents = (await get('/api/v1/documents?workspace=demo&sort=title&limit=50')).items;
  const versions = await Promise.all(
    documents.map(async (d) => (await get(`/api/v1/documents/${d.id}/versions`)).items),
  );
  const users = (await get('/api/v1/users')).items;
  return { documents, versions, users };
}

/** A database in `dir` migrated only up to `name`, holding a row (so it is not a new database). */
async function databaseAt(dir: string, name: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const { db } = openSqlite(`${dir}/designdoc.db`);
  await migrateTo(db, name);
  const now = new Date().toISOString();
  await db
    .insertInto('workspaces')
    .values({
      id: 'f0000000-0000-4000-8000-000000000001',
      slug: 'old',
      name: 'From before',
      default_template: 'tdd',
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db.destroy();
}

function appliedMigrations(path: string): string[] {
  const db = new SQLite(path, { readonly: true });
  try {
    return (
      db.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]
    ).map((r) => r.name);
  } finally {
    db.close();
  }
}

describe('designdoc backup and restore', () => {
  it('backs up a running instance and restores it into a new data folder with the same documents, versions and users', async () => {
    const dir = tempDir();
    const source = { DESIGNDOC_DATA_DIR: dir.file('a') };
    const server = await startServer(source);
    await callAsAdmin(
      server.url,
      'POST',
      '/api/v1/users',
      { username: 'grace', password: 'a fine long passphrase' },
      201,
    );
    const before = await snapshot(server.url);

    const backup = runBin(['backup', '--out', 'copy.db'], { cwd: dir.path, env: source });
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(
      /^Backed up a\/designdoc\.db to copy\.db \(\d+(\.\d)? [KM]B\): 5 documents, 5 versions, 2 users; integrity check ok\n$/,
    );
    expect(runBin(['backup', '--out', 'copy.db'], { cwd: dir.path, env: source })).toMatchObject({
      code: 2,
      stderr: 'designdoc: copy.db exists; pass --force to overwrite it\n',
    });
    expect(await stop(server.child)).toBe(0);

    const target = { DESIGNDOC_DATA_DIR: dir.file('b') };
    const restored = runBin(['restore', 'copy.db'], { cwd: dir.path, env: target });
    expect(restored).toMatchObject({
      code: 0,
      stderr: '',
      stdout: [
        `Checked copy.db: 5 documents, 5 versions, 2 users; integrity check ok; migrations up to ${MIGRATION_NAMES.at(-1)}`,
        'Restored it into b/designdoc.db; start the server (it applies any newer migrations)',
        '',
      ].join('\n'),
    });
    const again = await startServer(target, ['--no-demo']);
    expect(again.output()).not.toContain('First run');
    expect(await snapshot(again.url)).toEqual(before);
    expect(await stop(again.child)).toBe(0);
  }, 60_000);

  it('refuses to restore while a server runs on the data folder, even with --force, and restores once it has stopped', async () => {
    const dir = tempDir();
    const env = { DESIGNDOC_DATA_DIR: dir.file('data') };
    const server = await startServer(env, ['--no-demo']);
    expect(runBin(['backup', '-o', 'copy.db'], { cwd: dir.path, env }).code).toBe(0);
    for (const args of [
      ['restore', 'copy.db'],
      ['restore', 'copy.db', '--force'],
    ])
      expect(runBin(args, { cwd: dir.path, env })).toMatchObject({
        code: 2,
        stdout: '',
        stderr: `designdoc: A designdoc server is running on ${dir.file('data')} (it holds ${dir.file('data/designdoc.lock')}); stop it, then restore\n`,
      });
    expect(await stop(server.child)).toBe(0);

    expect(runBin(['restore', 'copy.db'], { cwd: dir.path, env })).toMatchObject({
      code: 2,
      stderr: `designdoc: ${dir.file('data/designdoc.db')} holds a database; pass --force to replace it (it is kept as designdoc.db.before-restore-<time>)\n`,
    });
    const restored = runBin(['restore', 'copy.db', '--force'], { cwd: dir.path, env });
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(
      /\nKept the previous database as data\/designdoc\.db\.before-restore-\d{8}T\d{6}\.\d{3}Z\nRestored it into data\/designdoc\.db;/,
    );
    const files = readdirSync(dir.file('data'));
    expect(files.filter((f) => f.startsWith('designdoc.db'))).toEqual([
      'designdoc.db',
      expect.stringMatching(/^designdoc\.db\.before-restore-/),
    ]);
    const after = await startServer(env, ['--no-demo']);
    expect((await fetch(`${after.url}api/v1/users`, { headers: ADMIN_HEADERS })).status).toBe(200);
    expect(await stop(after.child)).toBe(0);
  }, 60_000);

  it('refuses what is not a designdoc backup this release can run, with exit 2', async () => {
    const dir = tempDir({ 'junk.db': 'not a database at all, just text\n' });
    const env = { DESIGNDOC_DATA_DIR: dir.file('data') };
    const restore = (file: string) => runBin(['restore', file], { cwd: dir.path, env });
    expect(restore('junk.db')).toMatchObject({
      code: 2,
      stderr: `designdoc: ${dir.file('junk.db')} is not an SQLite database: file is not a database\n`,
    });
    expect(restore('missing.db').stderr).toBe(
      `designdoc: ${dir.file('missing.db')} does not exist\n`,
    );
    const other = new SQLite(dir.file('other.db'));
    other.exec('CREATE TABLE notes (text TEXT)');
    other.close();
    expect(restore('other.db').stderr).toBe(
      `designdoc: ${dir.file('other.db')} is not a designdoc database (it has no applied migrations)\n`,
    );
    expect(
      runBin(['migrate'], { cwd: dir.path, env: { DESIGNDOC_DATA_DIR: dir.file('newer') } }).code,
    ).toBe(0);
    const newer = new SQLite(dir.file('newer/designdoc.db'));
    newer
      .prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)')
      .run('2099-01-01-future', new Date().toISOString());
    newer.close();
    expect(restore('newer/designdoc.db').stderr).toMatch(
      /^designdoc: .*newer\/designdoc\.db is from a newer designdoc: migration 2099-01-01-future is unknown to \d+\.\d+\.\d+\S*; restore it with that release or later\n$/,
    );
    expect(readdirSync(dir.path)).not.toContain('data');
    expect(runBin(['backup', '--out', 'b.db'], { cwd: dir.path, env })).toMatchObject({
      code: 2,
      stderr: `designdoc: No database to back up at ${dir.file('data/designdoc.db')} (DESIGNDOC_DATA_DIR); start the server or run designdoc migrate first\n`,
    });
  }, 60_000);

  it('on PostgreSQL does not pretend: exit 2 with the pg_dump and pg_restore commands', () => {
    const dir = tempDir();
    const env = { DATABASE_URL: 'postgres://127.0.0.1:1/designdoc' };
    expect(runBin(['backup', '--out', 'b.db'], { cwd: dir.path, env })).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'designdoc: designdoc backup copies the embedded SQLite database, but DATABASE_URL is set: back up PostgreSQL with pg_dump --format=custom --file=designdoc.dump "$DATABASE_URL"\n',
    });
    expect(runBin(['restore', 'b.db'], { cwd: dir.path, env })).toMatchObject({
      code: 2,
      stderr:
        'designdoc: designdoc restore restores the embedded SQLite database, but DATABASE_URL is set: restore PostgreSQL with pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" designdoc.dump\n',
    });
  });
});

describe('automatic backup before migrations', () => {
  const older = MIGRATION_NAMES.at(-3) as string;
  const firstPending = MIGRATION_NAMES.at(-2) as string;

  it('designdoc migrate copies a database with pending migrations to backups/ first and keeps the last DESIGNDOC_BACKUPS_KEEP', async () => {
    const dir = tempDir({
      'data/backups/designdoc-20260101T000000.000Z-before-x.db': 'old 1',
      'data/backups/designdoc-20260102T000000.000Z-before-x.db': 'old 2',
      'data/backups/designdoc-20260103T000000.000Z-before-x.db': 'old 3',
      'data/backups/my-own-copy.db': 'not ours to remove',
    });
    await databaseAt(dir.file('data'), older);
    const env = { DESIGNDOC_DATA_DIR: dir.file('data'), DESIGNDOC_BACKUPS_KEEP: '2' };
    const result = runBin(['migrate'], { cwd: dir.path, env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [line, applied] = result.stdout.split('\n');
    expect(line).toMatch(
      new RegExp(
        `^Backed up the database to ${dir.file('data/backups/')}designdoc-\\d{8}T\\d{6}\\.\\d{3}Z-before-${firstPending}\\.db before 2 pending migrations \\(keeping the last 2, DESIGNDOC_BACKUPS_KEEP\\)$`,
      ),
    );
    expect(applied).toBe(`Applied 2 migrations: ${MIGRATION_NAMES.slice(-2).join(', ')}`);
    const backups = readdirSync(dir.file('data/backups')).sort();
    expect(backups).toEqual([
      'designdoc-20260103T000000.000Z-before-x.db',
      expect.stringMatching(new RegExp(`-before-${firstPending}\\.db$`)),
      'my-own-copy.db',
    ]);
    expect(appliedMigrations(dir.file(`data/backups/${backups[1]}`)).at(-1)).toBe(older);
    expect(appliedMigrations(dir.file('data/designdoc.db')).at(-1)).toBe(MIGRATION_NAMES.at(-1));
    // Up to date, or a new database: nothing to back up.
    expect(runBin(['migrate'], { cwd: dir.path, env }).stdout).toBe('The database is up to date\n');
    expect(
      runBin(['migrate'], { cwd: dir.path, env: { DESIGNDOC_DATA_DIR: dir.file('new') } }).stdout,
    ).toMatch(/^Applied \d+ migrations/);
    expect(readdirSync(dir.file('data/backups'))).toHaveLength(3);
    expect(dir.exists('new/backups')).toBe(false);
  }, 60_000);

  it('designdoc serve does the same on the embedded database and says so in one line', async () => {
    const dir = tempDir();
    await databaseAt(dir.file('data'), older);
    const server = await startServer({ DESIGNDOC_DATA_DIR: dir.file('data') }, ['--no-demo']);
    expect(server.output()).toMatch(
      new RegExp(
        `Backed up the database to \\S+-before-${firstPending}\\.db before 2 pending migrations \\(keeping the last 5, DESIGNDOC_BACKUPS_KEEP\\)\\n`,
      ),
    );
    expect(await stop(server.child)).toBe(0);
    expect(readdirSync(dir.file('data/backups'))).toHaveLength(1);
  }, 60_000);
});

describe('the first-run admin password', () => {
  it('goes to the terminal (standard error) once, never into the JSON log on standard output', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--no-demo'], {
      env: {
        PATH: process.env.PATH ?? '',
        LOG_LEVEL: 'info',
        DESIGNDOC_DATA_DIR: dir.file('data'),
      },
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no address:\n${stdout}${stderr}`)),
          20_000,
        );
        child.stdout.on('data', (chunk) => {
          stdout += chunk;
          const match = stdout.match(/designdoc server on (http:\/\/127\.0\.0\.1:\d+\/)/);
          if (match) {
            clearTimeout(timer);
            resolve(match[1] as string);
          }
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${stdout}${stderr}`)));
      });
      const password = stderr.match(
        /^First run: created the instance admin “admin” with this password, shown only this once:\n\n {4}(\S+)\n/,
      )?.[1] as string;
      expect(password).toBeDefined();
      const signIn = await fetch(`${url}api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password }),
      });
      expect(signIn.status).toBe(200);
      expect(await stop(child)).toBe(0);
      const logLines = stdout.split('\n').filter((l) => l.startsWith('{'));
      expect(logLines.length).toBeGreaterThan(0);
      for (const line of logLines) expect(() => JSON.parse(line)).not.toThrow();
      expect(stdout).not.toContain(password);
      expect(stdout).not.toContain('First run');
      expect(stderr.split(password)).toHaveLength(2);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);
});
