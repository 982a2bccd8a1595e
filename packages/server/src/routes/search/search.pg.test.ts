import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../test/api.js';
import { postgresDatabase } from '../../../test/databases.js';
import { useTestApp } from '../../../test/test-app.js';
import { searchDocuments } from '../../search/search-documents.js';
import { rowsToScanByDate } from '../../search/search-postgres.js';
import { describeSearch } from './search.suite.js';

describeSearch('PostgreSQL', postgresDatabase);

describe('search on PostgreSQL: walking by date or through GIN', () => {
  const current = useTestApp(postgresDatabase);

  it('walks the newest rows by date for a word in most documents, GIN for a rare one, with the same results', async () => {
    const { app, connection } = current();
    const { db } = connection;
    await app.inject({
      method: 'POST',
      url: '/api/v1/workspaces',
      payload: { slug: 'pay', name: 'pay' },
    });
    for (let i = 0; i < 40; i++)
      await createDocument(
        app,
        `---\ntitle: Note ${i}\n---\n# Note ${i}\n\n## Overview\n\nThe ledger entry ${i}${i % 10 === 0 ? ' mentions a rare zeppelin' : ''}.\n`,
        'pay',
      );
    // The planner's estimates come from the table's statistics, as autovacuum keeps them.
    await sql`analyze search_index`.execute(db);
    const all = { all: true, workspaceIds: [], adminWorkspaceIds: [], principals: [] };
    const everywhere = { q: 'ledger', limit: 2, offset: 0, visibility: all };
    // Every document holds "ledger": the newest two matches are among the newest three rows.
    expect(await rowsToScanByDate(db, everywhere, 2)).toBe(3);
    expect(await rowsToScanByDate(db, { ...everywhere, q: 'zeppelin' }, 2)).toBeNull();
    expect(await rowsToScanByDate(db, { ...everywhere, q: 'nowhere' }, 2)).toBeNull();
    // Either way, the same page.
    const byGin = await searchDocuments(db, 'postgres', everywhere, { block: 2, dateScan: 1 });
    const chosen = await searchDocuments(db, 'postgres', everywhere, { block: 2 });
    expect(chosen.map((hit) => hit.title)).toEqual(byGin.map((hit) => hit.title));
    // The page's two, and the next block's best to tell there are more (the two rank the same:
    // their ids decide).
    expect(
      chosen
        .slice(0, 2)
        .map((hit) => hit.title)
        .sort(),
    ).toEqual(['Note 38', 'Note 39']);
    expect(['Note 36', 'Note 37']).toContain(chosen[2]?.title);
  });
});
