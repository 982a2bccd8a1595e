import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADMIN_HEADERS, TEST_TOKEN, useServers } from '../../../../test/start-server.js';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { EXAMPLES_DIR } from '../../test/paths.js';
import { runBin } from '../../test/run-cli.js';

const tempDir = useTempDirs();
const startServer = useServers();

const POSTMORTEM = `name: postmortem
title: Postmortem
sections:
  - { id: summary, title: Summary, level: 2, required: true, content: [{ kind: prose }] }
  - { id: timeline, title: Timeline, level: 2, required: true, content: [{ kind: prose }] }
`;

describe('designdoc lint --server', () => {
  it('lints on the server with the API key, with a workspace’s own templates, and reports like local lint', async () => {
    const dir = tempDir({
      'docs/ledger.md': readFileSync(`${EXAMPLES_DIR}payments-ledger.md`, 'utf8'),
      'docs/outage.md': '---\ntemplate: postmortem\n---\n# Outage\n\n## Summary\n\nIt broke.\n',
    });
    const server = await startServer({ DESIGNDOC_DATA_DIR: dir.file('data') }, ['--no-demo']);
    const post = (url: string, body: string, type: string) =>
      fetch(`${server.url}${url}`, {
        method: 'POST',
        headers: { 'content-type': type, ...ADMIN_HEADERS },
        body,
      });
    expect(
      (await post('api/v1/workspaces', '{"slug":"ops","name":"Ops"}', 'application/json')).status,
    ).toBe(201);
    expect(
      (await post('api/v1/workspaces/ops/templates', POSTMORTEM, 'application/yaml')).status,
    ).toBe(201);
    const env = { DESIGNDOC_SERVER: server.url, DESIGNDOC_TOKEN: TEST_TOKEN };
    const lint = (args: string[], extra: Record<string, string> = env) =>
      runBin(['lint', ...args], { cwd: dir.path, env: extra });

    // The ledger is clean with the preset (relative links are not checked on the server: it has
    // no files); the postmortem's template exists only in "ops".
    expect(lint(['docs/ledger.md', '--server', server.url])).toMatchObject({ code: 0, stdout: '' });
    const onServer = lint([
      'docs/outage.md',
      '--server',
      server.url,
      '--workspace',
      'ops',
      '--format',
      'json',
    ]);
    expect(onServer.stderr).toBe('');
    expect(onServer.code).toBe(1);
    const [result] = JSON.parse(onServer.stdout) as {
      filePath: string;
      diagnostics: { ruleId: string; message: string }[];
    }[];
    expect(result?.filePath).toBe('docs/outage.md');
    expect(result?.diagnostics.map((d) => d.ruleId)).toEqual(['required-section']);
    expect(result?.diagnostics[0]?.message).toContain('Timeline');

    // Without the workspace, the server does not know the template: a fault, said clearly.
    const unknown = lint(['docs/outage.md', '--server', server.url]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('postmortem');
    // Without a key, or naming a workspace it may not read.
    expect(
      lint(['docs/ledger.md', '--server', server.url], { DESIGNDOC_SERVER: server.url }),
    ).toMatchObject({
      code: 2,
      stderr:
        'designdoc: Sign in, or send an API key as a Bearer token (HTTP 401); set DESIGNDOC_TOKEN to an API key\n',
    });
    expect(lint(['docs/ledger.md', '--server', server.url, '--workspace', 'nope']).stderr).toBe(
      'designdoc: No workspace “nope” (HTTP 404)\n',
    );
    expect(lint(['docs/ledger.md', '--workspace', 'ops'])).toMatchObject({
      code: 2,
      stderr: 'designdoc: --workspace needs --server: it names a workspace on a designdoc server\n',
    });
    expect(lint(['docs/ledger.md', '--server', server.url, '--fix']).stderr).toBe(
      'designdoc: --fix and --fix-dry-run work on local files only; drop --server\n',
    );
  }, 60_000);
});
