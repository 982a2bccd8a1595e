import { describe, expect, it } from 'vitest';
import { createDocument, createWorkspace } from '../../test/api.js';
import type { TestDatabaseFactory } from '../../test/databases.js';
import { useTestApp } from '../../test/test-app.js';

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
  });
}
