import type { ChildProcess } from 'node:child_process';
import { MIGRATION_NAMES } from '@designdoc/server';
import { describe, expect, it } from 'vitest';
import { ADMIN_HEADERS, useServers } from '../../../../test/start-server.js';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { runBin } from '../../test/run-cli.js';

const tempDir = useTempDirs();
const startServer = useServers();
async function stop(child: ChildProcess): Promise<number | null> {
  child.kill('SIGTERM');
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

describe('designdoc serve', () => {
  it('migrates the embedded database, seeds the demo workspace once, serves the API, and stops cleanly', async () => {
    const dir = tempDir();
    const env = { DESIGNDOC_DATA_DIR: dir.file('data') };
    const first = await startServer(env);
    expect(first.output()).toContain('Imported 5 documents into the demo workspace\n');
    expect(first.output()).toContain(
      'First run: created an admin API key with DESIGNDOC_BOOTSTRAP_TOKEN\n',
    );
    const anonymous = await fetch(`${first.url}api/v1/documents`);
    expect(anonymous.status).toBe(401);
    const list = await fetch(`${first.url}api/v1/documents?workspace=demo&sort=title&limit=10`, {
      headers: ADMIN_HEADERS,
    });
    expect(list.status).toBe(200);
    const titles = ((await list.json()) as { items: { title: string }[] }).items.map(
      (d) => d.title,
    );
    expect(titles).toEqual(
      expect.arrayContaining([
        'designdoc',
        'Payments Ledger Service',
        'Use PostgreSQL for the payments ledger',
      ]),
    );
    expect(titles).toHaveLength(5);
    expect(await stop(first.child)).toBe(0);
    expect(dir.exists('data/designdoc.db')).toBe(true);

    const second = await startServer(env);
    expect(second.output()).not.toContain('Imported');
    expect(second.output()).not.toContain('First run');
    const again = await fetch(`${second.url}api/v1/documents?workspace=demo`, {
      headers: ADMIN_HEADERS,
    });
    expect(((await again.json()) as { items: unknown[] }).items).toHaveLength(5);
    expect(await stop(second.child)).toBe(0);
  });

  it('starts empty with --no-demo', async () => {
    const dir = tempDir();
    const server = await startServer({ DESIGNDOC_DATA_DIR: dir.file('data') }, ['--no-demo']);
    const workspaces = await fetch(`${server.url}api/v1/workspaces`, { headers: ADMIN_HEADERS });
    expect(await workspaces.json()).toEqual({ items: [] });
    expect(await stop(server.child)).toBe(0);
  });

  it('creates the instance admin on first run and prints its password once, for signing in', async () => {
    const dir = tempDir();
    const env = { DESIGNDOC_DATA_DIR: dir.file('data'), DESIGNDOC_BOOTSTRAP_TOKEN: '' };
    const first = await startServer(env, ['--no-demo']);
    const printed = first
      .output()
      .match(
        /created the instance admin “admin” with this password, shown only this once:\n\n {4}(\S+)\n/,
      );
    expect(printed).not.toBeNull();
    const password = printed?.[1] as string;
    expect(first.output()).not.toContain('API key');
    const signIn = (pw: string) =>
      fetch(`${first.url}api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: pw }),
      });
    expect((await signIn('not the password')).status).toBe(401);
    const signedIn = await signIn(password);
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(
      /^designdoc_session=[\w-]+; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/,
    );
    const me = await fetch(`${first.url}api/v1/me`, {
      headers: { cookie: cookie.split(';')[0] as string },
    });
    expect(
      ((await me.json()) as { user: { username: string; instanceAdmin: boolean } }).user,
    ).toMatchObject({
      username: 'admin',
      instanceAdmin: true,
    });
    expect(await stop(first.child)).toBe(0);
    const second = await startServer(env, ['--no-demo']);
    expect(second.output()).not.toContain('First run');
    expect(await stop(second.child)).toBe(0);
  });

  it('refuses a weak DESIGNDOC_ADMIN_PASSWORD on first run, with exit 2', () => {
    const dir = tempDir();
    const result = runBin(['serve', '--port', '0'], {
      cwd: dir.path,
      env: { DESIGNDOC_DATA_DIR: dir.file('data'), DESIGNDOC_ADMIN_PASSWORD: 'password123' },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'designdoc: DESIGNDOC_ADMIN_PASSWORD is on a list of common and breached passwords (digits or symbols around it do not change that); choose another\n',
    );
  });

  it('names every bad setting and exits 2', () => {
    const dir = tempDir();
    const result = runBin(['serve'], {
      cwd: dir.path,
      env: { PORT: 'http', DATABASE_URL: 'sqlite:x.db' },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      [
        'designdoc: Invalid server configuration:',
        '  - PORT “http” must be a whole number from 0 to 65535',
        '  - DATABASE_URL must be a URL starting with postgres:// or postgresql://',
        '',
      ].join('\n'),
    );
  });
});

describe('designdoc migrate', () => {
  it('applies the migrations once and then says the database is up to date', () => {
    const dir = tempDir();
    const env = { DESIGNDOC_DATA_DIR: dir.file('data') };
    const first = runBin(['migrate'], { cwd: dir.path, env });
    expect(first).toMatchObject({
      code: 0,
      stdout: `Applied ${MIGRATION_NAMES.length} migrations: ${MIGRATION_NAMES.join(', ')}\n`,
      stderr: '',
    });
    expect(runBin(['migrate'], { cwd: dir.path, env })).toMatchObject({
      code: 0,
      stdout: 'The database is up to date\n',
    });
  });
});
