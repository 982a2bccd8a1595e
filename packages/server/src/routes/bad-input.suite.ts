import { connect } from 'node:net';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createDocument, createWorkspace } from '../../test/api.js';
import type { TestDatabaseFactory } from '../../test/databases.js';
import { useTestApp } from '../../test/test-app.js';

const PROBLEM = 'application/problem+json; charset=utf-8';

/** Each request's status, content type and `errors[0]` (in, pointer), for one `toEqual`. */
async function answersTo(app: FastifyInstance, requests: InjectOptions[]) {
  const answers = [];
  for (const request of requests) {
    const response = await app.inject(request);
    const error = response.json().errors?.[0];
    answers.push([
      request.url,
      response.statusCode,
      response.headers['content-type'],
      error && `${error.in} ${error.pointer}`,
    ]);
  }
  return answers;
}

/** Send raw bytes to the listening app; what it answers before closing the connection. */
function rawExchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      received += chunk;
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
    socket.write(bytes);
  });
}

const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

/** Input that passes the schemas' formats but not what lies behind them: 400s, never 500s. */
export function describeBadInput(engine: string, factory: TestDatabaseFactory): void {
  describe(`bad input (${engine})`, () => {
    const current = useTestApp(factory);

    it('answers 400, not 500, to template names that are object properties, leap seconds, huge numbers and forged cursors', async () => {
      const { app } = current();
      await createWorkspace(app, 'eng');
      const { id } = await createDocument(app, '# Ledger\n\n## Overview\n\nText.\n', 'eng');
      const requests = [
        { method: 'POST', url: '/api/v1/lint?template=constructor', payload: '# X\n' },
        { method: 'POST', url: '/api/v1/lint', payload: '---\ntemplate: __proto__\n---\n# X\n' },
        {
          method: 'POST',
          url: '/api/v1/workspaces',
          payload: { slug: 'bad', name: 'Bad', defaultTemplate: 'toString' },
        },
        {
          method: 'POST',
          url: '/api/v1/workspaces/eng/documents?template=hasOwnProperty',
          payload: '# X\n',
        },
        { method: 'GET', url: '/api/v1/audit?since=2030-01-01T23:59:60Z' },
        { method: 'GET', url: '/api/v1/documents?updated_since=2030-06-30T23:59:60Z' },
        {
          method: 'POST',
          url: '/api/v1/api-keys',
          payload: { name: 'leap', scopes: ['read'], expiresAt: '2030-12-31T23:59:60Z' },
        },
        { method: 'GET', url: '/api/v1/questions?older_than_days=1000000000' },
        { method: 'GET', url: `/api/v1/questions?cursor=${cursor(['a', 'b', 'c'])}` },
        { method: 'GET', url: `/api/v1/decisions?cursor=${cursor(['a', 'b', 1e300])}` },
        { method: 'GET', url: `/api/v1/audit?cursor=${cursor(['abc'])}` },
        { method: 'GET', url: `/api/v1/audit?cursor=${cursor([1e300])}` },
        { method: 'GET', url: `/api/v1/documents?cursor=${cursor([1, 'x'])}` },
        { method: 'GET', url: `/api/v1/documents/${id}/versions/99999999999` },
        { method: 'GET', url: `/api/v1/documents/${id}/diff?from=99999999999` },
      ] as const;
      const answers = [];
      for (const request of requests) {
        const response = await app.inject({
          method: request.method,
          url: request.url,
          ...('payload' in request
            ? typeof request.payload === 'string'
              ? { payload: request.payload, headers: { 'content-type': 'text/markdown' } }
              : { payload: request.payload }
            : {}),
        });
        answers.push([request.url, response.statusCode, response.headers['content-type']]);
      }
      expect(answers).toEqual(
        requests.map((r) => [r.url, 400, 'application/problem+json; charset=utf-8']),
      );
      // text/plain is what a cross-site form can post without asking first: not accepted.
      const plain = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/eng/documents',
        headers: { 'content-type': 'text/plain' },
        payload: '# X\n',
      });
      expect(plain.statusCode).toBe(415);
    });

    it('refuses NUL and lone surrogates in paths, queries and bodies with a 400 naming the field, storing nothing', async () => {
      const { app, anonymous } = current();
      await createWorkspace(app, 'eng');
      const { id } = await createDocument(app, '# Ledger\n\n## Overview\n\nText.\n', 'eng');
      const signIn = await answersTo(anonymous, [
        {
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'a\u0000', password: 'x' },
        },
      ]);
      expect(signIn).toEqual([['/api/v1/auth/login', 400, PROBLEM, 'body /username']]);
      const requests: InjectOptions[] = [
        { method: 'GET', url: '/api/v1/documents/%00' },
        { method: 'GET', url: `/api/v1/documents/${id}/versions?x=%00` },
        { method: 'GET', url: '/api/v1/documents?author=a%00b' },
        { method: 'GET', url: '/api/v1/search?q=a%00b' },
        { method: 'GET', url: '/api/v1/audit?actor=a%00b' },
        { method: 'POST', url: '/api/v1/workspaces', payload: { slug: 'x', name: 'a\u0000' } },
        { method: 'POST', url: '/api/v1/workspaces', payload: { slug: 'y', name: 'a\ud800' } },
        {
          method: 'POST',
          url: '/api/v1/users',
          payload: { username: 'nul', displayName: 'N\u0000', password: 'a long enough password' },
        },
        {
          method: 'POST',
          url: '/api/v1/workspaces/eng/documents',
          payload: { markdown: '# Nul \u0000\n' },
        },
        {
          method: 'POST',
          url: '/api/v1/workspaces/eng/documents',
          payload: { markdown: '# Half a pair \udc00\n' },
        },
        {
          method: 'PUT',
          url: `/api/v1/documents/${id}`,
          headers: { 'content-type': 'text/markdown', 'if-match': '"1"' },
          payload: '# Nul \u0000\n',
        },
        {
          method: 'POST',
          url: `/api/v1/documents/${id}/comments`,
          payload: { section: 'overview', body: 'ok', 'odd\ud800key': 1 },
        },
      ];
      expect(await answersTo(app, requests)).toEqual(
        [
          'params /id',
          'querystring /x',
          'querystring /author',
          'querystring /q',
          'querystring /actor',
          'body /name',
          'body /name',
          'body /displayName',
          'body /markdown',
          'body /markdown',
          'body /',
          'body /odd\ud800key',
        ].map((field, i) => [requests[i]?.url, 400, PROBLEM, field]),
      );
      const nul = await app.inject({ method: 'GET', url: '/api/v1/search?q=a%00b' });
      expect(nul.json().detail).toBe('querystring /q must not contain the NUL character (U+0000)');
      const lone = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces',
        payload: { slug: 'y', name: 'a\ud800' },
      });
      expect(lone.json().errors).toEqual([
        {
          in: 'body',
          pointer: '/name',
          detail: 'must not contain a lone surrogate (U+D800): text must be valid Unicode',
        },
      ]);
      const workspaces = await app.inject({ url: '/api/v1/workspaces' });
      expect(workspaces.json().items.map((w: { slug: string }) => w.slug)).toEqual(['eng']);
      const documents = await app.inject({ url: '/api/v1/documents' });
      expect(documents.json().items.map((d: { version: number }) => d.version)).toEqual([1]);
    });

    it('checks JSON bodies as sent and reads numbers in paths and queries only from decimal digits', async () => {
      const { app } = current();
      await createWorkspace(app, 'eng');
      const { id } = await createDocument(app, '# Ledger\n\n## Overview\n\nText.\n', 'eng');
      const requests: InjectOptions[] = [
        { method: 'POST', url: '/api/v1/workspaces/eng/documents', payload: { markdown: 12345 } },
        { method: 'POST', url: '/api/v1/workspaces', payload: { slug: 'n', name: 7 } },
        {
          method: 'PUT',
          url: '/api/v1/workspaces/eng/review-policy',
          payload: {
            requiredApprovals: '2',
            requiredReviewers: [],
            allowSelfApproval: false,
            blockOnErrors: true,
            blockOnOpenQuestions: true,
            dismissStaleApprovals: true,
          },
        },
        { method: 'GET', url: `/api/v1/documents/${id}/versions/0x1` },
        { method: 'GET', url: `/api/v1/documents/${id}/versions/1e0` },
        { method: 'GET', url: `/api/v1/documents/${id}/versions/+1` },
        { method: 'GET', url: `/api/v1/documents/${id}/versions/1.0` },
        { method: 'GET', url: `/api/v1/documents/${id}/diff?from=0x1` },
        { method: 'GET', url: '/api/v1/documents?limit=%201' },
        { method: 'GET', url: '/api/v1/search?q=ledger&offset=0b1' },
      ];
      expect(await answersTo(app, requests)).toEqual(
        [
          'body /markdown',
          'body /name',
          'body /requiredApprovals',
          'params /n',
          'params /n',
          'params /n',
          'params /n',
          'querystring /from',
          'querystring /limit',
          'querystring /offset',
        ].map((field, i) => [requests[i]?.url, 400, PROBLEM, field]),
      );
      const hex = await app.inject({ url: `/api/v1/documents/${id}/versions/0x1` });
      expect(hex.json().detail).toBe('params /n must be an integer in plain decimal digits');
      // Text in paths and queries still becomes the numbers and booleans the schemas declare.
      const fine = await answersTo(app, [
        { method: 'GET', url: `/api/v1/documents/${id}/versions/1` },
        { method: 'GET', url: `/api/v1/documents/${id}/diff?from=1&to=1` },
        { method: 'GET', url: '/api/v1/documents?limit=10&has_errors=false' },
      ]);
      expect(fine.map(([, status]) => status)).toEqual([200, 200, 200]);
      const documents = await app.inject({ url: '/api/v1/documents' });
      expect(documents.json().items).toHaveLength(1);
    });

    it('takes a body only in a media type its endpoint declares, and only as UTF-8 (415)', async () => {
      const { app } = current();
      await createWorkspace(app, 'eng');
      const post = (contentType: string, payload: string | Buffer) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/workspaces/eng/documents',
          headers: { 'content-type': contentType },
          payload,
        });
      const yaml = await post('application/yaml', '# As YAML\n');
      expect([yaml.statusCode, yaml.headers['content-type'], yaml.json().detail]).toEqual([
        415,
        PROBLEM,
        'This endpoint takes application/json or text/markdown, not application/yaml',
      ]);
      const latin1 = await post('text/markdown; charset=latin1', Buffer.from('# Café\n', 'latin1'));
      expect([latin1.statusCode, latin1.headers['content-type'], latin1.json().detail]).toEqual([
        415,
        PROBLEM,
        'Text must be sent as UTF-8 (charset=utf-8, or none), not charset=latin1',
      ]);
      const json16 = await post('application/json; charset=utf-16', '{"markdown":"# X"}');
      expect(json16.statusCode).toBe(415);
      const markdownAsJson = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces',
        headers: { 'content-type': 'text/markdown' },
        payload: '# Not a workspace\n',
      });
      expect(markdownAsJson.statusCode).toBe(415);
      expect((await app.inject({ url: '/api/v1/documents' })).json().items).toEqual([]);
      const utf8 = await post('text/markdown; charset="UTF-8"', Buffer.from('# Café\n', 'utf8'));
      expect([utf8.statusCode, utf8.json().title]).toEqual([201, 'Café']);
      const json = await post('application/json; charset=utf-8', '{"markdown":"# Tea\\n"}');
      expect(json.statusCode).toBe(201);
    });

    it('refuses YAML nested too deeply with a 400 or a diagnostic that says so, at once', async () => {
      const { app } = current();
      await createWorkspace(app, 'eng');
      const started = performance.now();
      const template = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/eng/templates',
        headers: { 'content-type': 'application/yaml' },
        payload: `name: deep\ntitle: Deep\nsections: ${'['.repeat(120_000)}\n`,
      });
      const lint = await app.inject({
        method: 'POST',
        url: '/api/v1/lint',
        headers: { 'content-type': 'text/markdown' },
        payload: `---\ntags: ${'['.repeat(120_000)}\n---\n# Deep\n`,
      });
      // The parser took about 7 µs a level before the stack overflowed; 120,000 levels fit the
      // template (128 KiB) and document (DOCUMENT_LIMIT) limits.
      expect(performance.now() - started).toBeLessThan(3000);
      expect([
        template.statusCode,
        template.headers['content-type'],
        template.json().detail,
      ]).toEqual([
        400,
        PROBLEM,
        'The template spec is not YAML: Collections nest deeper than 64 levels at line 3, column 75',
      ]);
      expect(lint.statusCode).toBe(200);
      expect(lint.json().diagnostics[0]).toMatchObject({
        ruleId: 'front-matter',
        message: 'Front matter is not valid YAML: Collections nest deeper than 64 levels',
        place: { start: { line: 2 } },
      });
    });

    it('answers bad %-escapes, over-long path segments and requests Node refuses as problems', async () => {
      const { app, anonymous } = current();
      const requests: InjectOptions[] = [
        { method: 'GET', url: '/api/v1/documents/%zz' },
        { method: 'GET', url: '/api/v1/documents/%E0%A4%A' },
        { method: 'PATCH', url: `/api/v1/workspaces/${'w'.repeat(101)}`, payload: { name: 'x' } },
      ];
      const answers = [];
      for (const request of requests) {
        const response = await app.inject(request);
        answers.push([response.statusCode, response.headers['content-type'], response.json().type]);
      }
      const type = (code: string) =>
        `https://github.com/designdoc/designdoc/blob/main/docs/api.md#problem-${code}`;
      expect(answers).toEqual([
        [400, PROBLEM, type('malformed-url')],
        [400, PROBLEM, type('malformed-url')],
        [414, PROBLEM, type('uri-too-long')],
      ]);
      await anonymous.listen({ host: '127.0.0.1', port: 0 });
      const { port } = anonymous.server.address() as { port: number };
      const bigHeaders = await rawExchange(
        port,
        `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      );
      const longUrl = await rawExchange(
        port,
        `GET /api/v1/search?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`,
      );
      const garbage = await rawExchange(port, 'NOT HTTP AT ALL\r\n\r\n');
      const parse = (raw: string) => {
        const [head = '', body = ''] = raw.split('\r\n\r\n');
        return [
          head.split('\r\n')[0],
          /content-type: (.*)/i.exec(head)?.[1],
          JSON.parse(body).type,
        ];
      };
      expect([parse(bigHeaders), parse(longUrl), parse(garbage)]).toEqual([
        ['HTTP/1.1 431 Request Header Fields Too Large', PROBLEM, type('headers-too-large')],
        ['HTTP/1.1 431 Request Header Fields Too Large', PROBLEM, type('headers-too-large')],
        ['HTTP/1.1 400 Bad Request', PROBLEM, type('malformed-request')],
      ]);
    });
  });
}
