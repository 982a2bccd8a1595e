import { describe, expect, it } from 'vitest';
import { createDocument, createWorkspace, setReviewStatus } from '../../../test/api.js';
import type { TestDatabaseFactory } from '../../../test/databases.js';
import { longestStall } from '../../../test/event-loop.js';
import { useTestApp } from '../../../test/test-app.js';
import { searchDocuments } from '../../search/search-documents.js';

const doc = (title: string, body: string, status = 'draft') =>
  `---\ntitle: ${title}\nstatus: ${status}\n---\n# ${title}\n\n## Overview\n\n${body}\n`;

/** Full-text search through each engine's own index. */
export function describeSearch(engine: string, factory: TestDatabaseFactory): void {
  describe(`search API (${engine})`, () => {
    const current = useTestApp(factory);

    it('ranks title matches first, highlights matches in a safe snippet, and follows saves and archives', async () => {
      const { app } = current();
      for (const slug of ['pay', 'ops'])
        await app.inject({
          method: 'POST',
          url: '/api/v1/workspaces',
          payload: { slug, name: slug },
        });
      const { id: ledger } = await createDocument(
        app,
        doc('Ledger', 'Refunds are <b>reversals</b> of captured payments.'),
        'pay',
      );
      await createDocument(app, doc('Refunds', 'How a refund reaches the customer.'), 'pay');
      await createDocument(app, doc('Paging', 'Nothing about money here.'), 'ops');
      const search = async (query: string) => {
        const response = await app.inject({ method: 'GET', url: `/api/v1/search?${query}` });
        expect(response.statusCode, query).toBe(200);
        return response.json() as {
          items: { id: string; title: string; snippet: string; rank: number }[];
          nextOffset: number | null;
        };
      };
      const refunds = await search('q=refund');
      expect(refunds.items.map((h) => h.title)).toEqual(['Refunds', 'Ledger']);
      // The place in the results, never the engine's score (which depends on documents the
      // caller cannot see).
      expect(refunds.items.map((h) => h.rank)).toEqual([1, 2]);
      const ledgerHit = refunds.items[1];
      // Safe HTML: the matches marked, the document's own tags escaped (SQLite) or dropped (PostgreSQL).
      expect(ledgerHit?.snippet).toContain('<mark>Refunds</mark> are ');
      expect(ledgerHit?.snippet).not.toMatch(/<(?!\/?mark>)/);
      expect((await search('q=refund&workspace=ops')).items).toEqual([]);
      expect((await search('q=refund%20customer')).items.map((h) => h.title)).toEqual(['Refunds']);
      const page = await search('q=refund&limit=1');
      expect(page.nextOffset).toBe(1);
      expect((await search('q=refund&limit=1&offset=1')).items.map((h) => h.title)).toEqual([
        'Ledger',
      ]);
      expect((await search('q=%22unbalanced%20quote%20OR%20NEAR(')).items).toEqual([]);
      // A match deep in a long body is still shown in the snippet.
      await createDocument(
        app,
        doc('Archive', `${'Filler words here. '.repeat(600)}Zebras graze.`),
        'ops',
      );
      expect((await search('q=zebra')).items[0]?.snippet).toContain('<mark>Zebras</mark> graze');
      // The word found first inside another word ("data" in "metadata"), the match itself far
      // past it: the snippet still shows the match.
      await createDocument(
        app,
        doc(
          'Catalog',
          `Metadata first. ${'Filler words here. '.repeat(300)}The data lives in tables. ${'More filler. '.repeat(300)}`,
        ),
        'ops',
      );
      expect((await search('q=data')).items[0]?.snippet).toContain('<mark>data</mark> lives');
      // Query words with characters that mean something in a regular expression.
      await createDocument(
        app,
        doc(
          'Links',
          `Wexample.com/path?x=1 first. ${'Filler words here. '.repeat(300)}Visit example.com/path?x=1 today.`,
        ),
        'ops',
      );
      const links = await search(`q=${encodeURIComponent('example.com/path?x=1')}`);
      expect(links.items.map((h) => h.title)).toEqual(['Links']);
      expect(links.items[0]?.snippet).toContain('<mark>');
      // The word first inside a longer word at a word's start ("Quillwort"), then in a URL, the
      // match itself past both: a match is shown (SQLite's tokenizer finds the URL's word too;
      // PostgreSQL's parser reads a URL as one token, so there it is the sentence's word).
      await createDocument(
        app,
        doc(
          'Pens',
          `Quillwort first. ${'Filler words here. '.repeat(100)}See [the shop](https://example.com/quill-shop). ${'More filler. '.repeat(100)}The quill writes well.`,
        ),
        'ops',
      );
      expect((await search('q=quill')).items[0]?.snippet).toContain(
        app.engine === 'postgres' ? 'The <mark>quill</mark> writes' : '<mark>quill</mark>',
      );
      // Two words never near each other, neither among the first words: a snippet still marks
      // one of them.
      await createDocument(
        app,
        doc(
          'Far apart',
          `${'Filler words here. '.repeat(50)}Kettles boil. ${'Filler words here. '.repeat(200)}Lanterns glow.`,
        ),
        'ops',
      );
      expect((await search('q=kettle%20lantern')).items[0]?.snippet).toMatch(
        /<mark>(Kettles|Lanterns)<\/mark>/,
      );
      // A save replaces the document's entry: the old words are gone, the new ones found once.
      const head = await app.inject({ method: 'GET', url: `/api/v1/documents/${ledger}` });
      await app.inject({
        method: 'PUT',
        url: `/api/v1/documents/${ledger}`,
        headers: { 'content-type': 'text/markdown', 'if-match': head.headers.etag as string },
        payload: doc('Ledger', 'Chargebacks are reversals of captured payments.'),
      });
      expect((await search('q=refunds%20reversals')).items).toEqual([]);
      expect((await search('q=chargebacks')).items.map((h) => h.title)).toEqual(['Ledger']);
      await app.inject({ method: 'DELETE', url: `/api/v1/documents/${ledger}` });
      expect((await search('q=reversals')).items).toEqual([]);
      const noWords = await app.inject({ method: 'GET', url: '/api/v1/search?q=%2B%2B%2B' });
      expect(noWords.statusCode).toBe(400);
      expect(noWords.json().errors).toEqual([
        { in: 'querystring', pointer: '/q', detail: 'has no letters or digits' },
      ]);
    });

    it('finds the words after a `<script>` or `<style>` a document mentions', async () => {
      const { app } = current();
      await createWorkspace(app, 'web');
      // PostgreSQL's parser skipped what follows such a tag up to its end tag, to the end here.
      await createDocument(
        app,
        doc(
          'Loading scripts',
          'The page adds a `<script>` element that loads `search.js`, then the quokka index; a `<STYLE>` sheet, then the wombat one.',
        ),
        'web',
      );
      for (const word of ['quokka', 'wombat', 'script', 'sheet']) {
        const response = await app.inject({ method: 'GET', url: `/api/v1/search?q=${word}` });
        expect(response.statusCode).toBe(200);
        expect(
          (response.json() as { items: { title: string }[] }).items.map((h) => h.title),
          word,
        ).toEqual(['Loading scripts']);
      }
    });

    it('follows review, archive, restore and confidential access: each caller finds what they may read, in its status now', async () => {
      const { app, user } = current();
      await createWorkspace(app, 'pay');
      const viewer = await user('viewer', { ws: 'pay', role: 'viewer' });
      const grantee = await user('grantee', { ws: 'pay', role: 'viewer' });
      const auditor = await user('auditor', { ws: 'pay', role: 'viewer' });
      await user('rev', { ws: 'pay', role: 'reviewer' });
      const groups = await app.inject({
        method: 'POST',
        url: '/api/v1/groups',
        payload: { name: 'auditors', members: ['auditor'] },
      });
      expect(groups.statusCode).toBe(201);
      const { id } = await createDocument(app, doc('Kestrel', 'The kestrel ledger.'), 'pay');
      const secret = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/pay/documents',
        payload: {
          markdown: doc('Merlin', 'The kestrel buyout.'),
          confidential: { users: ['grantee'] },
        },
      });
      expect(secret.statusCode).toBe(201);
      const secretId = secret.json().id as string;
      /** The titles and statuses `who` finds for "kestrel" with `filter`. */
      const found = async (who: { inject: typeof app.inject }, filter = '') => {
        const response = await who.inject({
          method: 'GET',
          url: `/api/v1/search?q=kestrel${filter}`,
        });
        expect(response.statusCode, response.body).toBe(200);
        return (response.json().items as { title: string; status: string }[])
          .map((h) => `${h.title} ${h.status}`)
          .sort();
      };
      const access = async (payload: Record<string, unknown>) =>
        expect(
          (await app.inject({ method: 'PUT', url: `/api/v1/documents/${id}/access`, payload }))
            .statusCode,
        ).toBe(200);
      // Confidential from its first moment: only the admin and the user granted find it.
      expect(await found(viewer.app)).toEqual(['Kestrel draft']);
      expect(await found(grantee.app)).toEqual(['Kestrel draft', 'Merlin draft']);
      expect(await found(app)).toEqual(['Kestrel draft', 'Merlin draft']);
      // Review moves it: the status filter sees the status it has now.
      const moved = await app.inject({
        method: 'POST',
        url: `/api/v1/documents/${id}/transitions`,
        payload: { to: 'in-review', reviewers: ['rev'] },
      });
      expect(moved.statusCode, moved.body).toBe(200);
      expect(await found(viewer.app, '&status=in-review')).toEqual(['Kestrel in-review']);
      expect(await found(viewer.app, '&status=draft')).toEqual([]);
      // Archived: gone for everyone; restored: back, in the status it had.
      await app.inject({ method: 'DELETE', url: `/api/v1/documents/${id}` });
      expect(await found(app, '&status=in-review')).toEqual([]);
      expect(await found(viewer.app)).toEqual([]);
      const restored = await app.inject({ method: 'POST', url: `/api/v1/documents/${id}/restore` });
      expect(restored.statusCode, restored.body).toBe(200);
      expect(await found(viewer.app, '&status=in-review')).toEqual(['Kestrel in-review']);
      // Made confidential and granted to a user, then to a group instead, then opened again.
      await access({ restricted: true, users: ['grantee'] });
      expect(await found(viewer.app)).toEqual([]);
      expect(await found(auditor.app)).toEqual([]);
      expect(await found(grantee.app, '&status=in-review')).toEqual(['Kestrel in-review']);
      await access({ restricted: true, groups: ['auditors'] });
      expect(await found(auditor.app)).toEqual(['Kestrel in-review']);
      expect(await found(grantee.app)).toEqual(['Merlin draft']);
      expect(await found(viewer.app)).toEqual([]);
      await access({ restricted: false });
      expect(await found(viewer.app)).toEqual(['Kestrel in-review']);
      expect(await found(app)).toEqual(['Kestrel in-review', 'Merlin draft']);
      expect(secretId).not.toBe(id);
    });

    // SQLite's snippet() grew with the square of a word's repeats: this search stalled the event
    // loop (health checks included) 8.3 s; PostgreSQL's whole-body ts_headline 0.44 s.
    it('finds a word a document repeats 40,000 times, or near the body limit, in milliseconds, the event loop free', async () => {
      const { app } = current();
      await createWorkspace(app, 'pay');
      await createDocument(app, doc('Lanterns', 'lantern '.repeat(40_000)), 'pay');
      /** The search `query`, its time and the event loop's longest stall (ms). */
      const timed = async (query: string) => {
        const started = performance.now();
        const [response, stall] = await longestStall(() =>
          app.inject({ method: 'GET', url: `/api/v1/search?${query}` }),
        );
        expect(response.statusCode, response.body).toBe(200);
        const items = response.json().items as { title: string; snippet: string }[];
        return { items, stall, elapsed: performance.now() - started };
      };
      const lanterns = await timed('q=lantern');
      expect(lanterns.stall).toBeLessThan(1000);
      expect(lanterns.elapsed).toBeLessThan(1000);
      expect(lanterns.items.map((hit) => hit.title)).toEqual(['Lanterns']);
      const snippet = lanterns.items[0]?.snippet ?? '';
      expect(snippet).toContain('<mark>lantern</mark> <mark>lantern</mark>');
      expect(snippet.length).toBeLessThan(1000);
      // 1 MB (the document limit is 1 MiB) of one word, "zebrafish", with "zebra" among them:
      // words that start like "zebra" but are another word. Finding which of them is one took
      // PostgreSQL seconds (a stem check for each); now both engines check a bounded number, so
      // the snippet for "zebra" may show the text's start, unmarked. Search indexes the first
      // 100,000 characters of a document, so "zebra" stands 90,000 characters in.
      const decoyText = `${'zebrafish '.repeat(9_000)}zebra ${'zebrafish '.repeat(94_000)}`;
      await createDocument(app, doc('Decoys', decoyText), 'pay');
      for (const query of ['q=zebrafish', 'q=zebrafish%20zebra', 'q=zebra']) {
        const decoys = await timed(query);
        expect(decoys.stall, query).toBeLessThan(1000);
        expect(decoys.elapsed, query).toBeLessThan(2000);
        expect(decoys.items.map((hit) => hit.title)).toEqual(['Decoys']);
        const shown = decoys.items[0]?.snippet ?? '';
        expect(shown, query).toContain(
          query === 'q=zebra' ? 'zebrafish' : '<mark>zebrafish</mark>',
        );
        expect(shown.length).toBeLessThan(1000);
      }
    });

    it('shows a full page of documents that each repeat the word 40,000 times without holding the event loop', async () => {
      const { app } = current();
      await createWorkspace(app, 'pay');
      const markdown = doc('Lanterns', 'lantern '.repeat(40_000));
      for (let i = 0; i < 101; i++) await createDocument(app, markdown, 'pay');
      const started = performance.now();
      const [response, stall] = await longestStall(() =>
        app.inject({ method: 'GET', url: '/api/v1/search?q=lantern&limit=100' }),
      );
      const elapsed = performance.now() - started;
      expect(response.statusCode, response.body).toBe(200);
      const { items, nextOffset } = response.json() as {
        items: { id: string; snippet: string }[];
        nextOffset: number | null;
      };
      expect(items).toHaveLength(100);
      expect(nextOffset).toBe(100);
      for (const { snippet } of items) expect(snippet).toContain('<mark>lantern</mark>');
      expect(stall).toBeLessThan(1000);
      expect(elapsed).toBeLessThan(5000);
      // The next page holds the one document left.
      const next = await app.inject({ method: 'GET', url: '/api/v1/search?q=lantern&offset=100' });
      const rest = next.json().items as { id: string }[];
      expect(rest).toHaveLength(1);
      expect(items.map((hit) => hit.id)).not.toContain(rest[0]?.id);
    }, 120_000);

    it('ranks matches in blocks, newest first, and pages through them consistently under every filter', async () => {
      const { app, connection } = current();
      for (const slug of ['pay', 'ops'])
        await app.inject({
          method: 'POST',
          url: '/api/v1/workspaces',
          payload: { slug, name: slug },
        });
      // Seven documents mention "ledger", stored apart in time; the fourth is archived.
      const stored: string[] = [];
      for (let i = 0; i < 7; i++) {
        const { id } = await createDocument(
          app,
          doc(
            i % 3 === 0 ? `Ledger ${i}` : `Note ${i}`,
            `${'ledger '.repeat(1 + (i % 4))}entry ${i}.`,
            i % 2 === 0 ? 'rejected' : 'draft',
          ),
          i === 5 ? 'ops' : 'pay',
        );
        if (i % 2 === 0) await setReviewStatus(connection.db, id, 'rejected');
        stored.push(id);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await app.inject({ method: 'DELETE', url: `/api/v1/documents/${stored[3]}` });
      await createDocument(app, doc('Unrelated', 'Nothing to find.'), 'pay');
      const { db } = connection;
      const { engine } = app;
      // PostgreSQL finds the first blocks by walking the newest rows by date when the planner
      // expects a word in most rows: walks of 1 and 3 rows fall back to GIN or suffice, by page.
      const dateScans = engine === 'postgres' ? [undefined, 1, 3, 100] : [undefined];
      const ids = async (filters: Record<string, unknown>, block: number) => {
        const all = await searchDocuments(
          db,
          engine,
          { q: 'ledger', limit: 100, offset: 0, ...filters },
          { block },
        );
        // Every page size walks the same order: no row repeats, none goes missing.
        for (const dateScan of dateScans)
          for (const limit of [1, 2, 3]) {
            const walked: string[] = [];
            for (let offset = 0; ; offset += limit) {
              const rows = await searchDocuments(
                db,
                engine,
                { q: 'ledger', limit, offset, ...filters },
                { block, ...(dateScan ? { dateScan } : {}) },
              );
              walked.push(...rows.slice(0, limit).map((r) => r.id));
              if (rows.length <= limit) break;
            }
            expect(walked, `limit ${limit}, block ${block}, date scan ${dateScan}`).toEqual(
              all.map((r) => r.id),
            );
          }
        return all;
      };
      const live = stored.filter((_, i) => i !== 3);
      // One block holding every match: the exact ranking, best first.
      const exact = await ids({}, 100);
      expect([...exact.map((r) => r.id)].sort()).toEqual([...live].sort());
      expect(exact.map((r) => r.rank)).toEqual([...exact.map((r) => r.rank)].sort((a, b) => b - a));
      // Blocks of two: the newest two matches first (ranked between them), then the next two.
      const blocked = await ids({}, 2);
      const newestFirst = [...live].reverse();
      for (let start = 0; start < newestFirst.length; start += 2) {
        const block = blocked.slice(start, start + 2);
        expect(block.map((r) => r.id).sort()).toEqual(newestFirst.slice(start, start + 2).sort());
        expect(block[0]?.rank).toBeGreaterThanOrEqual(block.at(-1)?.rank ?? 0);
      }
      // Filters hold in every block and page.
      const rejected = await ids({ status: 'rejected' }, 2);
      expect(rejected.map((r) => r.id).sort()).toEqual(
        [stored[0], stored[2], stored[4], stored[6]].sort(),
      );
      expect((await ids({ workspace: 'ops' }, 2)).map((r) => r.id)).toEqual([stored[5]]);
      const ops = await db
        .selectFrom('workspaces')
        .select('id')
        .where('slug', '=', 'ops')
        .executeTakeFirstOrThrow();
      const onlyOps = { all: false, workspaceIds: [ops.id], adminWorkspaceIds: [], principals: [] };
      expect((await ids({ visibility: onlyOps }, 2)).map((r) => r.id)).toEqual([stored[5]]);
      expect(await ids({ visibility: { ...onlyOps, workspaceIds: [] } }, 2)).toEqual([]);
      // Through the API: the same first page, the offset of the next.
      const response = await app.inject({ method: 'GET', url: '/api/v1/search?q=ledger&limit=4' });
      expect(response.json().items.map((h: { id: string }) => h.id)).toEqual(
        exact.slice(0, 4).map((r) => r.id),
      );
      expect(response.json().nextOffset).toBe(4);
    });
  });
}
