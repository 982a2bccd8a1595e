import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { keysetPage } from '../../db/keyset-page.js';
import { visibilityOf, visibleDocument } from '../../identity/visibility.js';
import { callerOf } from '../../plugins/auth.js';
import { Slug } from '../common/workspace-schemas.js';

const QUESTION_STATUSES = ['open', 'in-progress', 'resolved', 'none', 'unresolved'] as const;

const QuestionsQuery = Type.Object(
  {
    status: Type.Optional(
      Type.String({
        pattern: `^(?:${QUESTION_STATUSES.join('|')})(?:,(?:${QUESTION_STATUSES.join('|')}))*$`,
        description:
          'Comma-separated: open, in-progress, resolved, none (no status), unresolved (all but resolved)',
      }),
    ),
    workspace: Type.Optional(Slug),
    document_status: Type.Optional(Type.String()),
    older_than_days: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 36_500,
        description: 'Only questions first seen at least this many days ago',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
    cursor: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

const DocumentRef = Type.Object({
  id: Type.String(),
  title: Type.String(),
  status: Type.String(),
  workspace: Slug,
});

const Question = Type.Object({
  document: DocumentRef,
  text: Type.String(),
  status: Type.Union([Type.String(), Type.Null()]),
  note: Type.String(),
  section: Type.String(),
  firstSeenAt: Type.String({ format: 'date-time' }),
});

const DecisionsQuery = Type.Object(
  {
    workspace: Type.Optional(Slug),
    document_status: Type.Optional(Type.String()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
    cursor: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

const Decision = Type.Object({
  document: DocumentRef,
  decision: Type.String(),
  rationale: Type.String(),
  tradeOffs: Type.String(),
  section: Type.String(),
});

const page = <T extends ReturnType<typeof Type.Object>>(item: T) =>
  Type.Object({ items: Type.Array(item), next: Type.Union([Type.String(), Type.Null()]) });

/**
 * The dashboards across documents, from tables every save rewrites: open questions (oldest
 * first) and the decision log. Archived documents are left out.
 */
export const dashboardRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/questions',
    {
      config: { access: { instance: 'signed-in' } },
      schema: {
        tags: ['dashboards'],
        querystring: QuestionsQuery,
        response: { 200: page(Question) },
      },
    },
    async (request) => {
      const q = request.query;
      const limit = q.limit ?? 100;
      let query = app.db
        .selectFrom('questions')
        .innerJoin('documents', 'documents.id', 'questions.document_id')
        .innerJoin('workspaces', 'workspaces.id', 'documents.workspace_id')
        .select([
          'questions.document_id',
          'questions.position',
          'questions.text',
          'questions.status',
          'questions.note',
          'questions.section',
          'questions.first_seen_at',
          'documents.title',
          'documents.status as document_status',
          'workspaces.slug',
        ])
        .where('documents.archived_at', 'is', null);
      const visible = visibleDocument(await visibilityOf(app.db, callerOf(request)), 'documents');
      if (visible) query = query.where(visible);
      if (q.workspace) query = query.where('workspaces.slug', '=', q.workspace);
      if (q.document_status) query = query.where('documents.status', '=', q.document_status);
      if (q.older_than_days !== undefined)
        query = query.where(
          'questions.first_seen_at',
          '<=',
          new Date(Date.now() - q.older_than_days * 86_400_000).toISOString(),
        );
      if (q.status) {
        const wanted = new Set(q.status.split(','));
        query = query.where((eb) => {
          const ors = [];
          const named = ['Open', 'In Progress', 'Resolved'].filter((s) =>
            wanted.has(s.toLowerCase().replace(' ', '-')),
          );
          if (named.length > 0) ors.push(eb('questions.status', 'in', named));
          if (wanted.has('none')) ors.push(eb('questions.status', 'is', null));
          if (wanted.has('unresolved'))
            ors.push(
              eb.or([eb('questions.status', 'is', null), eb('questions.status', '!=', 'Resolved')]),
            );
          return eb.or(ors);
        });
      }
      const { shown, next } = await keysetPage(query, {
        keys: [
          { by: 'questions.first_seen_at', slot: 'string' },
          { by: 'questions.document_id', slot: 'string' },
          { by: 'questions.position', slot: 'integer' },
        ],
        direction: 'asc',
        cursor: q.cursor,
        limit,
        keyOf: (r) => [r.first_seen_at, r.document_id, r.position],
      });
      return {
        items: shown.map((r) => ({
          document: {
            id: r.document_id,
            title: r.title,
            status: r.document_status,
            workspace: r.slug,
          },
          text: r.text,
          status: r.status,
          note: r.note,
          section: r.section,
          firstSeenAt: r.first_seen_at,
        })),
        next,
      };
    },
  );

  app.get(
    '/decisions',
    {
      config: { access: { instance: 'signed-in' } },
      schema: {
        tags: ['dashboards'],
        querystring: DecisionsQuery,
        response: { 200: page(Decision) },
      },
    },
    async (request) => {
      const q = request.query;
      const limit = q.limit ?? 100;
      let query = app.db
        .selectFrom('decisions')
        .innerJoin('documents', 'documents.id', 'decisions.document_id')
        .innerJoin('workspaces', 'workspaces.id', 'documents.workspace_id')
        .select([
          'decisions.document_id',
          'decisions.position',
          'decisions.decision',
          'decisions.rationale',
          'decisions.trade_offs',
          'decisions.section',
          'documents.title',
          'documents.status as document_status',
          'workspaces.slug',
        ])
        .where('documents.archived_at', 'is', null);
      const visible = visibleDocument(await visibilityOf(app.db, callerOf(request)), 'documents');
      if (visible) query = query.where(visible);
      if (q.workspace) query = query.where('workspaces.slug', '=', q.workspace);
      if (q.document_status) query = query.where('documents.status', '=', q.document_status);
      const { shown, next } = await keysetPage(query, {
        keys: [
          { by: 'documents.title', slot: 'string' },
          { by: 'decisions.document_id', slot: 'string' },
          { by: 'decisions.position', slot: 'integer' },
        ],
        direction: 'asc',
        cursor: q.cursor,
        limit,
        keyOf: (r) => [r.title, r.document_id, r.position],
      });
      return {
        items: shown.map((r) => ({
          document: {
            id: r.document_id,
            title: r.title,
            status: r.document_status,
            workspace: r.slug,
          },
          decision: r.decision,
          rationale: r.rationale,
          tradeOffs: r.trade_offs,
          section: r.section,
        })),
        next,
      };
    },
  );
};
