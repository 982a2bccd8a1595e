import { existsSync, readdirSync, rmSync } from 'node:fs';
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
      stdout: 'Exported 5 documents from eng to out/ (5 written, 0 unchanged)\n',
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
      'Exported 4 of 5 documents from eng to out/ (1 written, 3 unchanged, 1 failed)\n',
    );
    expect(blocked.stderr).toContain(
      `designdoc: cannot write ${join('out', 'docs', 'echo.md')}: a file is in the way of one of its folders\n`,
    );
    expect(dir.read('out/alpha.md')).toBe('# Alpha\n\n## Overview\n\nText.\n');
  });
});
