import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { createDocument, createWorkspace } from '../../../test/api.js';
import type { TestDatabaseFactory } from '../../../test/databases.js';
import { longestStall } from '../../../test/event-loop.js';
import { useTestApp } from '../../../test/test-app.js';

const doc = (title: string, extra = '') =>
  `---\ntitle: ${title}\nstatus: draft\nauthors: [Ada Byron]\ntags: [payments]\n${extra}---\n# ${title}\n\n## Overview\n\nWhat ${title} is.\n`;

/** The documents and versions API, run against each database engine by the .test.ts files beside this. */
export function describeDocuments(engine: string, factory: TestDatabaseFactory): void {
  describe(`documents API (${engine})`, () => {
    const current = useTestApp(factory);

    it('creates a document from Markdown: 201, Location, ETag, the version, authors and tags stored', async () => {
      const { app, connection } = current();
      await createWorkspace(app);
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/demo/documents',
        headers: { 'content-type': 'text/markdown' },
        payload: doc('Ledger'),
      });
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(response.headers.location).toBe(`/api/v1/documents/${body.id}`);
      expect(response.headers.etag).toMatch(/^"1\.[0-9a-f]{16}"$/);
      expect(body).toMatchObject({
        workspace: 'demo',
        title: 'Ledger',
        status: 'draft',
        template: 'tdd',
        version: 1,
      });
      expect(body.errorCount).toBeGreaterThan(0);
      const versions = await connection.db
        .selectFrom('versions')
        .select(['number', 'markdown'])
        .execute();
      expect(versions).toEqual([{ number: 1, markdown: doc('Ledger') }]);
      expect(await connection.db.selectFrom('document_authors').select('author').execute()).toEqual(
        [{ author: 'Ada Byron' }],
      );
      expect(await connection.db.selectFrom('document_tags').select('tag').execute()).toEqual([
        { tag: 'payments' },
      ]);
    });

    it('takes JSON with a template, and says which template is unknown', async () => {
      const { app } = current();
      await createWorkspace(app);
      const adr = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/demo/documents',
        payload: {
          markdown: '# Use PostgreSQL\n\n## Context and Problem Statement\n\nWhy.\n',
          template: 'adr',
        },
      });
      expect(adr.statusCode).toBe(201);
      expect(adr.json().template).toBe('adr');
      const unknown = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/demo/documents',
        payload: { markdown: '# X\n', template: 'nope' },
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().errors).toEqual([
        { in: 'body', pointer: '/template', detail: 'is not a known template' },
      ]);
      const fromFrontMatter = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/demo/documents',
        headers: { 'content-type': 'text/markdown' },
        payload: '---\ntemplate: madr9\n---\n# X\n',
      });
      expect(fromFrontMatter.statusCode).toBe(400);
      expect(fromFrontMatter.json().detail).toBe(
        'Unknown template “madr9”, expected one of tdd, adr, rfc',
      );
    });

    it('answers bad requests with problems and stores nothing', async () => {
      const { app, connection } = current();
      await createWorkspace(app);
      const cases = [
        { headers: { 'content-type': 'application/json' }, payload: '{"markdown": ', status: 400 },
        {
          headers: { 'content-type': 'application/json' },
          payload: '{"markdown": ""}',
          status: 400,
        },
        { headers: { 'content-type': 'application/xml' }, payload: '<doc/>', status: 415 },
      ];
      for (const { headers, payload, status } of cases) {
        const response = await app.inject({
          method: 'POST',
          url: '/api/v1/workspaces/demo/documents',
          headers,
          payload,
        });
        expect(response.statusCode, payload).toBe(status);
        expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      }
      const noWorkspace = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/nowhere/documents',
        payload: { markdown: '# X\n' },
      });
      expect(noWorkspace.statusCode).toBe(404);
      expect(await connection.db.selectFrom('documents').selectAll().execute()).toEqual([]);
    });

    it('reads a document as JSON, Markdown or sanitised HTML, and answers 304 to a matching If-None-Match', async () => {
      const { app } = current();
      await createWorkspace(app);
      const markdown = doc('Ledger', '').replace(
        'What Ledger is.',
        'What it is. <script>alert(1)</script>',
      );
      const { id, etag } = await createDocument(app, markdown);
      const json = await app.inject({ method: 'GET', url: `/api/v1/documents/${id}` });
      expect(json.statusCode).toBe(200);
      expect(json.headers.etag).toBe(etag);
      expect(json.json().model.title).toBe('Ledger');
      expect(json.json().diagnostics[0]).toMatchObject({
        ruleId: expect.any(String),
        severity: 'error',
      });
      const text = await app.inject({
        method: 'GET',
        url: `/api/v1/documents/${id}`,
        headers: { accept: 'text/markdown' },
      });
      expect(text.headers['content-type']).toBe('text/markdown; charset=utf-8');
      expect(text.body).toBe(markdown);
      const html = await app.inject({
        method: 'GET',
        url: `/api/v1/documents/${id}`,
        headers: { accept: 'text/html' },
      });
      expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(html.body).toContain('<h2 id="overview">Overview</h2>');
      expect(html.body).not.toContain('<script');
      const unchanged = await app.inject({
        method: 'GET',
        url: `/api/v1/documents/${id}`,
        headers: { 'if-none-match': etag },
      });
      expect(unchanged.statusCode).toBe(304);
      expect(unchanged.body).toBe('');
      // Each representation has its own ETag: the JSON's never revalidates the HTML or Markdown.
      expect([text.headers.etag, html.headers.etag]).toEqual([
        `${etag.slice(0, -1)}-md"`,
        `${etag.slice(0, -1)}-html"`,
      ]);
      const otherBody = await app.inject({
        method: 'GET',
        url: `/api/v1/documents/${id}`,
        headers: { accept: 'text/html', 'if-none-match': etag },
      });
      expect(otherBody.statusCode).toBe(200);
      const sameHtml = await app.inject({
        method: 'GET',
        url: `/api/v1/documents/${id}`,
        headers: { accept: 'text/html', 'if-none-match': html.headers.etag as string },
      });
      expect(sameHtml.statusCode).toBe(304);
      // A save may send the ETag of whichever representation it read.
      const saved = await app.inject({
        method: 'PUT',
        url: `/api/v1/documents/${id}`,
        headers: { 'content-type': 'text/markdown', 'if-match': text.headers.etag as string },
        payload: `${markdown}\nMore.\n`,
      });
      expect(saved.statusCode).toBe(200);
    });

    it('saves only with the ETag that was read: 428 without If-Match, 412 when stale, never a lost edit', async () => {
      const { app, connection } = current();
      await createWorkspace(app);
      const { id, etag } = await createDocument(app, doc('Ledger'));
      const put = (ifMatch: string | undefined, markdown: string) =>
        app.inject({
          method: 'PUT',
          url: `/api/v1/documents/${id}`,
          headers: { 'content-type': 'text/markdown', ...(ifMatch ? { 'if-match': ifMatch } : {}) },
          payload: markdown,
        });
      expect((await put(undefined, doc('Ledger 2'))).statusCode).toBe(428);
      const saved = await put(etag, doc('Ledger 2'));
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toMatchObject({ title: 'Ledger 2', version: 2 });
      const stale = await put(etag, doc('Ledger 3'));
      expect(stale.statusCode).toBe(412);
      expect(stale.json().currentEtag).toBe(saved.headers.etag);
      const same = await put(saved.headers.etag as string, doc('Ledger 2'));
      expect(same.statusCode).toBe(200);
      expect(same.headers.etag).toBe(saved.headers.etag);
      const versions = await connection.db
        .selectFrom('versions')
        .select('number')
        .orderBy('number')
        .execute();
      expect(versions).toEqual([{ number: 1 }, { number: 2 }]);
    });

    it('lets exactly one of two concurrent saves from the same version win', async () => {
      const { app, connection } = current();
      await createWorkspace(app);
      const { id, etag } = await createDocument(app, doc('Ledger'));
      const responses = await Promise.all(
        ['A', 'B', 'C'].map((who) =>
          app.inject({
            method: 'PUT',
            url: `/api/v1/documents/${id}`,
            headers: { 'if-match': etag },
            payload: { markdown: doc(`Ledger by ${who}`) },
          }),
        ),
      );
      expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 412, 412]);
      const winner = responses.find((r) => r.statusCode === 200)?.json().title;
      const head = await app.inject({ method: 'GET', url: `/api/v1/documents/${id}` });
      expect(head.json().title).toBe(winner);
      expect(await connection.db.selectFrom('versions').select('number').execute()).toHaveLength(2);
    });

    it('archives on DELETE: gone from reads and lists, versions kept', async () => {
      const { app, connection } = current();
      await createWorkspace(app);
      const { id } = await createDocument(app, doc('Ledger'));
      expect(
        (await app.inject({ method: 'DELETE', url: `/api/v1/documents/${id}` })).statusCode,
      ).toBe(204);
      expect((await app.inject({ method: 'GET', url: `/api/v1/documents/${id}` })).statusCode).toBe(
        404,
      );
      expect((await app.inject({ method: 'GET', url: '/api/v1/documents' })).json().items).toEqual(
        [],
      );
      expect(
        (await app.inject({ method: 'DELETE', url: `/api/v1/documents/${id}` })).statusCode,
      ).toBe(404);
      const row = await connection.db
        .selectFrom('documents')
        .select('archived_at')
        .executeTakeFirstOrThrow();
      expect(row.archived_at).not.toBeNull();
      expect(await connection.db.selectFrom('versions').selectAll().execute()).toHaveLength(1);
    });

    it('lists with filters, sorts and pages with a cursor that never repeats or skips a document', async () => {
      const { app } = current();
      await createWorkspace(app);
      await createWorkspace(app, 'other');
      for (const title of ['Echo', 'Alpha', 'Delta', 'Bravo', 'Charlie'])
        await createDocument(app, doc(title));
      await createDocument(
        app,
        doc('Zulu')
          .replace('tags: [payments]', 'tags: [search]')
          .replace('Ada Byron', 'Alan Turing'),
        'other',
      );
      const list = async (query: string) => {
        const response = await app.inject({ method: 'GET', url: `/api/v1/documents?${query}` });
        expect(response.statusCode, query).toBe(200);
        return response.json() as { items: { title: string }[]; next: string | null };
      };
      expect((await list('workspace=other')).items.map((d) => d.title)).toEqual(['Zulu']);
      expect((await list('tag=search')).items.map((d) => d.title)).toEqual(['Zulu']);
      expect((await list('author=Ada%20Byron&sort=title')).items.map((d) => d.title)).toEqual([
        'Alpha',
        'Bravo',
        'Charlie',
        'Delta',
        'Echo',
      ]);
      expect((await list('has_errors=false')).items).toEqual([]);
      expect((await list('status=approved')).items).toEqual([]);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await list(`sort=-title&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((d) => d.title));
        cursor = page.next;
      } while (cursor);
      expect(seen).toEqual(['Zulu', 'Echo', 'Delta', 'Charlie', 'Bravo', 'Alpha']);
      const bad = await app.inject({ method: 'GET', url: '/api/v1/documents?cursor=nonsense' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toEqual([
        { in: 'querystring', pointer: '/cursor', detail: 'is not a valid cursor' },
      ]);
      expect(
        (await app.inject({ method: 'GET', url: '/api/v1/documents?limit=0' })).statusCode,
      ).toBe(400);
    });

    it('lists versions newest first and reads any of them', async () => {
      const { app } = current();
      await createWorkspace(app);
      const { id, etag } = await createDocument(app, doc('One'));
      await app.inject({
        method: 'PUT',
        url: `/api/v1/documents/${id}`,
        headers: { 'if-match': etag },
        payload: { markdown: doc('Two') },
      });
      const versions = await app.inject({ method: 'GET', url: `/api/v1/documents/${id}/versions` });
      expect(versions.json().items.map((v: { number: number }) => v.number)).toEqual([2, 1]);
      const first = await app.inject({ method: 'GET', url: `/api/v1/documents/${id}/versions/1` });
      expect(first.json()).toMatchObject({ number: 1, markdown: doc('One') });
      expect(
        (await app.inject({ method: 'GET', url: `/api/v1/documents/${id}/versions/3` })).statusCode,
      ).toBe(404);
      expect(
        (await app.inject({ method: 'GET', url: `/api/v1/documents/${id}/versions/x` })).statusCode,
      ).toBe(400);
    });
    it('diffs two versions: a unified diff and the sections added, removed and changed', async () => {
      const { app } = current();
      await createWorkspace(app);
      const v1 = `${doc('Ledger')}\n## Context\n\nWhy now.\n\n## Security\n\nTLS.\n`;
      const v2 = `${doc('Ledger')}\n## Context\n\nWhy now, and why us.\n\n## Scalability\n\nShards.\n`;
      const { id, etag } = await createDocument(app, v1);
      await app.inject({
        method: 'PUT',
        url: `/api/v1/documents/${id}`,
        headers: { 'if-match': etag },
        payload: { markdown: v2 },
      });
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/documents/${id}/diff?from=1&to=2`,
      });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({
        from: 1,
        to: 2,
        coarse: false,
        sections: { added: ['Scalability'], removed: ['Security'], changed: ['Context'] },
      });
      expect(body.unified).toContain('--- v1');
      expect(body.unified).toContain('+++ v2');
      expect(body.unified).toContain('-Why now.\n+Why now, and why us.');
      const head = await app.inject({ method: 'GET', url: `/api/v1/documents/${id}/diff?from=1` });
      expect(head.json().to).toBe(2);
      expect(
        (await app.inject({ method: 'GET', url: `/api/v1/documents/${id}/diff?from=9` }))
          .statusCode,
      ).toBe(404);
      expect(
        (await app.inject({ method: 'GET', url: `/api/v1/documents/${id}/diff` })).statusCode,
      ).toBe(400);
    });
    it('diffs two versions of 8,000 lines that differ on every line without holding up the server', async () => {
      const { app } = current();
      await createWorkspace(app);
      const lines = (word: string) =>
        Array.from({ length: 8000 }, (_, i) => `${word} line ${i} of the design, and why.`);
      const v1 = `${doc('Ledger')}\n## Context\n\n${lines('First').join('\n')}\n`;
      const v2 = `${doc('Ledger')}\n## Context\n\n${lines('Second').join('\n')}\n`;
      const { id, etag } = await createDocument(app, v1);
      const saved = await app.inject({
        method: 'PUT',
        url: `/api/v1/documents/${id}`,
        headers: { 'if-match': etag },
        payload: { markdown: v2 },
      });
      expect(saved.statusCode).toBe(200);
      const [response, stall] = await longestStall(() =>
        app.inject({ method: 'GET', url: `/api/v1/documents/${id}/diff?from=1&to=2` }),
      );
      expect(response.statusCode).toBe(200);
      // Before the edit budget and the worker thread, the event loop stood still for about 10 s here.
      expect(stall).toBeLessThan(500);
      const body = response.json();
      expect(body).toMatchObject({
        from: 1,
        to: 2,
        coarse: true,
        sections: { changed: ['Context'] },
      });
      expect(applyPatch(v1, body.unified)).toBe(v2);
      expect(body.unified).toContain('-First line 0 of the design, and why.');
      expect(body.unified).toContain('+Second line 7999 of the design, and why.');
    });
    it('refuses a document over DOCUMENT_LIMIT (413) or DOCUMENT_MAX_HEADINGS (422) and stores nothing', async () => {
      const { app, connection } = current();
      await createWorkspace(app);
      const { id, etag } = await createDocument(app, doc('Ledger'));
      const tooLarge = `${doc('Big')}\n${'x'.repeat(1024 * 1024)}\n`;
      const tooManyHeadings = `# Headings\n\n${'## lorem\n'.repeat(2000)}`;
      for (const [markdown, status, extra] of [
        [tooLarge, 413, { setting: 'DOCUMENT_LIMIT', limit: 1_048_576, size: tooLarge.length }],
        [tooManyHeadings, 422, { setting: 'DOCUMENT_MAX_HEADINGS', limit: 2000, headings: 2001 }],
      ] as const) {
        const created = await app.inject({
          method: 'POST',
          url: '/api/v1/workspaces/demo/documents',
          headers: { 'content-type': 'text/markdown' },
          payload: markdown,
        });
        const saved = await app.inject({
          method: 'PUT',
          url: `/api/v1/documents/${id}`,
          headers: { 'if-match': etag },
          payload: { markdown },
        });
        for (const response of [created, saved]) {
          expect(response.statusCode).toBe(status);
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(response.json()).toMatchObject({ status, ...extra });
          expect(response.json().detail).toContain(extra.setting);
        }
      }
      expect(await connection.db.selectFrom('versions').select('number').execute()).toEqual([
        { number: 1 },
      ]);
    });
    it('saves a document at the limits, every line changed, without holding up the server', async () => {
      const { app, connection } = current();
      await createWorkspace(app);
      const atLimits = (word: string) => {
        // 2,000 headings (the title and 1,999 sections), then paragraphs up to 1 MiB.
        const sections = Array.from({ length: 1999 }, (_, i) => `## ${word} ${i}\n\n${word}.\n\n`);
        const head = `# ${word}\n\n${sections.join('')}`;
        const line = (i: number) => `${word} ${i}, and why it is so.\n\n`;
        const lines: string[] = [];
        let size = head.length;
        for (let i = 0; size + line(i).length <= 1024 * 1024; i++) {
          lines.push(line(i));
          size += line(i).length;
        }
        return `${head}${lines.join('')}`;
      };
      const [created, createStall] = await longestStall(() =>
        app.inject({
          method: 'POST',
          url: '/api/v1/workspaces/demo/documents',
          headers: { 'content-type': 'text/markdown' },
          payload: atLimits('First'),
        }),
      );
      expect(created.statusCode).toBe(201);
      const [saved, saveStall] = await longestStall(() =>
        app.inject({
          method: 'PUT',
          url: `/api/v1/documents/${created.json().id}`,
          headers: { 'if-match': created.headers.etag as string },
          payload: { markdown: atLimits('Second') },
        }),
      );
      expect(saved.statusCode).toBe(200);
      expect(
        await connection.db.selectFrom('versions').select('number').orderBy('number').execute(),
      ).toEqual([{ number: 1 }, { number: 2 }]);
      console.log('at-limits stall (ms)', createStall, saveStall);
      // About 40–80 ms here (a 1 MiB document of 2,000 headings makes a model of some 5 MB).
      expect(Math.max(createStall, saveStall)).toBeLessThan(500);
    });
    it('keeps a repository path per document: unique in its workspace, listed and filterable', async () => {
      const { app, connection } = current();
      await createWorkspace(app);
      const post = (path: string) =>
        app.inject({
          method: 'POST',
          url: `/api/v1/workspaces/demo/documents?path=${encodeURIComponent(path)}`,
          headers: { 'content-type': 'text/markdown' },
          payload: doc('Ledger'),
        });
      const created = await post('docs/ledger.md');
      expect(created.statusCode).toBe(201);
      expect(created.json().path).toBe('docs/ledger.md');
      const twice = await Promise.all([post('docs/refunds.md'), post('docs/refunds.md')]);
      expect(twice.map((r) => r.statusCode).sort()).toEqual([201, 409]);
      const conflict = twice.find((r) => r.statusCode === 409);
      expect(conflict?.json()).toMatchObject({
        detail: 'A document at path “docs/refunds.md” already exists in workspace “demo”',
        documentId: twice.find((r) => r.statusCode === 201)?.json().id,
      });
      const found = await app.inject({
        method: 'GET',
        url: '/api/v1/documents?path=docs%2Fledger.md',
      });
      expect(found.json().items.map((d: { id: string }) => d.id)).toEqual([created.json().id]);
      for (const bad of ['../secrets.md', '/etc/passwd', 'docs/../x.md'])
        expect((await post(bad)).statusCode, bad).toBe(400);
      expect(await connection.db.selectFrom('documents').selectAll().execute()).toHaveLength(2);
    });
  });
}
