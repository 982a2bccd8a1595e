import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../test/api.js';
import type { TestDatabaseFactory } from '../../../test/databases.js';
import { useTestApp } from '../../../test/test-app.js';

const doc = (title: string, body: string) =>
  `---\ntitle: ${title}\n---\n# ${title}\n\n## Overview\n\n${body}\n`;

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
      expect(refunds.items[0]?.rank).toBeGreaterThan(refunds.items[1]?.rank ?? 0);
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
  });
}
