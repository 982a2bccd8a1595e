import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../../test/api.js';
import type { TestDatabaseFactory } from '../../../test/databases.js';
import { useTestApp } from '../../../test/test-app.js';

const SECRET = `# Project Nightjar

## Overview

The nightjar acquisition plan.

## Key Design Decisions

| Decision | Rationale | Trade-offs |
| --- | --- | --- |
| Buy nightjar | Cheaper than building | Integration work |

## Open Questions

- Does nightjar's board agree? — Open
`;
const OPEN = SECRET.replaceAll('Nightjar', 'Sparrow').replaceAll('nightjar', 'sparrow');

/**
 * Confidential documents through the API: invisible to everyone but admins and those granted,
 * everywhere (reads, versions, diffs, lists, search and its snippets, dashboards, the access
 * list), and every read of one audited.
 */
export function describeConfidential(engine: string, factory: TestDatabaseFactory): void {
  describe(`confidential documents (${engine})`, () => {
    const current = useTestApp(factory);

    async function world() {
      const { app, user } = current();
      await createWorkspace(app, 'corp');
      const owner = await user('owner', { ws: 'corp', role: 'author' });
      const colleague = await user('colleague', { ws: 'corp', role: 'reviewer' });
      const insider = await user('insider', { ws: 'corp', role: 'viewer' });
      const boardMember = await user('board1', { ws: 'corp', role: 'viewer' });
      const wsAdmin = await user('corp-admin', { ws: 'corp', role: 'admin' });
      expect(
        (
          await app.inject({
            method: 'POST',
            url: '/api/v1/groups',
            payload: { name: 'board', members: ['board1'] },
          })
        ).statusCode,
      ).toBe(201);
      const created = await owner.app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/corp/documents',
        payload: { markdown: SECRET, confidential: { users: ['insider'], groups: ['board'] } },
      });
      expect(created.statusCode).toBe(201);
      const open = await owner.app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/corp/documents',
        headers: { 'content-type': 'text/markdown' },
        payload: OPEN,
      });
      const id = created.json().id as string;
      const saved = await owner.app.inject({
        method: 'PUT',
        url: `/api/v1/documents/${id}`,
        headers: { 'content-type': 'text/markdown', 'if-match': created.headers.etag as string },
        payload: `${SECRET}\nMore nightjar detail.\n`,
      });
      expect(saved.statusCode).toBe(200);
      return {
        id,
        openId: open.json().id as string,
        owner,
        colleague,
        insider,
        boardMember,
        wsAdmin,
      };
    }

    /** Everything a caller can find out about the confidential document, as a list of findings. */
    async function findings(app: FastifyInstance, id: string): Promise<string[]> {
      const seen: string[] = [];
      const get = (url: string) => app.inject({ method: 'GET', url });
      for (const url of [
        `/api/v1/documents/${id}`,
        `/api/v1/documents/${id}/versions`,
        `/api/v1/documents/${id}/versions/1`,
        `/api/v1/documents/${id}/diff?from=1&to=2`,
        `/api/v1/documents/${id}/access`,
      ]) {
        const response = await get(url);
        if (response.statusCode !== 404) seen.push(`${url} ${response.statusCode}`);
        else expect(response.json().detail).toBe(`No document ${id}`);
      }
      const html = await app.inject({
        method: 'GET',
        url: `/api/v1/documents/${id}`,
        headers: { accept: 'text/html' },
      });
      if (html.statusCode !== 404) seen.push('html');
      for (const url of [
        '/api/v1/documents',
        '/api/v1/documents?workspace=corp&sort=title',
        '/api/v1/search?q=nightjar',
        '/api/v1/search?q=acquisition',
        '/api/v1/questions',
        '/api/v1/decisions',
      ]) {
        const body = (await get(url)).body;
        if (/nightjar/i.test(body) || body.includes(id)) seen.push(url);
      }
      return seen;
    }

    it('is readable by admins, the users and groups granted and its author, and invisible to everyone else everywhere', async () => {
      const { id, openId, owner, colleague, insider, boardMember, wsAdmin } = await world();
      const { app } = current();
      const everything = await findings(app, id);
      expect(everything).toEqual([
        `/api/v1/documents/${id} 200`,
        `/api/v1/documents/${id}/versions 200`,
        `/api/v1/documents/${id}/versions/1 200`,
        `/api/v1/documents/${id}/diff?from=1&to=2 200`,
        `/api/v1/documents/${id}/access 200`,
        'html',
        '/api/v1/documents',
        '/api/v1/documents?workspace=corp&sort=title',
        '/api/v1/search?q=nightjar',
        '/api/v1/search?q=acquisition',
        '/api/v1/questions',
        '/api/v1/decisions',
      ]);
      for (const who of [owner, insider, boardMember, wsAdmin])
        expect(await findings(who.app, id)).toEqual(everything);
      // A reviewer of the same workspace, not granted: nothing at all.
      expect(await findings(colleague.app, id)).toEqual([]);
      // ... while the open document of the same workspace is there for them.
      const search = await colleague.app.inject({
        method: 'GET',
        url: '/api/v1/search?q=acquisition',
      });
      expect(search.json().items.map((i: { id: string }) => i.id)).toEqual([openId]);
      const save = await colleague.app.inject({
        method: 'PUT',
        url: `/api/v1/documents/${id}`,
        headers: { 'content-type': 'text/markdown', 'if-match': '*' },
        payload: SECRET,
      });
      expect(save.statusCode).toBe(404);
      expect(
        (await colleague.app.inject({ method: 'DELETE', url: `/api/v1/documents/${id}` }))
          .statusCode,
      ).toBe(404);
    });

    it('can be opened up and restricted again, and says who may read it', async () => {
      const { id, owner, colleague } = await world();
      const access = await owner.app.inject({
        method: 'GET',
        url: `/api/v1/documents/${id}/access`,
      });
      expect(access.json()).toEqual({
        restricted: true,
        users: ['insider', 'owner'],
        groups: ['board'],
      });
      const set = (payload: object) =>
        owner.app.inject({ method: 'PUT', url: `/api/v1/documents/${id}/access`, payload });
      expect((await set({ restricted: false })).json()).toEqual({
        restricted: false,
        users: [],
        groups: [],
      });
      expect(await findings(colleague.app, id)).toHaveLength(12);
      const unknown = await set({ restricted: true, users: ['nobody'] });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().errors).toEqual([
        { in: 'body', pointer: '/users/0', detail: 'is not a user' },
      ]);
      expect((await set({ restricted: true, groups: ['board'] })).json()).toEqual({
        restricted: true,
        users: ['owner'],
        groups: ['board'],
      });
      expect(await findings(colleague.app, id)).toEqual([]);
      // A viewer may read but not restrict.
      const { user } = current();
      const viewer = await user('insider');
      expect(
        (
          await viewer.app.inject({
            method: 'PUT',
            url: `/api/v1/documents/${id}/access`,
            payload: { restricted: false },
          })
        ).statusCode,
      ).toBe(404);
    });

    it('answers 404 for an archived document everywhere, its access list too, and does not change its access', async () => {
      const { id, owner } = await world();
      const { app, connection } = current();
      expect(
        (await app.inject({ method: 'DELETE', url: `/api/v1/documents/${id}` })).statusCode,
      ).toBe(204);
      for (const who of [app, owner.app]) expect(await findings(who, id)).toEqual([]);
      const opened = await app.inject({
        method: 'PUT',
        url: `/api/v1/documents/${id}/access`,
        payload: { restricted: false },
      });
      expect(opened.statusCode).toBe(404);
      expect(opened.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(opened.json().detail).toBe(`No document ${id}`);
      const row = await connection.db
        .selectFrom('documents')
        .select('restricted')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row.restricted).toBe(1);
    });

    it('writes every read of a confidential document to the audit log, and refuses unknown grantees at creation', async () => {
      const { id, openId, insider, owner } = await world();
      const { app } = current();
      await insider.app.inject({ method: 'GET', url: `/api/v1/documents/${id}` });
      await insider.app.inject({ method: 'GET', url: `/api/v1/documents/${id}/versions/1` });
      await insider.app.inject({ method: 'GET', url: `/api/v1/documents/${openId}` });
      const audit = await app.inject({
        method: 'GET',
        url: '/api/v1/audit?action=document.read-confidential&actor=insider',
      });
      expect(
        audit
          .json()
          .items.map((e: { target: { id: string }; details: { route: string } }) => [
            e.target.id,
            e.details.route,
          ]),
      ).toEqual([
        [id, '/api/v1/documents/:id/versions/:n'],
        [id, '/api/v1/documents/:id'],
      ]);
      const refused = await owner.app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/corp/documents',
        payload: { markdown: SECRET, confidential: { groups: ['no-such-group'] } },
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors).toEqual([
        { in: 'body', pointer: '/confidential/groups/0', detail: 'is not a group' },
      ]);
      // A path taken by a confidential document: the conflict does not give its id away.
      const pathed = await owner.app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/corp/documents?path=docs/secret.md',
        payload: { markdown: SECRET, confidential: { users: [] } },
      });
      expect(pathed.statusCode).toBe(201);
      const colleague = await current().user('colleague');
      const taken = await colleague.app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/corp/documents?path=docs/secret.md',
        headers: { 'content-type': 'text/markdown' },
        payload: OPEN,
      });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().documentId).toBeNull();
      const documents = await app.inject({
        method: 'GET',
        url: '/api/v1/documents?workspace=corp',
      });
      expect(documents.json().items).toHaveLength(3);
      // Metrics label routes by their pattern, never by a document: nothing of it shows there.
      const metrics = await current().anonymous.inject({ method: 'GET', url: '/metrics' });
      expect(metrics.statusCode).toBe(200);
      expect(metrics.body).toContain('route="/api/v1/documents/:id"');
      expect(metrics.body).not.toContain(id);
      expect(metrics.body).not.toMatch(/nightjar/i);
    });
  });
}
