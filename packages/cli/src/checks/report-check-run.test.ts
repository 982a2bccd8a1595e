import type { Diagnostic } from '@designdoc/core';
import { describe, expect, it } from 'vitest';
import {
  ADMIN_HEADERS,
  callAsAdmin,
  TEST_TOKEN,
  useServers,
} from '../../../../test/start-server.js';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD } from '../../test/paths.js';
import { type CheckRunReport, reportCheckRun } from './report-check-run.js';

const tempDir = useTempDirs();
const startServer = useServers();

const PATH = 'docs/design/ledger.md';
const EDITED = `${CLEAN_TDD}\nOne more paragraph.\n`;

/** A core diagnostic, as check-api's rules report one. */
const undocumented: Diagnostic = {
  ruleId: 'api-undocumented-operation',
  severity: 'error',
  message: 'GET /v1/refunds is served but not in the API Contracts',
  place: {
    start: { line: 40, column: 1, offset: 900 },
    end: { line: 40, column: 18, offset: 917 },
  },
  url: 'https://example.com/rules/api-undocumented-operation',
};

const FAILED: CheckRunReport = {
  name: 'check-api',
  result: 'failed',
  diagnostics: [
    {
      ruleId: 'api-field-undocumented',
      severity: 'warning',
      message: 'No “currency”',
      line: 9,
      column: 3,
    },
    undocumented,
  ],
  errorCount: 1,
  warningCount: 1,
  commit: '0123456789abcdef0123456789abcdef01234567',
  url: 'https://ci.example.com/jobs/7',
};

/** A server with workspace `eng` holding the document at PATH in two versions; its URL and id. */
async function serverWithDocument(): Promise<{ url: string; id: string }> {
  const dir = tempDir();
  const { url } = await startServer({ DESIGNDOC_DATA_DIR: dir.file('data') }, ['--no-demo']);
  await callAsAdmin(url, 'POST', '/api/v1/workspaces', { slug: 'eng', name: 'Engineering' }, 201);
  const created = await fetch(
    `${url}api/v1/workspaces/eng/documents?path=${encodeURIComponent(PATH)}`,
    {
      method: 'POST',
      headers: { ...ADMIN_HEADERS, 'content-type': 'text/markdown' },
      body: CLEAN_TDD,
    },
  );
  expect(created.status, await created.clone().text()).toBe(201);
  const id = ((await created.json()) as { id: string }).id;
  const saved = await fetch(`${url}api/v1/documents/${id}`, {
    method: 'PUT',
    headers: { ...ADMIN_HEADERS, 'content-type': 'text/markdown', 'if-match': '*' },
    body: EDITED,
  });
  expect(saved.status, await saved.clone().text()).toBe(200);
  return { url, id };
}

async function storedRuns(url: string, id: string) {
  return (await callAsAdmin(url, 'GET', `/api/v1/documents/${id}/checks`, undefined, 200)) as {
    latest: Record<string, unknown>[];
    runs: Record<string, unknown>[];
  };
}

describe('reportCheckRun against a running server', () => {
  it('finds the document by its repository path and stores the run on the version checked', async () => {
    const { url, id } = await serverWithDocument();
    const options = { server: url, token: TEST_TOKEN, workspace: 'eng', documentPath: PATH };

    const head = await reportCheckRun({ ...options, run: FAILED });
    expect(head).toMatchObject({ version: 2, name: 'check-api', result: 'failed', errorCount: 1 });
    const older = await reportCheckRun({
      ...options,
      run: { ...FAILED, result: 'passed', diagnostics: [], errorCount: 0, warningCount: 0 },
      markdown: CLEAN_TDD,
    });
    expect(older.version).toBe(1);

    const stored = await storedRuns(url, id);
    expect(stored.latest).toHaveLength(1);
    expect(stored.latest[0]).toMatchObject({
      id: head.id,
      version: 2,
      result: 'failed',
      errorCount: 1,
      warningCount: 1,
      commit: FAILED.commit,
      url: 'https://ci.example.com/jobs/7',
      reportedBy: { username: 'admin' },
    });
    // Errors first; the core's places become lines and columns.
    expect(stored.latest[0]?.diagnostics).toEqual([
      {
        ruleId: 'api-undocumented-operation',
        severity: 'error',
        message: 'GET /v1/refunds is served but not in the API Contracts',
        line: 40,
        column: 1,
        endLine: 40,
        endColumn: 18,
      },
      {
        ruleId: 'api-field-undocumented',
        severity: 'warning',
        message: 'No “currency”',
        line: 9,
        column: 3,
      },
    ]);
    expect(stored.runs.map((r) => [r.version, r.result])).toEqual([
      [1, 'passed'],
      [2, 'failed'],
    ]);
  });

  it('sends as many diagnostics as the server takes, errors first, with the totals', async () => {
    const { url, id } = await serverWithDocument();
    const findings = (padding: number) =>
      Array.from({ length: 1_500 }, (_, i) => ({
        ruleId: 'schema-column-missing',
        severity: i < 300 ? ('warning' as const) : ('error' as const),
        message: `Column ${i} is not in the Data Model${'·'.repeat(padding)}`,
        line: i + 1,
        column: 1,
      }));
    const report = async (padding: number) => {
      const run = await reportCheckRun({
        server: url,
        token: TEST_TOKEN,
        workspace: 'eng',
        documentPath: PATH,
        run: {
          name: 'check-schema',
          result: 'failed',
          diagnostics: findings(padding),
          errorCount: 1_200,
          warningCount: 300,
        },
      });
      expect(run).toMatchObject({ errorCount: 1_200, warningCount: 300 });
      const [stored] = (await storedRuns(url, id)).latest as {
        diagnostics: { line: number; severity: string }[];
      }[];
      return stored?.diagnostics ?? [];
    };
    // Short messages: the first 1,000, the errors (lines 301–1,500) before the warnings.
    const short = await report(0);
    expect(short.map((d) => d.line)).toEqual(Array.from({ length: 1_000 }, (_, i) => i + 301));
    // Messages of about 2.1 KB in UTF-8 each (· is two bytes): as many as fit in 1 MiB, ~490.
    const long = await report(1_000);
    expect(long.length).toBeGreaterThan(450);
    expect(long.length).toBeLessThanOrEqual((1024 * 1024) / 2_100);
    expect(long.every((d) => d.severity === 'error')).toBe(true);
  });

  it('says which document, workspace or credentials are wrong', async () => {
    const { url } = await serverWithDocument();
    const base = { server: url, token: TEST_TOKEN, workspace: 'eng', documentPath: PATH };
    await expect(
      reportCheckRun({ ...base, documentPath: 'docs/nope.md', run: FAILED }),
    ).rejects.toThrow(
      `No document at “docs/nope.md” in workspace “eng” on ${url}; push it first (designdoc push docs/nope.md --workspace eng)`,
    );
    await expect(reportCheckRun({ ...base, workspace: 'ops', run: FAILED })).rejects.toThrow(
      'No workspace “ops” (HTTP 404)',
    );
    await expect(
      reportCheckRun({ ...base, markdown: '# Never pushed\n', run: FAILED }),
    ).rejects.toThrow(
      '“docs/design/ledger.md” in workspace “eng” on the server has no version with the text that was checked (its head is version 2); push it first',
    );
    await expect(reportCheckRun({ ...base, token: 'ddk_wrong', run: FAILED })).rejects.toThrow(
      /check DESIGNDOC_TOKEN$/,
    );
    await expect(
      reportCheckRun({ ...base, run: { ...FAILED, name: 'Check API' } }),
    ).rejects.toThrow(
      /^Cannot report Check API for “docs\/design\/ledger.md” in workspace “eng”: body \/name must match pattern/,
    );
    await expect(reportCheckRun({ ...base, documentPath: '../x.md', run: FAILED })).rejects.toThrow(
      '../x.md is outside the repository; give its path relative to the repository root',
    );
    await expect(
      reportCheckRun({ ...base, server: 'http://127.0.0.1:1/', run: FAILED }),
    ).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('Cannot reach') });
  });
});
