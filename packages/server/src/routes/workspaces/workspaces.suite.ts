import { describe, expect, it } from 'vitest';
import type { TestDatabaseFactory } from '../../../test/databases.js';
import { useTestApp } from '../../../test/test-app.js';

/** The workspace API, run against each database engine by the .test.ts files beside this. */
export function describeWorkspaces(engine: string, factory: TestDatabaseFactory): void {
  describe(`workspaces API (${engine})`, () => {
    const current = useTestApp(factory);

    it('creates a workspace: 201, Location, the stored row', async () => {
      const { app, connection } = current();
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces',
        payload: { slug: 'payments', name: 'Payments', defaultTemplate: 'adr' },
      });
      expect(response.statusCode).toBe(201);
      expect(response.headers.location).toBe('/api/v1/workspaces/payments');
      expect(response.json()).toMatchObject({
        slug: 'payments',
        name: 'Payments',
        defaultTemplate: 'adr',
      });
      const rows = await connection.db
        .selectFrom('workspaces')
        .select(['slug', 'name', 'default_template'])
        .execute();
      expect(rows).toEqual([{ slug: 'payments', name: 'Payments', default_template: 'adr' }]);
    });

    it('refuses a taken slug with 409 and keeps the first workspace', async () => {
      const { app, connection } = current();
      await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces',
        payload: { slug: 'a', name: 'First' },
      });
      const again = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces',
        payload: { slug: 'a', name: 'Second' },
      });
      expect(again.statusCode).toBe(409);
      expect(again.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(again.json().detail).toBe('A workspace with slug “a” already exists');
      expect(await connection.db.selectFrom('workspaces').select('name').execute()).toEqual([
        { name: 'First' },
      ]);
    });

    it('makes concurrent creates of one slug end with exactly one workspace', async () => {
      const { app, connection } = current();
      const responses = await Promise.all(
        [1, 2, 3, 4].map((n) =>
          app.inject({
            method: 'POST',
            url: '/api/v1/workspaces',
            payload: { slug: 'race', name: `Team ${n}` },
          }),
        ),
      );
      expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
      expect(await connection.db.selectFrom('workspaces').selectAll().execute()).toHaveLength(1);
    });

    it('names every bad field with a JSON pointer', async () => {
      const { app } = current();
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces',
        payload: { slug: 'Bad Slug', name: '', color: 'red' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ in: 'body', pointer: '/slug' }),
          expect.objectContaining({ in: 'body', pointer: '/name' }),
        ]),
      );
      const unknownTemplate = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces',
        payload: { slug: 'x', name: 'X', defaultTemplate: 'nope' },
      });
      expect(unknownTemplate.statusCode).toBe(400);
      expect(unknownTemplate.json()).toMatchObject({
        detail: 'Unknown template “nope”, expected one of tdd, adr, rfc',
        errors: [{ in: 'body', pointer: '/defaultTemplate', detail: 'is not a known template' }],
      });
    });

    it('lists, reads and updates workspaces by slug', async () => {
      const { app } = current();
      for (const slug of ['b', 'a'])
        await app.inject({
          method: 'POST',
          url: '/api/v1/workspaces',
          payload: { slug, name: slug.toUpperCase() },
        });
      const list = await app.inject({ method: 'GET', url: '/api/v1/workspaces' });
      expect(list.json().items.map((w: { slug: string }) => w.slug)).toEqual(['a', 'b']);
      const patched = await app.inject({
        method: 'PATCH',
        url: '/api/v1/workspaces/a',
        payload: { name: 'Architecture', defaultTemplate: 'rfc' },
      });
      expect(patched.statusCode).toBe(200);
      expect(patched.json()).toMatchObject({
        slug: 'a',
        name: 'Architecture',
        defaultTemplate: 'rfc',
      });
      expect((await app.inject({ method: 'GET', url: '/api/v1/workspaces/a' })).json().name).toBe(
        'Architecture',
      );
      expect(
        (await app.inject({ method: 'PATCH', url: '/api/v1/workspaces/a', payload: {} }))
          .statusCode,
      ).toBe(400);
      const missing = await app.inject({ method: 'GET', url: '/api/v1/workspaces/zzz' });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().detail).toBe('No workspace “zzz”');
    });
  });
}
