import { describe, expect, it } from 'vitest';
import { createDocument, createWorkspace } from '../../test/api.js';
import { sqliteDatabase } from '../../test/databases.js';
import { useTestApp } from '../../test/test-app.js';

describe('Cache-Control on the API', () => {
  const current = useTestApp(sqliteDatabase);

  it('is no-store on every /api/v1 answer, JSON, Markdown and problems alike, and nowhere else', async () => {
    const { app, anonymous } = current();
    await createWorkspace(app, 'eng');
    const { id, etag } = await createDocument(app, '# Ledger\n\n## Overview\n\nText.\n', 'eng');
    const answers = [
      await app.inject({ url: '/api/v1/me' }),
      await app.inject({ url: `/api/v1/documents/${id}` }),
      await app.inject({ url: `/api/v1/documents/${id}`, headers: { accept: 'text/markdown' } }),
      await app.inject({ url: `/api/v1/documents/${id}`, headers: { 'if-none-match': etag } }),
      await app.inject({ url: '/api/v1/documents?limit=0' }),
      await app.inject({ url: '/api/v1/nowhere' }),
      await anonymous.inject({ url: '/api/v1/documents' }),
      await app.inject({
        method: 'PUT',
        url: `/api/v1/documents/${id}`,
        payload: { markdown: 'x' },
      }),
    ];
    expect(answers.map((r) => [r.statusCode, r.headers['cache-control']])).toEqual([
      [200, 'no-store'],
      [200, 'no-store'],
      [200, 'no-store'],
      [304, 'no-store'],
      [400, 'no-store'],
      [404, 'no-store'],
      [401, 'no-store'],
      [428, 'no-store'],
    ]);
    // Document reads keep their ETag: a client's own copy is still revalidated.
    expect(answers[1]?.headers.etag).toBe(etag);
    expect((await anonymous.inject({ url: '/healthz' })).headers['cache-control']).toBeUndefined();
  });
});
