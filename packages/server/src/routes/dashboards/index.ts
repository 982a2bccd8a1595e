import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { decisionLog } from '../../documents/decision-log.js';
import { questionsBoard } from '../../documents/questions-board.js';
import { visibilityOf } from '../../identity/visibility.js';
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
        description:
          'The questions board: open questions of the head versions you may read, filtered by workspace and status.',
        querystring: QuestionsQuery,
        response: { 200: page(Question) },
      },
    },
    async (request) => {
      const q = request.query;
      const { shown, next } = await questionsBoard(app.db, {
        visibility: await visibilityOf(app.db, callerOf(request)),
        statuses: q.status?.split(','),
        workspace: q.workspace,
        documentStatus: q.document_status,
        olderThanDays: q.older_than_days,
        limit: q.limit ?? 100,
        cursor: q.cursor,
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
        description:
          'The decision log: the Key Design Decisions rows of every document you may read, filtered by workspace and status.',
        querystring: DecisionsQuery,
        response: { 200: page(Decision) },
      },
    },
    async (request) => {
      const q = request.query;
      const { shown, next } = await decisionLog(app.db, {
        visibility: await visibilityOf(app.db, callerOf(request)),
        workspace: q.workspace,
        documentStatus: q.document_status,
        limit: q.limit ?? 100,
        cursor: q.cursor,
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
