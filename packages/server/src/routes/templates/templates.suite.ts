import { MAX_TEMPLATE_SECTIONS } from '@designdoc/core';
import { describe, expect, it } from 'vitest';
import type { TestDatabaseFactory } from '../../../test/databases.js';
import { longestStall } from '../../../test/event-loop.js';
import { useTestApp } from '../../../test/test-app.js';
import { MAX_TEMPLATE_BODY_BYTES } from '../../templates/read-spec.js';

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

/** A spec named `name` of `count` sections, each with a nested one; as JSON. */
function nestedSpec(name: string, count: number) {
  return {
    name,
    title: 'Wide',
    sections: Array.from({ length: count / 2 }, (_, i) => ({
      id: `part-${i}`,
      title: `Part ${i}`,
      level: 2,
      sections: [{ id: `detail-${i}`, title: `Detail ${i}`, level: 3 }],
    })),
  };
}

/**
 * A YAML spec at both limits: MAX_TEMPLATE_SECTIONS sections with content rules and template
 * text, and as many aliases as fit under MAX_TEMPLATE_BODY_BYTES. YAML is slow to read (some
 * 3.5 ms a KiB for short items), so this held the event loop some 450 ms.
 */
function specAtLimitsYaml(name: string): string {
  const section = (i: number, aliases: number) =>
    `  - id: section-${i}
    title: Section number ${i}
    level: 2
    required: ${i % 2 === 0}
    content: [{ kind: prose }, { kind: table, columns: [Name, Owner, Status] }]
    templateText: [TBD, TODO fill in]
    aliases: [${Array.from({ length: aliases }, (_, k) => `a${k % 1000}`).join(', ')}]
`;
  const spec = (aliases: number) =>
    `name: ${name}\ntitle: At the limits\nsections:\n${Array.from(
      { length: MAX_TEMPLATE_SECTIONS },
      (_, i) => section(i, aliases),
    ).join('')}`;
  // Each alias adds 4 to 6 bytes a section.
  const room = MAX_TEMPLATE_BODY_BYTES - Buffer.byteLength(spec(1));
  let aliases = Math.floor(room / (MAX_TEMPLATE_SECTIONS * 4));
  while (Buffer.byteLength(spec(aliases)) > MAX_TEMPLATE_BODY_BYTES) aliases--;
  return spec(aliases);
}

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
      expect(created.statusCode, created.body.slice(0, 300)).toBe(201);
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

    it('refuses a spec over its limits, by body size (413) or section count (400), on POST and PUT', async () => {
      const { app } = current();
      await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces',
        payload: { slug: 'ops', name: 'Ops' },
      });
      const send = (method: 'POST' | 'PUT', payload: string | object) =>
        app.inject({
          method,
          url: `/api/v1/workspaces/ops/templates${method === 'PUT' ? '/wide' : ''}`,
          ...(typeof payload === 'string'
            ? { headers: { 'content-type': 'application/yaml' } }
            : {}),
          payload,
        });
      expect((await send('POST', nestedSpec('wide', 2))).statusCode).toBe(201);
      // 34,000 sections: 5 MB of JSON, which took a second to check.
      const huge = nestedSpec('wide', 34_000);
      const yaml = specAtLimitsYaml('wide').replace('title: At', `title: ${'x'.repeat(500)}`);
      for (const method of ['POST', 'PUT'] as const) {
        for (const payload of [huge, yaml]) {
          const tooLarge = await send(method, payload);
          expect(tooLarge.statusCode, tooLarge.body.slice(0, 300)).toBe(413);
          expect(tooLarge.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(tooLarge.json()).toMatchObject({ status: 413 });
          expect(tooLarge.json().detail).toContain(`at most ${MAX_TEMPLATE_BODY_BYTES} bytes`);
        }
        const tooMany = await send(method, nestedSpec('wide', MAX_TEMPLATE_SECTIONS + 2));
        expect(tooMany.statusCode).toBe(400);
        expect(tooMany.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(tooMany.json().errors).toEqual([
          {
            in: 'body',
            pointer: '/sections',
            detail: `sections: more than the limit of ${MAX_TEMPLATE_SECTIONS} sections (nested ones included)`,
          },
        ]);
      }
      const stored = await app.inject({
        method: 'GET',
        url: '/api/v1/workspaces/ops/templates/wide',
      });
      expect(stored.json().sections).toHaveLength(1);
    });

    it('takes a spec at both limits without holding the event loop', async () => {
      const { app } = current();
      await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces',
        payload: { slug: 'ops', name: 'Ops' },
      });
      const yaml = specAtLimitsYaml('widest');
      expect(Buffer.byteLength(yaml)).toBeGreaterThan(MAX_TEMPLATE_BODY_BYTES - 5000);
      expect(Buffer.byteLength(yaml)).toBeLessThanOrEqual(MAX_TEMPLATE_BODY_BYTES);
      const post = () =>
        app.inject({
          method: 'POST',
          url: '/api/v1/workspaces/ops/templates',
          headers: { 'content-type': 'application/yaml' },
          payload: yaml,
        });
      // Read on the event loop this YAML held it some 450 ms; on a worker, some 15 ms.
      const [created, stall] = await longestStall(post);
      expect(created.statusCode, created.body.slice(0, 300)).toBe(201);
      expect(stall, 'ms the event loop stood still').toBeLessThan(100);
      const put = () =>
        app.inject({
          method: 'PUT',
          url: '/api/v1/workspaces/ops/templates/widest',
          payload: nestedSpec('widest', MAX_TEMPLATE_SECTIONS),
        });
      const [replaced, putStall] = await longestStall(put);
      expect(replaced.statusCode).toBe(200);
      expect(putStall).toBeLessThan(100);
    });
  });
}
