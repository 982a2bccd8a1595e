import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { sqliteDatabase } from '../test/databases.js';
import { ADMIN_TOKEN, actingAs, useTestApp } from '../test/test-app.js';
import { buildApp } from './app.js';
import { loadServerConfig } from './config.js';
import { bootstrapFirstAdmin } from './identity/bootstrap.js';

describe('the app', () => {
  const current = useTestApp(sqliteDatabase);

  it('is live and ready when the database answers and is migrated', async () => {
    const { app } = current();
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });

  it('serves an OpenAPI 3.1 document that a validator accepts, and the browsable docs', async () => {
    const { app } = current();
    const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/workspaces',
        '/api/v1/workspaces/{ws}/documents',
        '/api/v1/documents/{id}',
        '/api/v1/documents/{id}/versions/{n}',
      ]),
    );
    expect(
      Object.keys(document.paths['/api/v1/documents/{id}'].get.responses[200].content),
    ).toEqual(['application/json', 'text/markdown', 'text/html']);
    const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('answers unknown routes with a problem and returns the request id', async () => {
    const { app } = current();
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/nothing?x=1',
      headers: { 'x-request-id': 'req-42' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['x-request-id']).toBe('req-42');
    expect(response.json()).toEqual({
      type: 'https://github.com/designdoc/designdoc/blob/main/docs/api.md#problem-route-not-found',
      title: 'No such endpoint',
      status: 404,
      detail: 'No endpoint GET /api/v1/nothing',
      instance: '/api/v1/nothing?x=1',
    });
  });
});

describe('the app on failures', () => {
  it('answers 413 to a body over the limit and 500 without internals to a crash', async () => {
    const database = await sqliteDatabase();
    const config = loadServerConfig({ BODY_LIMIT: '2048' }, process.cwd(), {
      demo: false,
      adminPassword: 'correct horse battery staple',
      bootstrapToken: ADMIN_TOKEN,
    });
    await bootstrapFirstAdmin(database.connection.db, config);
    const server = await buildApp({ config, database: database.connection });
    const app = actingAs(server, ADMIN_TOKEN);
    server.get('/crash', async () => {
      throw new Error('secret: the database password is hunter2');
    });
    try {
      await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces',
        payload: { slug: 'demo', name: 'Demo' },
      });
      const big = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/demo/documents',
        headers: { 'content-type': 'text/markdown' },
        payload: `# Big\n\n${'x'.repeat(4096)}\n`,
      });
      expect(big.statusCode).toBe(413);
      expect(big.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      const crash = await app.inject({ method: 'GET', url: '/crash' });
      expect(crash.statusCode).toBe(500);
      expect(crash.body).not.toContain('hunter2');
      expect(crash.json()).toMatchObject({
        status: 500,
        title: 'Internal server error',
        requestId: crash.headers['x-request-id'],
      });
    } finally {
      await app.close();
      await database.drop();
    }
  });
});

describe('GET /metrics', () => {
  const current = useTestApp(sqliteDatabase);

  it('reports requests by route and status, lint time, saves and the documents stored', async () => {
    const { app } = current();
    await app.inject({
      method: 'POST',
      url: '/api/v1/workspaces',
      payload: { slug: 'demo', name: 'Demo' },
    });
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/workspaces/demo/documents',
      headers: { 'content-type': 'text/markdown' },
      payload: '# Ledger\n\n## Overview\n\nText.\n',
    });
    await app.inject({ method: 'GET', url: `/api/v1/documents/${created.json().id}` });
    const response = await app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    const text = response.body;
    expect(text).toContain(
      'designdoc_http_request_duration_seconds_count{method="GET",route="/api/v1/documents/:id",status="200"} 1',
    );
    expect(text).toContain(
      'designdoc_http_request_duration_seconds_count{method="POST",route="/api/v1/workspaces/:ws/documents",status="201"} 1',
    );
    expect(text).toContain('designdoc_lint_duration_seconds_count 1');
    expect(text).toContain('designdoc_document_saves_total{kind="created"} 1');
    expect(text).toContain('designdoc_documents 1');
    expect(text).toContain('designdoc_process_resident_memory_bytes');
  });
});
