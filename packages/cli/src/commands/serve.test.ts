import type { ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runBin } from '../../test/run-cli.js';
import { useServers } from '../../test/start-server.js';
import { useTempDirs } from '../../test/temp-dir.js';

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
    const list = await fetch(`${first.url}api/v1/documents?workspace=demo&sort=title&limit=10`);
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
    const again = await fetch(`${second.url}api/v1/documents?workspace=demo`);
    expect(((await again.json()) as { items: unknown[] }).items).toHaveLength(5);
    expect(await stop(second.child)).toBe(0);
  });

  it('starts empty with --no-demo', async () => {
    const dir = tempDir();
    const server = await startServer({ DESIGNDOC_DATA_DIR: dir.file('data') }, ['--no-demo']);
    const workspaces = await fetch(`${server.url}api/v1/workspaces`);
    expect(await workspaces.json()).toEqual({ items: [] });
    expect(await stop(server.child)).toBe(0);
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
      stdout:
        'Applied 5 migrations: 2026-11-26-documents, 2026-11-27-dashboards-search, 2026-11-28-document-paths, 2026-11-29-templates, 2026-11-30-derived-hashes\n',
      stderr: '',
    });
    expect(runBin(['migrate'], { cwd: dir.path, env })).toMatchObject({
      code: 0,
      stdout: 'The database is up to date\n',
    });
  });
});
