import { describe, expect, it } from 'vitest';
import { createDocument, createWorkspace } from '../../../test/api.js';
import type { TestDatabaseFactory } from '../../../test/databases.js';
import { useTestApp } from '../../../test/test-app.js';

const QUESTIONS = 20_000;
const DECISIONS = 5_000;

/** A design document with thousands of open questions and decisions (about 1.3 MB). */
function manyQuestions(): string {
  const questions = Array.from({ length: QUESTIONS }, (_, i) => `- Question ${i}? - Status: Open`);
  const decisions = Array.from(
    { length: DECISIONS },
    (_, i) => `| Choice ${i} | Why ${i} | Cost ${i} |`,
  );
  return [
    '# Many Questions\n\n## Overview\n\nA document that asks a lot.\n',
    '## Key Design Decisions\n\n| Decision | Rationale | Trade-offs |\n|----------|-----------|------------|',
    `${decisions.join('\n')}\n`,
    '## Open Questions\n',
    `${questions.join('\n')}\n`,
  ].join('\n');
}

/** `count` distinct five-letter words (aaaaa, aaaab, …): text whose tsvector is as large as text gets. */
function distinctWords(count: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from({ length: count }, (_, i) =>
    [456976, 17576, 676, 26, 1].map((place) => letters[Math.floor(i / place) % 26]).join(''),
  ).join(' ');
}

/** Saves and reads of documents at the size limits, run against each database engine. */
export function describeLargeDocuments(engine: string, factory: TestDatabaseFactory): void {
  describe(`large documents (${engine})`, () => {
    const current = useTestApp(factory);

    it('saves a document with 20,000 open questions and 5,000 decisions, and stores every one', async () => {
      const { app, connection } = current();
      await createWorkspace(app);
      // Once "too many SQL variables" on SQLite and a broken bind message on PostgreSQL: a 500.
      const { id } = await createDocument(app, manyQuestions());
      const stored = (table: 'questions' | 'decisions') =>
        connection.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number | string>().as('count'))
          .where('document_id', '=', id)
          .executeTakeFirstOrThrow();
      expect(Number((await stored('questions')).count)).toBe(QUESTIONS);
      expect(Number((await stored('decisions')).count)).toBe(DECISIONS);
      const last = await connection.db
        .selectFrom('questions')
        .select(['position', 'text', 'status'])
        .where('document_id', '=', id)
        .orderBy('position', 'desc')
        .executeTakeFirstOrThrow();
      expect(last).toEqual({
        position: QUESTIONS - 1,
        text: `Question ${QUESTIONS - 1}?`,
        status: 'Open',
      });
      const board = await app.inject({ method: 'GET', url: '/api/v1/questions?limit=100' });
      expect(board.statusCode).toBe(200);
      expect(board.json().items).toHaveLength(100);
      expect(board.json().next).not.toBeNull();

      // The review names the first ten open questions and counts the rest.
      const review = await app.inject({ method: 'GET', url: `/api/v1/documents/${id}/reviews` });
      expect(review.statusCode).toBe(200);
      const named = Array.from({ length: 10 }, (_, i) => `“Question ${i}?”`).join(', ');
      expect(review.json().blockers).toContainEqual({
        code: 'open-questions',
        detail: `${QUESTIONS} open questions are not marked Resolved: ${named} and ${QUESTIONS - 10} more`,
      });
    });

    it('indexes the first 200,000 characters of a document for search', async () => {
      const { app } = current();
      await createWorkspace(app);
      // 900 KB of distinct words is more than PostgreSQL takes in a tsvector: the save was a 500.
      const markdown = `# Word Hoard\n\n## Overview\n\nThe quetzalcoatl opens it.\n\n${distinctWords(150_000)} xylophonist\n`;
      const { id } = await createDocument(app, markdown);
      const search = async (q: string) => {
        const response = await app.inject({ method: 'GET', url: `/api/v1/search?q=${q}` });
        expect(response.statusCode, q).toBe(200);
        return (response.json().items as { id: string }[]).map((hit) => hit.id);
      };
      expect(await search('quetzalcoatl')).toEqual([id]);
      expect(await search('xylophonist')).toEqual([]);
      const read = await app.inject({
        method: 'GET',
        url: `/api/v1/documents/${id}`,
        headers: { accept: 'text/markdown' },
      });
      expect(read.body).toBe(markdown);
    });

    it('returns a stored version as its JSON was, model and diagnostics included', async () => {
      const { app, connection } = current();
      await createWorkspace(app);
      const { id } = await createDocument(
        app,
        '---\ntitle: Ledger\nauthors: [Ada Byron]\n---\n# Ledger\n\n## Overview\n\nMoney moves.\n\n## Open Questions\n\n- Who pays? - Status: Open\n',
      );
      const stored = await connection.db
        .selectFrom('versions')
        .selectAll()
        .where('document_id', '=', id)
        .executeTakeFirstOrThrow();
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/documents/${id}/versions/1`,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      const body = response.json();
      expect(body).toEqual({
        number: 1,
        contentHash: stored.content_hash,
        createdAt: stored.created_at,
        markdown: stored.markdown,
        model: JSON.parse(stored.model),
        diagnostics: JSON.parse(stored.diagnostics),
      });
      expect(body.model.title).toBe('Ledger');
      expect(body.diagnostics.length).toBeGreaterThan(0);
    });
  });
}
