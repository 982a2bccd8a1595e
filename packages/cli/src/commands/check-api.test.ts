import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import {
  CONTRACTS,
  DESIGN,
  designWith,
  drifted,
  OPENAPI_FILES,
} from '../../test/check-api-fixture.js';
import { lineOf } from '../../test/documents.js';
import { expectFault, expectNoStackTrace } from '../../test/expect-output.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

/** A folder with both descriptions and these files. */
const project = (files: Record<string, string>) => tempDir({ ...OPENAPI_FILES, ...files });

interface Finding {
  file: string;
  ruleId: string;
  messageId: string | undefined;
  line: number;
  severity: string;
}

/** Run check-api with --format json; the findings as the user's tools would read them. */
async function checkJson(dir: string, args: string[]) {
  const out = await runCli(['check-api', ...args, '--format', 'json'], { cwd: dir });
  expectNoStackTrace(out);
  expect(out.stderr).toBe('');
  const files = JSON.parse(out.stdout) as {
    filePath: string;
    diagnostics: {
      ruleId: string;
      messageId?: string;
      severity: string;
      place: { start: { line: number } };
    }[];
  }[];
  const findings: Finding[] = files.flatMap((file) =>
    file.diagnostics.map((d) => ({
      file: file.filePath,
      ruleId: d.ruleId,
      messageId: d.messageId,
      line: d.place.start.line,
      severity: d.severity,
    })),
  );
  return { code: out.code, findings };
}

describe('designdoc check-api: a matching pair', () => {
  it.each(['openapi-3.0.yaml', 'openapi-3.1.json'])(
    'reports nothing and exits 0 against %s',
    async (openapi) => {
      const dir = project({ 'design.md': DESIGN });
      const out = await runCli(['check-api', 'design.md', '--openapi', openapi], {
        cwd: dir.path,
      });
      expect(out).toEqual({ code: 0, stdout: '', stderr: '' });
    },
  );

  it('does not run its rules in lint', async () => {
    const dir = project({ 'design.md': drifted('DELETE /api/v1/messages/{id}', 'PATCH /x') });
    const out = await runCli(['lint', 'design.md'], { cwd: dir.path });
    expect(out).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('designdoc check-api: each drift, with its rule and line', () => {
  const apiContractsLine = lineOf(DESIGN, '## API Contracts');
  it.each([
    {
      drift: 'an endpoint the API does not serve',
      from: 'GET /healthz',
      to: 'GET /api/v1/templates\n  Status: 200\n\nGET /healthz',
      expected: [['api-unimplemented', 'unimplemented', 'GET /api/v1/templates']],
    },
    {
      drift: 'an operation no contract names',
      from: 'DELETE /api/v1/messages/{id}\n  Input: none\n  Output: none\n  Status: 204, 404, 409\n\n',
      to: '',
      expected: [['api-undocumented', 'undocumented', apiContractsLine]],
    },
    {
      drift: 'a method',
      from: 'DELETE /api/v1/messages/{id}',
      to: 'PATCH /api/v1/messages/{id}',
      expected: [
        ['api-undocumented', 'undocumented', apiContractsLine],
        ['api-unimplemented', 'otherMethods', 'PATCH /api/v1/messages/{id}'],
      ],
    },
    {
      drift: 'a path',
      from: 'GET /api/v1/messages/{id}',
      to: 'GET /api/v1/mesages/{id}',
      expected: [
        ['api-undocumented', 'undocumented', apiContractsLine],
        ['api-unimplemented', 'nearPath', 'GET /api/v1/mesages/{id}'],
      ],
    },
    {
      drift: 'a status, both ways',
      from: 'Status: 202, 400',
      to: 'Status: 201, 400',
      expected: [
        ['api-status', 'notDescribed', 'Status: 201, 400'],
        ['api-status', 'notListed', 'Status: 201, 400'],
      ],
    },
    {
      drift: 'request fields, both ways',
      from: 'MessageCreate { to, template, data? }',
      to: 'MessageCreate { to, templateId, data? }',
      expected: [
        ['api-request', 'fieldNotListed', 'templateId'],
        ['api-request', 'fieldNotDescribedNear', 'templateId'],
      ],
    },
    {
      drift: 'response fields, both ways',
      from: 'Message { id, to, template, status }',
      to: 'Message { id, to, template, sentAt }',
      expected: [
        ['api-response', 'fieldNotListed', 'sentAt'],
        ['api-response', 'fieldNotDescribed', 'sentAt'],
      ],
    },
    {
      drift: 'a request body the contract says is none',
      from: 'Input: MessageCreate { to, template, data? }',
      to: 'Input: none',
      expected: [['api-request', 'bodyNotDocumented', 'Input: none\n  Output: Message {']],
    },
    {
      drift: 'authentication',
      from: 'Auth: bearer token',
      to: 'Auth: none',
      expected: [['api-auth', 'authRequired', 'Auth: none\n\nGET /api/v1/messages\n']],
    },
  ])('finds $drift', async ({ from, to, expected }) => {
    const markdown = drifted(from, to);
    const dir = project({ 'design.md': markdown });
    for (const openapi of ['openapi-3.0.yaml', 'openapi-3.1.json']) {
      const { code, findings } = await checkJson(dir.path, ['design.md', '--openapi', openapi]);
      expect(code).toBe(1);
      expect(findings).toEqual(
        expected.map(([ruleId, messageId, where]) => ({
          file: 'design.md',
          ruleId,
          messageId,
          line:
            typeof where === 'number'
              ? where
              : markdown.slice(0, markdown.indexOf(where as string)).split('\n').length,
          severity: 'error',
        })),
      );
    }
  });

  it('prints stylish output by default, with the rule id and the line', async () => {
    const markdown = drifted('Status: 202, 400', 'Status: 202, 400, 422');
    const dir = project({ 'design.md': markdown });
    const out = await runCli(['check-api', 'design.md', '--openapi', 'openapi-3.0.yaml'], {
      cwd: dir.path,
    });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(
      `${lineOf(markdown, 'Status: 202, 400, 422')}:21  error  Status 422 of POST /api/v1/messages is not in the API description, which gives 202, 400  api-status`,
    );
    expect(out.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
  });
});

describe('designdoc check-api: settings as lint has them', () => {
  const statusDrift = drifted('Status: 204, 404, 409', 'Status: 204, 404');

  it('takes severities from the config (warnings exit 0)', async () => {
    const dir = project({
      'design.md': statusDrift,
      'designdoc.config.yaml': 'rules:\n  api-status: warn\n',
    });
    const { code, findings } = await checkJson(dir.path, [
      'design.md',
      '--openapi',
      'openapi-3.0.yaml',
    ]);
    expect(code).toBe(0);
    expect(findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['api-status warning']);
  });

  it('takes implied codes from the config', async () => {
    const dir = project({
      'design.md': statusDrift,
      'designdoc.config.yaml': 'rules:\n  api-status: [error, { implied: [401, 409, 429] }]\n',
    });
    const { code, findings } = await checkJson(dir.path, [
      'design.md',
      '--openapi',
      'openapi-3.0.yaml',
    ]);
    expect({ code, findings }).toEqual({ code: 0, findings: [] });
  });

  it('applies overrides to the files they name', async () => {
    const dir = project({
      'design.md': statusDrift,
      'legacy.md': statusDrift,
      'designdoc.config.yaml':
        'overrides:\n  - files: legacy.md\n    rules:\n      api-status: off\n',
    });
    const { findings } = await checkJson(dir.path, [
      'design.md',
      'legacy.md',
      '--openapi',
      'openapi-3.0.yaml',
    ]);
    expect(findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['design.md api-status']);
  });

  it('honours inline disable comments and --rule', async () => {
    const markdown = designWith(`GET /api/v1/templates\n  Status: 200\n\n${CONTRACTS}`).replace(
      '```yaml\nGET /api/v1/templates',
      '<!-- designdoc-disable api-unimplemented -->\n```yaml\nGET /api/v1/templates',
    );
    const dir = project({ 'design.md': markdown });
    const disabled = await checkJson(dir.path, ['design.md', '--openapi', 'openapi-3.0.yaml']);
    expect(disabled).toEqual({ code: 0, findings: [] });

    dir.write('other.md', statusDrift);
    const off = await checkJson(dir.path, [
      'other.md',
      '--openapi',
      'openapi-3.0.yaml',
      '--rule',
      'api-status:off',
    ]);
    expect(off).toEqual({ code: 0, findings: [] });
  });
});

describe('designdoc check-api: several documents', () => {
  const [first = '', second = ''] = CONTRACTS.split('\n\nGET /api/v1/messages/{id}');

  it('counts an operation documented in any of them as documented', async () => {
    const dir = project({
      'a.md': designWith(first),
      'b.md': designWith(`GET /api/v1/messages/{id}${second}`),
    });
    const { code, findings } = await checkJson(dir.path, [
      'a.md',
      'b.md',
      '--openapi',
      'openapi-3.1.json',
    ]);
    expect({ code, findings }).toEqual({ code: 0, findings: [] });
  });

  it('reports an operation none documents once, in the first document with contracts', async () => {
    const withoutHealth = second.replace(/\n\nGET \/healthz[\s\S]*$/, '');
    const dir = project({
      'a.md': '# Notes\n\nNo API here.\n',
      'b.md': designWith(first),
      'c.md': designWith(`GET /api/v1/messages/{id}${withoutHealth}`),
    });
    const { findings } = await checkJson(dir.path, [
      'a.md',
      'b.md',
      'c.md',
      '--openapi',
      'openapi-3.0.yaml',
      '--rule',
      'required-section:off',
    ]);
    expect(findings.filter((f) => f.ruleId === 'api-undocumented')).toEqual([
      {
        file: 'b.md',
        ruleId: 'api-undocumented',
        messageId: 'undocumented',
        line: lineOf(designWith(first), '## API Contracts'),
        severity: 'error',
      },
    ]);
  });
});

describe('designdoc check-api: descriptions it cannot use (exit 2)', () => {
  it.each([
    ['missing.yaml', {}, 'OpenAPI description missing.yaml: file not found'],
    [
      'broken.yaml',
      { 'broken.yaml': 'openapi: 3.1.0\npaths: [\n' },
      /^designdoc: OpenAPI description broken\.yaml: not valid JSON or YAML: .+/,
    ],
    [
      'list.json',
      { 'list.json': '[1, 2]' },
      'OpenAPI description list.json: not an OpenAPI description (expected an object with “openapi” and “paths”)',
    ],
    [
      'swagger.yaml',
      { 'swagger.yaml': 'swagger: "2.0"\ninfo: {title: x, version: "1"}\npaths: {}\n' },
      'OpenAPI description swagger.yaml: Swagger 2.0 is not supported: convert it to OpenAPI 3.0 or 3.1',
    ],
    [
      'v32.yaml',
      { 'v32.yaml': 'openapi: 3.2.0\ninfo: {title: x, version: "1"}\npaths: {}\n' },
      'OpenAPI description v32.yaml: unsupported OpenAPI version “3.2.0”, expected 3.0.x or 3.1.x',
    ],
    [
      'invalid.yaml',
      {
        'invalid.yaml':
          'openapi: 3.0.3\ninfo: {title: x}\npaths:\n  /a:\n    get:\n      responses: {}\n',
      },
      "OpenAPI description invalid.yaml: invalid: info: must have required property 'version'; paths › /a › get › responses: must NOT have fewer than 1 properties",
    ],
    [
      'dangling.yaml',
      {
        'dangling.yaml':
          'openapi: 3.1.0\ninfo: {title: x, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        "200": {$ref: "./nowhere.yaml#/Ok"}\n',
      },
      /^designdoc: OpenAPI description dangling\.yaml: .*nowhere\.yaml/,
    ],
  ])('%s', async (openapi, files, message) => {
    const dir = project({ 'design.md': DESIGN, ...files });
    const out = await runCli(['check-api', 'design.md', '--openapi', openapi], { cwd: dir.path });
    const line = expectFault(out);
    if (typeof message === 'string') expect(line).toBe(`designdoc: ${message}`);
    else expect(line).toMatch(message);
    expect(out.stdout).toBe('');
  });

  it('requires --openapi', async () => {
    const dir = project({ 'design.md': DESIGN });
    const out = await runCli(['check-api', 'design.md'], { cwd: dir.path });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("required option '--openapi <file|url>' not specified");
  });
});

describe('designdoc check-api: a description at a URL', () => {
  let server: Server | undefined;
  afterEach(() => {
    server?.close();
    server = undefined;
  });

  /** Serve fixtures/check-api/ on 127.0.0.1; the base URL. */
  async function serveFixtures(dir: string): Promise<string> {
    server = createServer((request, response) => {
      try {
        const body = readFileSync(join(dir, (request.url ?? '/').slice(1)));
        response.writeHead(200, { 'content-type': 'application/yaml' }).end(body);
      } catch {
        response.writeHead(404).end('not found');
      }
    });
    await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('reads it, and the files its $refs name beside it', async () => {
    const dir = project({ 'design.md': drifted('Status: 200, 404', 'Status: 200') });
    const base = await serveFixtures(dir.path);
    const { code, findings } = await checkJson(dir.path, [
      'design.md',
      '--openapi',
      `${base}/openapi-3.0.yaml`,
    ]);
    expect(code).toBe(1);
    expect(findings.map((f) => f.ruleId)).toEqual(['api-status']);
  });

  it('exits 2 naming the URL when it answers an error', async () => {
    const dir = project({ 'design.md': DESIGN });
    const base = await serveFixtures(dir.path);
    const out = await runCli(['check-api', 'design.md', '--openapi', `${base}/gone.yaml`], {
      cwd: dir.path,
    });
    expect(expectFault(out)).toBe(
      `designdoc: OpenAPI description ${base}/gone.yaml: fetching it answered HTTP 404`,
    );
  });
});
