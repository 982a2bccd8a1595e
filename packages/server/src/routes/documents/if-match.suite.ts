import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument, createWorkspace } from '../../../test/api.js';
import type { TestDatabaseFactory } from '../../../test/databases.js';
import { useTestApp } from '../../../test/test-app.js';

const doc = (n: number) => `# Ledger ${n}\n\n## Overview\n\nText.\n`;

/** How a client may fill If-Match on a save, given the ETags it has seen. */
type Kind = 'none' | 'star' | 'head' | 'weak-head' | 'markdown-head' | 'stale' | 'unquoted';

/** Saves through the API under every kind of If-Match: what is stored is what the rules say. */
export function describeIfMatch(engine: string, factory: TestDatabaseFactory): void {
  describe(`If-Match on saves (${engine})`, () => {
    const current = useTestApp(factory);

    it('saves with the head’s ETag (any representation, weak or not) or *, never with a stale one; 428 without, 400 unquoted', async () => {
      const { app, connection } = current();
      await createWorkspace(app, 'eng');
      const kinds = fc.constantFrom<Kind>(
        'none',
        'star',
        'head',
        'weak-head',
        'markdown-head',
        'stale',
        'unquoted',
      );
      let edit = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(kinds, { minLength: 1, maxLength: 6 }), async (steps) => {
          const created = await createDocument(app, doc(edit++), 'eng');
          const seen = [created.etag];
          let versions = 1;
          for (const kind of steps) {
            const head = seen.at(-1) as string;
            const markdownTag = (
              await app.inject({
                url: `/api/v1/documents/${created.id}`,
                headers: { accept: 'text/markdown' },
              })
            ).headers.etag as string;
            const header = {
              none: undefined,
              star: '*',
              head,
              'weak-head': `W/${head}`,
              'markdown-head': markdownTag,
              stale: seen.length > 1 ? seen[0] : `"999.${'0'.repeat(16)}"`,
              unquoted: head.slice(1, -1),
            }[kind];
            const saved = await app.inject({
              method: 'PUT',
              url: `/api/v1/documents/${created.id}`,
              headers: {
                'content-type': 'text/markdown',
                ...(header === undefined ? {} : { 'if-match': header }),
              },
              payload: doc(edit++),
            });
            const expected = { none: 428, stale: 412, unquoted: 400 }[kind as string] ?? 200;
            expect([kind, saved.statusCode]).toEqual([kind, expected]);
            if (expected === 200) {
              versions++;
              seen.push(saved.headers.etag as string);
            } else {
              expect(saved.headers['content-type']).toBe('application/problem+json; charset=utf-8');
              if (expected === 412) expect(saved.json().currentEtag).toBe(head);
            }
          }
          const stored = await connection.db
            .selectFrom('versions')
            .select('number')
            .where('document_id', '=', created.id)
            .execute();
          expect(stored).toHaveLength(versions);
        }),
        { numRuns: 10 },
      );
    });
  });
}
