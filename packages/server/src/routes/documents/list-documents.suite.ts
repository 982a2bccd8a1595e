import { PRESETS, type TemplateSpec } from '@designdoc/core';
import { describe, expect, it } from 'vitest';
import type { TestDatabaseFactory } from '../../../test/databases.js';
import { type ListFilters, listDocuments } from '../../documents/list-documents.js';
import { prepareDocument, resolveTemplate } from '../../documents/prepare-document.js';
import { insertDocument } from '../../documents/repo.js';

const templates = { lookup: (name: string) => PRESETS[name], names: Object.keys(PRESETS) };

/** A fresh database holding the workspace `w` (slug `eng`) the documents go in. */
async function withWorkspace(factory: TestDatabaseFactory) {
  const { connection, drop } = await factory();
  const { db } = connection;
  await db
    .insertInto('workspaces')
    .values({
      id: 'w',
      slug: 'eng',
      name: 'Eng',
      default_template: 'tdd',
      created_at: '',
      updated_at: '',
    })
    .execute();
  return { db, drop };
}

/** Listing by tag, author and cursor, run against each database engine by the .test.ts files beside this. */
export function describeListDocuments(engine: string, factory: TestDatabaseFactory): void {
  describe(`listDocuments by tag and author (${engine})`, () => {
    it('gives the same pages whether it starts from the tagged documents or walks the sort order', async () => {
      const { db, drop } = await withWorkspace(factory);
      try {
        for (let i = 0; i < 30; i++) {
          const tags = i % 3 === 0 ? '[api, search]' : '[api]';
          const markdown = `---\ntitle: Doc ${String(i).padStart(2, '0')}\nauthors: [${i % 2 ? 'Ada' : 'Grace'}]\ntags: ${tags}\n---\n# Doc ${i}\n`;
          await insertDocument(db, {
            workspaceId: 'w',
            doc: prepareDocument(markdown, resolveTemplate(markdown, 'tdd', 'tdd', templates)),
          });
        }
        const pages = async (filters: Partial<ListFilters>, fewMatches: number) => {
          const titles: string[][] = [];
          let cursor: string | null = null;
          do {
            const page = await listDocuments(
              db,
              { sort: 'title', limit: 4, ...filters, ...(cursor ? { cursor } : {}) },
              { fewMatches },
            );
            titles.push(page.rows.map((row) => row.title));
            cursor = page.next;
          } while (cursor);
          return titles;
        };
        for (const filters of [
          { tag: 'search' },
          { author: 'Ada' },
          { tag: 'api', author: 'Grace' },
        ]) {
          const fromMatches = await pages(filters, 1000);
          expect(await pages(filters, 0), JSON.stringify(filters)).toEqual(fromMatches);
          expect(fromMatches.flat().length).toBeGreaterThan(4);
        }
        expect((await pages({ tag: 'search' }, 0)).flat()).toEqual(
          Array.from({ length: 10 }, (_, k) => `Doc ${String(k * 3).padStart(2, '0')}`),
        );
      } finally {
        await drop();
      }
    });
  });

  describe(`listDocuments cursors (${engine})`, () => {
    it('pages through rows with equal sort keys by id, each row once, in both directions', async () => {
      const { db, drop } = await withWorkspace(factory);
      try {
        for (let i = 0; i < 9; i++)
          await insertDocument(db, {
            workspaceId: 'w',
            doc: prepareDocument(
              `---\ntitle: Doc ${i % 3}\n---\n# Doc\n`,
              templates.lookup('tdd') as TemplateSpec,
            ),
          });
        // Three groups of three documents whose updated_at (and title) are equal.
        const ids = (await db.selectFrom('documents').select('id').orderBy('id').execute()).map(
          (row) => row.id,
        );
        for (const [k, id] of ids.entries())
          await db
            .updateTable('documents')
            .set({ updated_at: `2026-01-0${1 + (k % 3)}T00:00:00.000Z` })
            .where('id', '=', id)
            .execute();
        for (const sort of ['-updated', 'updated', 'title', '-title'] as const) {
          const seen: { key: string; id: string }[] = [];
          let cursor: string | null = null;
          do {
            const page = await listDocuments(db, { sort, limit: 2, ...(cursor ? { cursor } : {}) });
            seen.push(
              ...page.rows.map((row) => ({
                key: sort.includes('updated') ? row.updated_at : row.title,
                id: row.id,
              })),
            );
            cursor = page.next;
          } while (cursor);
          const expected = [...seen].sort((a, b) =>
            a.key === b.key ? (a.id < b.id ? -1 : 1) : a.key < b.key ? -1 : 1,
          );
          if (sort.startsWith('-')) expected.reverse();
          expect(seen, sort).toEqual(expected);
          expect(new Set(seen.map((row) => row.id)).size, sort).toBe(9);
        }
      } finally {
        await drop();
      }
    });
  });
}
