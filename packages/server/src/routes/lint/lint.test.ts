import { lintParsed, PRESETS, parseDocument, type TemplateSpec } from '@designdoc/core';
import { describe, expect, it } from 'vitest';
import { sqliteDatabase } from '../../../test/databases.js';
import { longestStall } from '../../../test/event-loop.js';
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

  it('answers exactly what the core lint gives, in the JSON the worker made', async () => {
    const { app } = current();
    const markdown =
      '# Use PostgreSQL\n\n## Context and Problem Statement\n\n[Describe the context]\n';
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/lint?template=adr',
      headers: { 'content-type': 'text/markdown' },
      payload: markdown,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const adr = PRESETS.adr as TemplateSpec;
    const { errorCount, warningCount, diagnostics } = lintParsed(parseDocument(markdown, adr), {
      template: adr,
    });
    expect(response.json()).toEqual({ template: 'adr', errorCount, warningCount, diagnostics });
  });

  it('refuses a document over DOCUMENT_LIMIT (413) or DOCUMENT_MAX_HEADINGS (422)', async () => {
    const { app } = current();
    const tooLarge = `# Big\n\n${'x'.repeat(1024 * 1024)}\n`;
    const big = await app.inject({
      method: 'POST',
      url: '/api/v1/lint',
      headers: { 'content-type': 'text/markdown' },
      payload: tooLarge,
    });
    expect(big.statusCode).toBe(413);
    expect(big.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(big.json()).toMatchObject({
      type: expect.stringMatching(/#problem-document-too-large$/),
      setting: 'DOCUMENT_LIMIT',
      limit: 1_048_576,
      size: tooLarge.length,
    });
    const headings = await app.inject({
      method: 'POST',
      url: '/api/v1/lint',
      payload: { markdown: `# Headings\n\n${'## lorem\n'.repeat(80_000)}` },
    });
    expect(headings.statusCode).toBe(422);
    expect(headings.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(headings.json()).toMatchObject({
      type: expect.stringMatching(/#problem-too-many-headings$/),
      setting: 'DOCUMENT_MAX_HEADINGS',
      limit: 2000,
      headings: 80_001,
    });
    expect(headings.json().detail).toContain('DOCUMENT_MAX_HEADINGS');
  });

  it('lints a document at the limits, a diagnostic for every heading, without holding up the server', async () => {
    const { app } = current();
    // 2,000 headings, each an empty section of the same name: thousands of diagnostics.
    const markdown = `# Headings\n\n${'## lorem\n'.repeat(1999)}`;
    // A first request signs in (the API key's hash is checked once) and starts the workers.
    await app.inject({ method: 'POST', url: '/api/v1/lint', payload: { markdown: '# X\n' } });
    const [response, stall] = await longestStall(() =>
      app.inject({
        method: 'POST',
        url: '/api/v1/lint',
        headers: { 'content-type': 'text/markdown' },
        payload: markdown,
      }),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().diagnostics.length).toBeGreaterThan(1999);
    console.log('lint at-limits stall (ms)', stall, response.json().diagnostics.length);
    expect(stall).toBeLessThan(500);
  });
});
