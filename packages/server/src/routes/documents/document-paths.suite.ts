import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../../test/api.js';
import type { TestDatabaseFactory } from '../../../test/databases.js';
import { useTestApp } from '../../../test/test-app.js';

const MARKDOWN = '# Ledger\n\n## Overview\n\nText.\n';

/** The test's own oracle (not the server's code): paths of named segments, one "/" between. */
const clash = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);

/** POST a document at `path` (in the query, or in a JSON body): the response. */
function create(app: FastifyInstance, path: string, inBody = false, ws = 'eng') {
  return inBody
    ? app.inject({
        method: 'POST',
        url: `/api/v1/workspaces/${ws}/documents`,
        payload: { markdown: MARKDOWN, path },
      })
    : app.inject({
        method: 'POST',
        url: `/api/v1/workspaces/${ws}/documents?path=${encodeURIComponent(path)}`,
        headers: { 'content-type': 'text/markdown' },
        payload: MARKDOWN,
      });
}

async function storedPaths(app: FastifyInstance, ws = 'eng'): Promise<string[]> {
  const rows = await app.inject({ url: `/api/v1/documents?workspace=${ws}&limit=200` });
  return (rows.json().items as { path: string }[]).map((d) => d.path).sort();
}

/** Document paths: one normal form, reasons for a refusal, no file/folder clash in a workspace. */
export function describeDocumentPaths(engine: string, factory: TestDatabaseFactory): void {
  describe(`document paths (${engine})`, () => {
    const current = useTestApp(factory);

    it('refuses paths an export could not write, with a 400 that names the path and the reason', async () => {
      const { app } = current();
      await createWorkspace(app, 'eng');
      const refused = [
        ['.', 'has a “.” segment; name the folders'],
        [' ', 'has a blank segment'],
        ['docs/../x.md', 'has a “..” segment; name the folders'],
        ['/etc/x.md', 'starts with “/”; a document path is relative'],
        ['docs/', 'ends with “/”; a document path names a file'],
        ['docs\\x.md', 'contains a backslash; separate folders with “/”'],
        ['docs/\u001b[31mx.md', 'contains the control character U+001B'],
        ['docs/ x.md', 'has a segment that starts or ends with white space (“ x.md”)'],
        [`${'é'.repeat(130)}.md`, 'has a segment longer than 255 bytes'],
      ];
      for (const [path, reason] of refused)
        for (const inBody of [false, true]) {
          const response = await create(app, path as string, inBody);
          expect([path, response.statusCode, response.headers['content-type']]).toEqual([
            path,
            400,
            'application/problem+json; charset=utf-8',
          ]);
          expect(response.json()).toMatchObject({
            detail: `path ${JSON.stringify(path)} cannot be a document path: it ${reason}`,
            errors: [{ in: inBody ? 'body' : 'querystring', pointer: '/path' }],
          });
        }
      expect(await storedPaths(app)).toEqual([]);
    });

    it('stores docs//x.md as docs/x.md, and refuses a path that is a folder of another or lies in one (409)', async () => {
      const { app } = current();
      await createWorkspace(app, 'eng');
      await createWorkspace(app, 'ops');
      const first = await create(app, 'docs//adr///x.md');
      expect(first.statusCode).toBe(201);
      expect(first.json().path).toBe('docs/adr/x.md');
      const again = await create(app, 'docs/adr/x.md', true);
      expect(again.statusCode).toBe(409);
      expect(again.json().documentId).toBe(first.json().id);
      for (const path of ['docs/adr/x.md/y.md', 'docs/adr', 'docs']) {
        const clash = await create(app, path);
        expect([path, clash.statusCode]).toEqual([path, 409]);
        expect(clash.json()).toMatchObject({
          type: 'https://github.com/designdoc/designdoc/blob/main/docs/api.md#problem-conflict',
          detail: `Path “${path}” clashes with “docs/adr/x.md” in workspace “eng”: a path cannot name both a document and a folder of documents`,
          path,
          conflictingPath: 'docs/adr/x.md',
          documentId: first.json().id,
        });
      }
      // Beside it, and in another workspace, the same names are free.
      for (const [path, ws] of [
        ['docs/adr/y.md', 'eng'],
        ['docs/adr.md', 'eng'],
        ['docs', 'ops'],
      ] as const)
        expect([path, ws, (await create(app, path, false, ws)).statusCode]).toEqual([
          path,
          ws,
          201,
        ]);
      // The listing's path filter takes the same normal form.
      const listed = await app.inject({
        url: '/api/v1/documents?workspace=eng&path=docs//adr/x.md',
      });
      expect(listed.json().items.map((d: { id: string }) => d.id)).toEqual([first.json().id]);
      expect(await storedPaths(app)).toEqual(['docs/adr.md', 'docs/adr/x.md', 'docs/adr/y.md']);
    });

    it('counts an archived document, and hides the path of one the caller cannot read', async () => {
      const { app, user } = current();
      await createWorkspace(app, 'eng');
      const archived = await create(app, 'old/plan.md');
      await app.inject({ method: 'DELETE', url: `/api/v1/documents/${archived.json().id}` });
      expect((await create(app, 'old')).statusCode).toBe(409);
      const author = await user('author', { ws: 'eng', role: 'author' });
      const secret = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/eng/documents',
        payload: { markdown: MARKDOWN, path: 'secret/plan.md', confidential: { users: [] } },
      });
      expect(secret.statusCode).toBe(201);
      const clash = await create(author.app, 'secret');
      expect(clash.statusCode).toBe(409);
      expect(clash.json()).toMatchObject({
        detail:
          'Path “secret” clashes with a document you cannot read in workspace “eng”: a path cannot name both a document and a folder of documents',
        conflictingPath: null,
        documentId: null,
      });
    });

    it('lets only one of two concurrent creates of a file and its folder win', async () => {
      const { app } = current();
      await createWorkspace(app, 'eng');
      for (let round = 0; round < 4; round++) {
        const [a, b] = await Promise.all([
          create(app, `r${round}/plan.md`),
          create(app, `r${round}`),
        ]);
        expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
      }
      const paths = await storedPaths(app);
      expect(paths).toHaveLength(4);
      for (const a of paths) for (const b of paths) if (a !== b) expect(clash(a, b)).toBe(false);
    });

    it('stores, of any paths sent, exactly those that are valid and clash with none stored before', async () => {
      const { app } = current();
      const segment = fc.constantFrom('a', 'b', 'x.md', '.', '', ' ');
      const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(path, { minLength: 1, maxLength: 6 }), async (paths) => {
          const ws = `w${run++}`;
          await createWorkspace(app, ws);
          const expected: string[] = [];
          for (const sent of paths) {
            // Runs of "/" are one; then a "." or blank segment, or a "/" at either end, is refused.
            const normal = sent.replace(/\/+/g, '/');
            const valid = normal.split('/').every((s) => s !== '' && s.trim() === s && s !== '.');
            const status = (await create(app, sent, false, ws)).statusCode;
            const want = !valid ? 400 : expected.some((p) => clash(p, normal)) ? 409 : 201;
            expect([sent, status]).toEqual([sent, want]);
            if (status === 201) expected.push(normal);
          }
          expect(await storedPaths(app, ws)).toEqual([...expected].sort());
        }),
        { numRuns: 12 },
      );
    });
  });
}
