import { describe, expect, it } from 'vitest';
import {
  ADMIN_HEADERS,
  callAsAdmin,
  TEST_TOKEN,
  useServers,
} from '../../../../test/start-server.js';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { DESIGN, drifted, OPENAPI_FILES } from '../../test/check-api-fixture.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();
const startServer = useServers();

const PATH = 'docs/design/messages.md';
const COMMIT = 'abcdef0123456789abcdef0123456789abcdef01';

interface StoredRuns {
  latest: { name: string; result: string; errorCount: number; commit: string | null }[];
  runs: { version: number; diagnostics: { ruleId: string; line: number }[] }[];
}

/** A server whose workspace `eng` holds `markdown` at PATH; its URL and the document's id. */
async function serverWith(markdown: string): Promise<{ url: string; id: string }> {
  const { url } = await startServer({ DESIGNDOC_DATA_DIR: tempDir().file('data') }, ['--no-demo']);
  await callAsAdmin(url, 'POST', '/api/v1/workspaces', { slug: 'eng', name: 'Engineering' }, 201);
  const created = await fetch(
    `${url}api/v1/workspaces/eng/documents?path=${encodeURIComponent(PATH)}`,
    {
      method: 'POST',
      headers: { ...ADMIN_HEADERS, 'content-type': 'text/markdown' },
      body: markdown,
    },
  );
  expect(created.status, await created.clone().text()).toBe(201);
  return { url, id: ((await created.json()) as { id: string }).id };
}

describe('check-api --report-to', () => {
  it('reports each document’s run to the server, where the document’s checks list it', async () => {
    const markdown = drifted('Status: 204, 404, 409', 'Status: 204, 404');
    const { url, id } = await serverWith(markdown);
    const dir = tempDir({ ...OPENAPI_FILES, [PATH]: markdown });
    const out = await runCli(
      [
        'check-api',
        PATH,
        '--openapi',
        'openapi-3.1.json',
        '--report-to',
        url,
        '--workspace',
        'eng',
        '--run-url',
        'https://ci.example.com/jobs/42',
      ],
      { cwd: dir.path, env: { DESIGNDOC_TOKEN: TEST_TOKEN, GITHUB_SHA: COMMIT } },
    );
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('api-status');
    expect(out.stderr).toBe(`designdoc: reported check-api for ${PATH} (version 1): failed\n`);
    const stored = (await callAsAdmin(
      url,
      'GET',
      `/api/v1/documents/${id}/checks`,
      undefined,
      200,
    )) as StoredRuns;
    expect(stored.latest).toMatchObject([
      { name: 'check-api', result: 'failed', errorCount: 1, commit: COMMIT },
    ]);
    expect(stored.runs[0]?.diagnostics.map((d) => d.ruleId)).toEqual(['api-status']);
  });

  it('reports a clean run as passed', async () => {
    const { url, id } = await serverWith(DESIGN);
    const dir = tempDir({ ...OPENAPI_FILES, [PATH]: DESIGN });
    const out = await runCli(
      ['check-api', PATH, '--openapi', 'openapi-3.0.yaml', '--report-to', url, '-w', 'eng'],
      { cwd: dir.path, env: { DESIGNDOC_TOKEN: TEST_TOKEN } },
    );
    expect(out.code, out.stderr).toBe(0);
    const stored = (await callAsAdmin(
      url,
      'GET',
      `/api/v1/documents/${id}/checks`,
      undefined,
      200,
    )) as StoredRuns;
    expect(stored.latest).toMatchObject([{ name: 'check-api', result: 'passed', commit: null }]);
  });

  it('refuses the report flags that do not fit, before checking anything (exit 2)', async () => {
    const dir = tempDir({ ...OPENAPI_FILES, [PATH]: DESIGN });
    const run = (args: string[]) =>
      runCli(['check-api', PATH, '--openapi', 'openapi-3.1.json', ...args], { cwd: dir.path });
    const noWorkspace = await run(['--report-to', 'http://127.0.0.1:9']);
    expect([noWorkspace.code, noWorkspace.stdout]).toEqual([2, '']);
    expect(noWorkspace.stderr).toContain('--report-to needs --workspace');
    const lonely = await run(['--workspace', 'eng']);
    expect([lonely.code, lonely.stderr]).toEqual([
      2,
      'designdoc: --workspace needs --report-to: it describes the run reported to a designdoc server\n',
    ]);
    const commit = await run([
      '--report-to',
      'http://127.0.0.1:9',
      '-w',
      'eng',
      '--commit',
      'main',
    ]);
    expect(commit.code).toBe(2);
    expect(commit.stderr).toContain('Invalid --commit “main”');
  });
});
