import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { visibilityOf } from '../../identity/visibility.js';
import { actingOf, callerOf } from '../../plugins/auth.js';
import { documentContext, requirePermission } from '../../reviews/document-context.js';
import { listPredecessors, listStatusChanges } from '../../reviews/repo.js';
import { allowedTransition, transitionDocument } from '../../reviews/transition-document.js';
import { DocumentParams } from '../common/document-schemas.js';
import { summaryOf } from '../common/document-summary.js';
import { StatusHistory, TransitionBody, TransitionResult } from './schemas.js';

/** `/documents/{id}/transitions`: move a document through the review lifecycle, and its history. */
export const transitionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/documents/:id/transitions',
    {
      config: { problems: [404, 409], access: { document: 'review:request' } },
      schema: {
        tags: ['review'],
        description:
          'Moves the document to another status. Requesting review names reviewers; approving passes the review policy (409 `approval-blocked` lists what blocks it); superseding names the replacing document.',
        params: DocumentParams,
        body: TransitionBody,
        response: { 200: TransitionResult },
      },
    },
    async (request) => {
      const context = await documentContext(app, request.params.id);
      const { row, workspace } = context;
      const { to, comment = '', supersededBy } = request.body;
      const transition = allowedTransition(row, to);
      requirePermission(request, transition.permission, transition.name);
      const acting = actingOf(request);
      const changed = await transitionDocument(app, acting, context, request.body);
      const { caller } = acting;
      return {
        document: summaryOf(changed, workspace.slug),
        transition: {
          from: row.status as never,
          to,
          version: row.head_version,
          actor: caller.username,
          comment,
          supersededBy: supersededBy ?? null,
          at: changed.updated_at,
        },
      };
    },
  );

  app.get(
    '/documents/:id/transitions',
    {
      config: { problems: [404], access: { document: 'document:read' } },
      schema: {
        tags: ['review'],
        description:
          'The status timeline: every move with who made it, when and at which version; and which documents this one supersedes or is superseded by.',
        params: DocumentParams,
        response: { 200: StatusHistory },
      },
    },
    async (request) => {
      const { row } = await documentContext(app, request.params.id);
      const visibility = await visibilityOf(app.db, callerOf(request));
      const [changes, supersedes] = await Promise.all([
        listStatusChanges(app.db, row.id),
        listPredecessors(app.db, row.id, visibility),
      ]);
      return {
        status: row.status as never,
        supersededBy: row.superseded_by,
        supersedes,
        items: changes.map((c) => ({
          from: c.from_status as never,
          to: c.to_status as never,
          version: c.version,
          actor: c.actor,
          comment: c.comment,
          supersededBy: c.superseded_by,
          at: c.created_at,
        })),
      };
    },
  );
};
