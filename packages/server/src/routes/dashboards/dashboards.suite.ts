import { describe, expect, it } from 'vitest';
import { createDocument, setReviewStatus } from '../../../test/api.js';
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
      const { app, connection } = current();
      await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces',
        payload: { slug: 'eng', name: 'Eng' },
      });
      const { id, etag } = await createDocument(app, QUESTIONS, 'eng');
      await setReviewStatus(connection.db, id, 'in-review');
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

    it('keeps the boards and search current when a save changes only prose, only front matter, or the lists', async () => {
      const { app, connection } = current();
      await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces',
        payload: { slug: 'eng', name: 'Eng' },
      });
      let { id, etag } = await createDocument(app, QUESTIONS, 'eng');
      const save = async (markdown: string) => {
        const response = await app.inject({
          method: 'PUT',
          url: `/api/v1/documents/${id}`,
          headers: { 'content-type': 'text/markdown', 'if-match': etag },
          payload: markdown,
        });
        expect(response.statusCode).toBe(200);
        etag = response.headers.etag as string;
      };
      const board = async () =>
        (await app.inject({ method: 'GET', url: '/api/v1/questions' }))
          .json()
          .items.map(
            (q: {
              text: string;
              status: string | null;
              firstSeenAt: string;
              document: { status: string };
            }) => [q.text, q.status, q.firstSeenAt, q.document.status],
          );
      const decisions = async () =>
        (await app.inject({ method: 'GET', url: '/api/v1/decisions' }))
          .json()
          .items.map((d: { decision: string }) => d.decision);
      const found = async (q: string) =>
        (await app.inject({ method: 'GET', url: `/api/v1/search?q=${q}` }))
          .json()
          .items.map((h: { title: string }) => h.title);
      const before = await board();
      expect(before).toHaveLength(4);

      // Prose only: the same rows (first-seen times kept), the new words searchable.
      const prose = QUESTIONS.replace(
        '# Notifications\n',
        '# Notifications\n\nSent by carrier pigeon.\n',
      );
      await save(prose);
      expect(await board()).toEqual(before);
      expect(await decisions()).toEqual(['One queue per channel', 'Templates in the database']);
      expect(await found('pigeon')).toEqual(['Notifications']);

      // Front matter only: the same rows; the review status is the workflow's, not the front
      // matter's, so it stays; search still finds the document.
      await save(prose.replace('status: in-review', 'status: approved'));
      expect(await board()).toEqual(before);
      expect(before[0]?.[3]).toBe('draft');
      expect(await found('pigeon')).toEqual(['Notifications']);

      // A new question: rewritten, the old ones keep their first-seen times.
      await save(
        prose
          .replace('status: in-review', 'status: approved')
          .replace('- Who owns the templates?', '- Who owns the templates?\n- Do we need SMS?'),
      );
      const after = await board();
      expect(after.slice(0, 4)).toEqual(before);
      expect(after[4]?.slice(0, 2)).toEqual(['Do we need SMS?', null]);

      // Rows stored before their hashes were (null hashes) are rewritten by the next save.
      await connection.db
        .updateTable('documents')
        .set({ rows_hash: null, search_hash: null })
        .where('id', '=', id)
        .execute();
      await connection.db.deleteFrom('decisions').where('document_id', '=', id).execute();
      await save(prose.replace('carrier pigeon', 'courier'));
      expect(await decisions()).toEqual(['One queue per channel', 'Templates in the database']);
      expect(await found('pigeon')).toEqual([]);
      expect(await found('courier')).toEqual(['Notifications']);
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
