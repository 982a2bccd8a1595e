import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../test/api.js';
import type { TestDatabaseFactory } from '../../../test/databases.js';
import { useTestApp } from '../../../test/test-app.js';

const QUESTIONS = `---
title: Notifications
status: in-review
---
# Notifications

## Key Design Decisions

| Decision | Rationale | Trade-offs |
|----------|-----------|------------|
| One queue per channel | Isolates failures | More queues to run |
| Templates in the database | Editable without deploys | Needs a review screen |

## Open Questions

- Do we need per-tenant domains? - Status: Open
- Which push provider first? - Status: In Progress
- Exponential backoff? - Status: Resolved
- Who owns the templates?
`;

/** The questions board and decision log, run against each database engine. */
export function describeDashboards(engine: string, factory: TestDatabaseFactory): void {
  describe(`dashboards API (${engine})`, () => {
    const current = useTestApp(factory);

    it('lists open questions across documents, by status, kept current on every save', async () => {
      const { app } = current();
      await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces',
        payload: { slug: 'eng', name: 'Eng' },
      });
      const { id, etag } = await createDocument(app, QUESTIONS, 'eng');
      const questions = async (query = '') => {
        const response = await app.inject({ method: 'GET', url: `/api/v1/questions${query}` });
        expect(response.statusCode, query).toBe(200);
        return response.json().items as {
          text: string;
          status: string | null;
          document: { title: string };
        }[];
      };
      expect((await questions()).map((q) => [q.text, q.status])).toEqual([
        ['Do we need per-tenant domains?', 'Open'],
        ['Which push provider first?', 'In Progress'],
        ['Exponential backoff?', 'Resolved'],
        ['Who owns the templates?', null],
      ]);
      expect((await questions('?status=unresolved')).map((q) => q.text)).toEqual([
        'Do we need per-tenant domains?',
        'Which push provider first?',
        'Who owns the templates?',
      ]);
      expect((await questions('?status=none,resolved')).map((q) => q.text)).toEqual([
        'Exponential backoff?',
        'Who owns the templates?',
      ]);
      expect((await questions('?document_status=in-review&workspace=eng'))[0]?.document.title).toBe(
        'Notifications',
      );
      expect(await questions('?older_than_days=1')).toEqual([]);
      const bad = await app.inject({ method: 'GET', url: '/api/v1/questions?status=maybe' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0]).toMatchObject({ in: 'querystring', pointer: '/status' });

      const saved = await app.inject({
        method: 'PUT',
        url: `/api/v1/documents/${id}`,
        headers: { 'content-type': 'text/markdown', 'if-match': etag },
        payload: QUESTIONS.replace(
          'Do we need per-tenant domains? - Status: Open',
          'Do we need per-tenant domains? - Status: Resolved',
        ),
      });
      expect(saved.statusCode).toBe(200);
      expect((await questions('?status=open')).map((q) => q.text)).toEqual([]);
      await app.inject({ method: 'DELETE', url: `/api/v1/documents/${id}` });
      expect(await questions()).toEqual([]);
    });

    it('keeps the decision log across documents and pages through it', async () => {
      const { app } = current();
      await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces',
        payload: { slug: 'eng', name: 'Eng' },
      });
      await createDocument(app, QUESTIONS, 'eng');
      await createDocument(app, QUESTIONS.replace('title: Notifications', 'title: Billing'), 'eng');
      const first = await app.inject({ method: 'GET', url: '/api/v1/decisions?limit=3' });
      expect(first.statusCode).toBe(200);
      const page1 = first.json();
      expect(
        page1.items.map((d: { document: { title: string }; decision: string }) => [
          d.document.title,
          d.decision,
        ]),
      ).toEqual([
        ['Billing', 'One queue per channel'],
        ['Billing', 'Templates in the database'],
        ['Notifications', 'One queue per channel'],
      ]);
      expect(page1.items[0]).toMatchObject({
        rationale: 'Isolates failures',
        tradeOffs: 'More queues to run',
        section: 'key-design-decisions',
      });
      const second = (
        await app.inject({ method: 'GET', url: `/api/v1/decisions?limit=3&cursor=${page1.next}` })
      ).json();
      expect(second.items.map((d: { decision: string }) => d.decision)).toEqual([
        'Templates in the database',
      ]);
      expect(second.next).toBeNull();
    });
  });
}
