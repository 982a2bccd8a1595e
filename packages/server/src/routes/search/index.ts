import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { visibilityOf } from '../../identity/visibility.js';
import { callerOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import { searchDocuments, snippetHtml } from '../../search/search-documents.js';
import { queryWords } from '../../search/search-query.js';
import { Slug } from '../common/workspace-schemas.js';

const SearchQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 500 }),
    workspace: Type.Optional(Slug),
    status: Type.Optional(Type.String()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
  },
  { additionalProperties: false },
);

const SearchResults = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      workspace: Slug,
      title: Type.String(),
      status: Type.String(),
      snippet: Type.String({ description: 'Safe HTML: escaped text with the matches in <mark>' }),
      rank: Type.Integer({
        minimum: 1,
        description:
          'The place in the results, 1 for the best. (Not the engine’s score: SQLite’s bm25 depends on every document in the index, and would tell how many documents you cannot see hold a word.)',
      }),
    }),
  ),
  nextOffset: Type.Union([Type.Integer(), Type.Null()]),
});

/** `GET /api/v1/search`: ranked full-text search over live documents, with highlighted snippets. */
export const searchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/search',
    {
      config: { access: { instance: 'signed-in' } },
      schema: {
        tags: ['search'],
        description: 'Searches the workspaces you can read.',
        querystring: SearchQuery,
        response: { 200: SearchResults },
      },
    },
    async (request, reply) => {
      const { q, workspace, status, limit = 20, offset = 0 } = request.query;
      if (queryWords(q).length === 0)
        throw new ProblemError('validation-failed', 'The query has no words to search for', {
          errors: [{ in: 'querystring', pointer: '/q', detail: 'has no letters or digits' }],
        });
      const rows = await searchDocuments(
        app.db,
        app.engine,
        {
          q,
          limit,
          offset,
          visibility: await visibilityOf(app.db, callerOf(request)),
          ...(workspace ? { workspace } : {}),
          ...(status ? { status } : {}),
        },
        { signal: clientGone(reply) },
      );
      return {
        items: rows.slice(0, limit).map((row, i) => ({
          ...row,
          snippet: snippetHtml(row.snippet),
          rank: offset + i + 1,
        })),
        nextOffset: rows.length > limit ? offset + limit : null,
      };
    },
  );
};

/** Aborts when the connection closes before the answer is sent: the client has gone. */
function clientGone(reply: FastifyReply): AbortSignal {
  const gone = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) gone.abort();
  });
  return gone.signal;
}
