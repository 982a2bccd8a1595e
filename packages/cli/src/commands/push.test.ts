import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../../../test/free-port.js';
import { ADMIN_HEADERS, TEST_TOKEN, useServers } from '../../../../test/start-server.js';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { EXAMPLES_DIR } from '../../test/paths.js';
import { runBin } from '../../test/run-cli.js';

const tempDir = useTempDirs();

const startServer = useServers();

function examples(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(EXAMPLES_DIR))
    files[`docs/${name}`] = readFileSync(`${EXAMPLES_DIR}${name}`, 'utf8');
  return files;
}

/** The `eng` workspace on a test server, made as its admin. */
async function createEngineering(url: string): Promise<void> {
  const response = await fetch(`${url}api/v1/workspaces`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...ADMIN_HEADERS },
    body: JSON.stringify({ slug: 'eng', name: 'Engineering' }),
  });
  expect(response.status).toBe(201);
}

describe('designdoc push and export', () => {
  it('imports a folder idempotently, saves only what changed, and exports it back byte for byte', async () => {
    const dir = tempDir(examples());
    const server = await startServer({ DESIGNDOC_DATA_DIR: dir.file('data') }, ['--no-demo']);
    await createEngineering(server.url);
    const env = { DESIGNDOC_SERVER: server.url, DESIGNDOC_TOKEN: TEST_TOKEN };
    const first = runBin(['push', 'docs', '--workspace', 'eng'], { cwd: dir.path, env });
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toBe('Pushed 4 documents to eng: 4 created, 0 updated, 0 unchanged\n');
    expect(runBin(['push', 'docs', '--workspace', 'eng'], { cwd: dir.path, env }).stdout).toBe(
      'Pushed 4 documents to eng: 0 created, 0 updated, 4 unchanged\n',
    );
    dir.write(
      'docs/payments-ledger.md',
      dir.read('docs/payments-ledger.md').replace('system of record', 'single system of record'),
    );
    expect(runBin(['push', 'docs', '--workspace', 'eng'], { cwd: dir.path, env }).stdout).toBe(
      'Pushed 4 documents to eng: 0 created, 1 updated, 3 unchanged\n',
    );
    const list = (await (
      await fetch(`${server.url}api/v1/documents?workspace=eng&sort=title`, {
        headers: ADMIN_HEADERS,
      })
    ).json()) as {
      items: { id: string; path: string; version: number; template: string }[];
    };
    expect(list.items.map((d) => [d.path, d.template, d.version])).toEqual([
      ['docs/broken.md', 'tdd', 1],
      ['docs/payments-ledger.md', 'tdd', 2],
      ['docs/rfc-0001-workspace-templates.md', 'rfc', 1],
      ['docs/adr-0001-use-postgresql.md', 'adr', 1],
    ]);

    const exported = runBin(['export', '--workspace', 'eng', '--out', 'out'], {
      cwd: dir.path,
      env,
    });
    expect(exported).toMatchObject({
      code: 0,
      stdout: 'Exported 4 documents from eng to out/ (4 written, 0 unchanged) and no check files\n',
    });
    for (const name of [
      'broken.md',
      'payments-ledger.md',
      'rfc-0001-workspace-templates.md',
      'adr-0001-use-postgresql.md',
    ])
      expect(dir.read(`out/docs/${name}`), name).toBe(dir.read(`docs/${name}`));
    expect(
      runBin(['export', '--workspace', 'eng', '--out', 'out'], { cwd: dir.path, env }).stdout,
    ).toBe('Exported 4 documents from eng to out/ (0 written, 4 unchanged) and no check files\n');
  });

  it('pushes many files a few at a time and still reports them in file order', async () => {
    const ledger = readFileSync(`${EXAMPLES_DIR}payments-ledger.md`, 'utf8');
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++)
      files[`docs/f${String(i).padStart(2, '0')}.md`] =
        i === 3 || i === 17 ? '' : `${ledger}\n<!-- copy ${i} -->\n`;
    const dir = tempDir(files);
    const server = await startServer({ DESIGNDOC_DATA_DIR: dir.file('data') }, ['--no-demo']);
    await createEngineering(server.url);
    const env = { DESIGNDOC_SERVER: server.url, DESIGNDOC_TOKEN: TEST_TOKEN };
    const failures =
      'designdoc: docs/f03.md: File is empty, expected a design document\n' +
      'designdoc: docs/f17.md: File is empty, expected a design document\n';
    // The empty files fail at once, before the saves ahead of them answer; their lines still
    // come out in file order.
    expect(runBin(['push', 'docs', '--workspace', 'eng'], { cwd: dir.path, env })).toMatchObject({
      code: 2,
      stdout: 'Pushed 28 documents to eng: 28 created, 0 updated, 0 unchanged; 2 failed\n',
      stderr: failures,
    });
    dir.write('docs/f29.md', `${ledger}\n<!-- copy 29, edited -->\n`);
    expect(runBin(['push', 'docs', '--workspace', 'eng'], { cwd: dir.path, env })).toMatchObject({
      code: 2,
      stdout: 'Pushed 28 documents to eng: 0 created, 1 updated, 27 unchanged; 2 failed\n',
      stderr: failures,
    });
    const list = (await (
      await fetch(`${server.url}api/v1/documents?workspace=eng&limit=200`, {
        headers: ADMIN_HEADERS,
      })
    ).json()) as { items: { path: string; version: number }[] };
    expect(list.items).toHaveLength(28);
    expect(list.items.find((d) => d.path === 'docs/f29.md')?.version).toBe(2);
  });

  it('says clearly when the server or the workspace is not there', async () => {
    const dir = tempDir(examples());
    const port = await freePort();
    const down = runBin(
      ['push', 'docs', '--workspace', 'eng', '--server', `http://127.0.0.1:${port}`],
      {
        cwd: dir.path,
      },
    );
    expect(down.code).toBe(2);
    expect(down.stderr).toBe(
      `designdoc: Cannot reach the designdoc server at http://127.0.0.1:${port} (ECONNREFUSED)\n`,
    );
    const server = await startServer({ DESIGNDOC_DATA_DIR: dir.file('data') }, ['--no-demo']);
    const missing = runBin(
      ['export', '--workspace', 'nope', '--out', 'out', '--server', server.url],
      { cwd: dir.path, env: { DESIGNDOC_TOKEN: TEST_TOKEN } },
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('designdoc: No workspace “nope” (HTTP 404)\n');
    const anonymous = runBin(
      ['export', '--workspace', 'eng', '--out', 'out', '--server', server.url],
      { cwd: dir.path },
    );
    expect(anonymous.code).toBe(2);
    expect(anonymous.stderr).toBe(
      'designdoc: Sign in, or send an API key as a Bearer token (HTTP 401); set DESIGNDOC_TOKEN to an API key\n',
    );
    expect(runBin(['push', 'docs', '--server', 'ftp://x'], { cwd: dir.path }).stderr).toContain(
      "error: required option '-w, --workspace <slug>' not specified",
    );
  });
});
