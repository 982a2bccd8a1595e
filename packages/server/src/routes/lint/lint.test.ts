import { describe, expect, it } from 'vitest';
import { sqliteDatabase } from '../../../test/databases.js';
import { useTestApp } from '../../../test/test-app.js';

describe('POST /api/v1/lint', () => {
  const current = useTestApp(sqliteDatabase);

  it('lints posted Markdown against the named template and stores nothing', async () => {
    const { app, connection } = current();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/lint?template=adr',
      headers: { 'content-type': 'text/markdown' },
      payload: '# Use PostgreSQL\n\n## Context and Problem Statement\n\n[Describe the context]\n',
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.template).toBe('adr');
    expect(body.errorCount).toBeGreaterThan(0);
    expect(body.diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain('required-section');
    expect(body.diagnostics[0].place.start).toEqual({
      line: expect.any(Number),
      column: expect.any(Number),
      offset: expect.any(Number),
    });
    expect(await connection.db.selectFrom('documents').selectAll().execute()).toEqual([]);
  });

  it('says which template is unknown', async () => {
    const { app } = current();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/lint',
      payload: { markdown: '# X\n', template: 'nope' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { in: 'body', pointer: '/template', detail: 'is not a known template' },
    ]);
  });
});
