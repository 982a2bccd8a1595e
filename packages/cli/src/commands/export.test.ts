import { existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { openSqlite } from '@designdoc/server';
import { describe, expect, it } from 'vitest';
import {
  ADMIN_HEADERS,
  callAsAdmin,
  TEST_TOKEN,
  useServers,
} from '../../../../test/start-server.js';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();
const startServer = useServers();

/** Every file under `root`, relative, with `/` between folders. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

describe('designdoc export', () => {
  it('exports paths stored before they were checked inside --out, says where, and counts only what it wrote', async () => {
    const dir = tempDir();
    const data = dir.file('data');
    const server = await startServer({ DESIGNDOC_DATA_DIR: data }, ['--no-demo']);
    await callAsAdmin(server.url, 'POST', '/api/v1/workspaces', { slug: 'eng', name: 'Eng' }, 201);
    const ids: Record<string, string> = {};
    for (const title of ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']) {
      const created = await fetch(
        `${server.url}api/v1/workspaces/eng/documents?path=${title.toLowerCase()}.md`,
        {
          method: 'POST',
          headers: { ...ADMIN_HEADERS, 'content-type': 'text/markdown' },
          body: `# ${title}\n\n## Overview\n\nText.\n`,
        },
      );
      expect(created.status).toBe(201);
      ids[title] = ((await created.json()) as { id: string }).id;
    }
    // What an older server let in: `.`, a file beside its own folder, `..`, a doubled slash.
    const stored = openSqlite(join(data, 'designdoc.db'));
    for (const [title, path] of [
      ['Alpha', '.'],
      ['Bravo', 'dir/file.md'],
      ['Charlie', 'dir'],
      ['Delta', '../../escape.md'],
      ['Echo', 'docs//echo.md'],
    ] as const)
      await stored.db
        .updateTable('documents')
        .set({ path })
        .where('id', '=', ids[title] as string)
        .execute();
    await stored.db.destroy();
    const env = { DESIGNDOC_SERVER: server.url, DESIGNDOC_TOKEN: TEST_TOKEN };
    const exported = await runCli(['export', '--workspace', 'eng', '--out', 'out'], {
      cwd: dir.path,
      env,
    });
    expect(exported).toEqual({
      code: 0,
      stdout: 'Exported 5 documents from eng to out/ (5 written, 0 unchanged) and no check files\n',
      stderr: [
        'designdoc: warning: “Alpha” is stored at path ".", but it has a “.” segment; name the folders; exported as alpha.md',
        'designdoc: warning: “Charlie” is stored at path "dir", but it clashes with an older document’s path; exported as charlie.md',
        'designdoc: warning: “Delta” is stored at path "../../escape.md", but it has a “..” segment; name the folders; exported as delta.md',
        '',
      ].join('\n'),
    });
    expect(filesUnder(dir.file('out'))).toEqual([
      'alpha.md',
      'charlie.md',
      'delta.md',
      'dir/file.md',
      'docs/echo.md',
    ]);
    expect(dir.read('out/dir/file.md')).toBe('# Bravo\n\n## Overview\n\nText.\n');
    expect(existsSync(resolve(dir.path, '../escape.md'))).toBe(false);

    // A file from before in the way of a folder: said by name, the rest written, exit 2.
    rmSync(dir.file('out/docs'), { recursive: true });
    dir.write('out/docs', 'not a folder');
    rmSync(dir.file('out/alpha.md'));
    const blocked = await runCli(['export', '--workspace', 'eng', '--out', 'out'], {
      cwd: dir.path,
      env,
    });
    expect(blocked.code).toBe(2);
    expect(blocked.stdout).toBe(
      'Exported 4 of 5 documents from eng to out/ (1 written, 3 unchanged, 1 failed) and no check files\n',
    );
    expect(blocked.stderr).toContain(
      `designdoc: cannot write ${join('out', 'docs', 'echo.md')}: a file is in the way of one of its folders\n`,
    );
    expect(dir.read('out/alpha.md')).toBe('# Alpha\n\n## Overview\n\nText.\n');
  });

  it('writes the check runs of every version beside the Markdown, none with --no-checks or without runs, and leaves an unchanged file untouched', async () => {
    const dir = tempDir();
    const server = await startServer({ DESIGNDOC_DATA_DIR: dir.file('data') }, ['--no-demo']);
    await callAsAdmin(server.url, 'POST', '/api/v1/workspaces', { slug: 'eng', name: 'Eng' }, 201);
    const create = async (path: string, title: string) => {
      const created = await fetch(`${server.url}api/v1/workspaces/eng/documents?path=${path}`, {
        method: 'POST',
        headers: { ...ADMIN_HEADERS, 'content-type': 'text/markdown' },
        body: `# ${title}\n\n## Overview\n\nText.\n`,
      });
      expect(created.status).toBe(201);
      return {
        id: ((await created.json()) as { id: string }).id,
        etag: created.headers.get('etag'),
      };
    };
    const ledger = await create('docs/ledger.md', 'Ledger');
    await create('quiet.md', 'Quiet');
    // More runs than one page of the API holds (100), on two versions.
    const reported: unknown[] = [];
    const report = async (body: Record<string, unknown>) =>
      reported.push(
        await callAsAdmin(server.url, 'POST', `/api/v1/documents/${ledger.id}/checks`, body, 201),
      );
    for (let i = 0; i < 100; i++)
      await report({
        name: i % 2 ? 'check-api' : 'check-schema',
        result: 'failed',
        diagnostics: [
          {
            ruleId: 'api-missing-operation',
            severity: 'error',
            message: `Run ${i}`,
            line: 3,
            column: 1,
          },
        ],
        commit: 'a1b2c3d4e5f6',
      });
    const saved = await fetch(`${server.url}api/v1/documents/${ledger.id}`, {
      method: 'PUT',
      headers: {
        ...ADMIN_HEADERS,
        'content-type': 'text/markdown',
        'if-match': ledger.etag ?? '',
      },
      body: '# Ledger\n\n## Overview\n\nText, and more.\n',
    });
    expect(saved.status).toBe(200);
    await report({
      name: 'check-api',
      result: 'passed',
      diagnostics: [],
      url: 'https://ci.example.com/1',
    });
    await report({
      name: 'check-api',
      result: 'failed',
      diagnostics: [],
      errorCount: 2,
      version: 1,
    });
    const env = { DESIGNDOC_SERVER: server.url, DESIGNDOC_TOKEN: TEST_TOKEN };
    const exportTo = (...flags: string[]) =>
      runCli(['export', '--workspace', 'eng', '--out', 'out', ...flags], { cwd: dir.path, env });

    expect(await exportTo('--no-checks')).toEqual({
      code: 0,
      stdout: 'Exported 2 documents from eng to out/ (2 written, 0 unchanged)\n',
      stderr: '',
    });
    expect(filesUnder(dir.file('out'))).toEqual(['docs/ledger.md', 'quiet.md']);

    expect(await exportTo()).toEqual({
      code: 0,
      stdout:
        'Exported 2 documents from eng to out/ (0 written, 2 unchanged) and 1 check file (1 written, 0 unchanged)\n',
      stderr: '',
    });
    expect(filesUnder(dir.file('out'))).toEqual([
      'docs/ledger.md',
      'docs/ledger.md.checks.json',
      'quiet.md',
    ]);
    expect(dir.read('out/docs/ledger.md')).toBe('# Ledger\n\n## Overview\n\nText, and more.\n');
    const exported = JSON.parse(dir.read('out/docs/ledger.md.checks.json'));
    // Every run as the API gave it when reported, newest reported first.
    expect(exported).toEqual({ document: ledger.id, runs: reported.toReversed() });
    expect(exported.runs.slice(0, 3)).toMatchObject([
      { version: 1, name: 'check-api', result: 'failed', errorCount: 2 },
      { version: 2, name: 'check-api', result: 'passed', url: 'https://ci.example.com/1' },
      { version: 1, name: 'check-api', diagnostics: [{ message: 'Run 99' }] },
    ]);
    expect(exported.runs).toHaveLength(102);

    // A second export finds the same runs: the file is left as it was, time and all.
    const checksFile = dir.file('out/docs/ledger.md.checks.json');
    const past = new Date('2026-01-01T00:00:00Z');
    utimesSync(checksFile, past, past);
    expect((await exportTo()).stdout).toBe(
      'Exported 2 documents from eng to out/ (0 written, 2 unchanged) and 1 check file (0 written, 1 unchanged)\n',
    );
    expect(statSync(checksFile).mtime).toEqual(past);

    // A folder in the way of the check-runs file: said by name, the Markdown still counted, exit 2.
    rmSync(checksFile);
    mkdirSync(checksFile);
    expect(await exportTo()).toEqual({
      code: 2,
      stdout:
        'Exported 2 documents from eng to out/ (0 written, 2 unchanged) and 0 of 1 check file (0 written, 0 unchanged, 1 failed)\n',
      stderr: `designdoc: cannot write ${join('out', 'docs', 'ledger.md.checks.json')}: a folder is in the way\n`,
    });
  });
});
