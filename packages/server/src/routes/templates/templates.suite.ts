import { describe, expect, it } from 'vitest';
import type { TestDatabaseFactory } from '../../../test/databases.js';
import { useTestApp } from '../../../test/test-app.js';

const SPEC_YAML = `name: postmortem
title: Postmortem
sections:
  - id: summary
    title: Summary
    level: 2
    required: true
    content: [{ kind: prose }]
  - id: timeline
    title: Timeline
    level: 2
    required: true
    content: [{ kind: prose }]
`;

/** A workspace's own templates, run against each database engine. */
export function describeTemplates(engine: string, factory: TestDatabaseFactory): void {
  describe(`templates API (${engine})`, () => {
    const current = useTestApp(factory);

    it('stores a YAML spec, lints documents with it, and can make it the workspace default', async () => {
      const { app } = current();
      await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces',
        payload: { slug: 'ops', name: 'Ops' },
      });
      const created = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/ops/templates',
        headers: { 'content-type': 'application/yaml' },
        payload: SPEC_YAML,
      });
      expect(created.statusCode).toBe(201);
      expect(created.headers.location).toBe('/api/v1/workspaces/ops/templates/postmortem');
      const list = await app.inject({ method: 'GET', url: '/api/v1/workspaces/ops/templates' });
      expect(
        list.json().items.map((t: { name: string; source: string }) => `${t.name}:${t.source}`),
      ).toEqual(['tdd:preset', 'adr:preset', 'rfc:preset', 'postmortem:workspace']);
      const patched = await app.inject({
        method: 'PATCH',
        url: '/api/v1/workspaces/ops',
        payload: { defaultTemplate: 'postmortem' },
      });
      expect(patched.json().defaultTemplate).toBe('postmortem');
      const doc = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/ops/documents',
        headers: { 'content-type': 'text/markdown' },
        payload: '# Outage on 3 March\n\n## Summary\n\nThe ledger was down for 12 minutes.\n',
      });
      expect(doc.statusCode).toBe(201);
      expect(doc.json()).toMatchObject({ template: 'postmortem', errorCount: 1 });
      const detail = await app.inject({ method: 'GET', url: `/api/v1/documents/${doc.json().id}` });
      expect(detail.json().diagnostics.map((d: { message: string }) => d.message)).toEqual([
        'Missing section “Timeline” (required by template postmortem)',
      ]);
      // Elsewhere the name means nothing.
      await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces',
        payload: { slug: 'dev', name: 'Dev' },
      });
      const elsewhere = await app.inject({
        method: 'PATCH',
        url: '/api/v1/workspaces/dev',
        payload: { defaultTemplate: 'postmortem' },
      });
      expect(elsewhere.statusCode).toBe(400);
    });

    it('refuses invalid specs with field pointers, taken and built-in names, and replaces with PUT', async () => {
      const { app } = current();
      await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces',
        payload: { slug: 'ops', name: 'Ops' },
      });
      const post = (payload: string | object) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/workspaces/ops/templates',
          ...(typeof payload === 'string'
            ? { headers: { 'content-type': 'application/yaml' } }
            : {}),
          payload,
        });
      const invalid = await post(
        SPEC_YAML.replace(
          'level: 2\n    required: true\n    content: [{ kind: prose }]\n  - id: timeline',
          'level: 0\n    required: true\n    content: [{ kind: prose }]\n  - id: timeline',
        ),
      );
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json().errors[0].pointer).toMatch(/^\/sections\/0/);
      expect((await post('name: [unclosed')).statusCode).toBe(400);
      expect((await post(SPEC_YAML.replace('name: postmortem', 'name: tdd'))).statusCode).toBe(409);
      expect((await post(SPEC_YAML)).statusCode).toBe(201);
      expect((await post(SPEC_YAML)).statusCode).toBe(409);
      const replaced = await app.inject({
        method: 'PUT',
        url: '/api/v1/workspaces/ops/templates/postmortem',
        headers: { 'content-type': 'application/yaml' },
        payload: SPEC_YAML.replace('title: Postmortem', 'title: Incident review'),
      });
      expect(replaced.json().title).toBe('Incident review');
      const read = await app.inject({
        method: 'GET',
        url: '/api/v1/workspaces/ops/templates/postmortem',
      });
      expect(read.json()).toMatchObject({ name: 'postmortem', title: 'Incident review' });
      expect(
        (await app.inject({ method: 'GET', url: '/api/v1/workspaces/ops/templates/tdd' })).json()
          .name,
      ).toBe('tdd');
      expect(
        (await app.inject({ method: 'GET', url: '/api/v1/workspaces/ops/templates/none' }))
          .statusCode,
      ).toBe(404);
    });
  });
}
