import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { PendingEvents } from '../../events/outbox.js';
import { visibilityOf, visibleDocument } from '../../identity/visibility.js';
import { callerOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import { approvalBlockers } from '../../reviews/blockers.js';
import { changeStatus } from '../../reviews/change-status.js';
import {
  type DocumentContext,
  documentContext,
  requirePermission,
} from '../../reviews/document-context.js';
import { nextStatuses, transitionOf } from '../../reviews/lifecycle.js';
import { listReviewRequests, listStatusChanges } from '../../reviews/repo.js';
import { reviewPolicyOf } from '../../reviews/review-policy.js';
import { requestReviews, resolveReviewers } from '../../reviews/reviewers.js';
import { DocumentParams } from '../common/document-schemas.js';
import { summaryOf } from '../common/document-summary.js';
import { StatusHistory, TransitionBody, TransitionResult } from './schemas.js';

/** `/documents/{id}/transitions`: move a document through the review lifecycle, and its history. */
export const transitionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/documents/:id/transitions',
    {
      config: { access: { document: 'review:request' } },
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
      const { to, comment = '', reviewers = [], supersededBy } = request.body;
      const transition = transitionOf(row.status, to);
      if (!transition)
        throw new ProblemError(
          'transition-not-allowed',
          `A ${row.status} document cannot become ${to}; it can become: ${nextStatuses(row.status).join(', ') || 'nothing (final)'}`,
          { status: row.status, allowed: nextStatuses(row.status) },
        );
      requirePermission(request, transition.permission, transition.name);
      if (request.body.reviewers && to !== 'in-review')
        throw badField('/reviewers', 'only applies when moving to in-review');
      if (supersededBy && to !== 'superseded')
        throw badField('/supersededBy', 'only applies when moving to superseded');
      const policy = await reviewPolicyOf(app.db, row.workspace_id);
      if (to === 'approved') {
        const blockers = await approvalBlockers(app.db, row, policy);
        if (blockers.length > 0) throw approvalBlocked(blockers);
      }
      const asked =
        to === 'in-review' && reviewers.length > 0
          ? await resolveReviewers(app.db, row, reviewers, policy, '/reviewers')
          : [];
      if (to === 'in-review' && row.status === 'draft' && asked.length === 0) {
        const already = await listReviewRequests(app.db, row.id);
        if (already.length === 0) throw badField('/reviewers', 'name at least one reviewer');
      }
      if (to === 'superseded') await checkSuccessor(request, context, supersededBy);
      const events = new PendingEvents(app.config.publicUrl);
      const changed = await app.db.transaction().execute(async (trx) => {
        const moved = await changeStatus(trx, request, events, {
          document: row,
          workspace,
          to,
          comment,
          supersededBy: supersededBy ?? null,
        });
        if (moved && asked.length > 0)
          await requestReviews(trx, request, events, moved, workspace, asked);
        return moved;
      });
      if (!changed)
        throw new ProblemError(
          'conflict',
          'The document’s status changed while you were making this move; read it again',
        );
      events.publish(app.eventHub);
      const caller = callerOf(request);
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
      config: { access: { document: 'document:read' } },
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
      const visible = visibleDocument(await visibilityOf(app.db, callerOf(request)), 'documents');
      let predecessors = app.db
        .selectFrom('documents')
        .select(['id', 'title'])
        .where('superseded_by', '=', row.id)
        .where('archived_at', 'is', null);
      if (visible) predecessors = predecessors.where(visible);
      const [changes, supersedes] = await Promise.all([
        listStatusChanges(app.db, row.id),
        predecessors.orderBy('title').execute(),
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

/** The replacing document must be another live document of the workspace that the caller can see. */
async function checkSuccessor(
  request: FastifyRequest,
  { row }: DocumentContext,
  successorId: string | undefined,
): Promise<void> {
  if (!successorId) throw badField('/supersededBy', 'name the document that replaces this one');
  if (successorId === row.id) throw badField('/supersededBy', 'a document cannot supersede itself');
  const db = request.server.db;
  const visible = visibleDocument(await visibilityOf(db, callerOf(request)), 'documents');
  let query = db
    .selectFrom('documents')
    .select('id')
    .where('id', '=', successorId)
    .where('workspace_id', '=', row.workspace_id)
    .where('archived_at', 'is', null);
  if (visible) query = query.where(visible);
  if (!(await query.executeTakeFirst()))
    throw badField('/supersededBy', 'is not a document of this workspace');
}

function badField(pointer: string, detail: string): ProblemError {
  return new ProblemError('validation-failed', `body ${pointer} ${detail}`, {
    errors: [{ in: 'body', pointer, detail }],
  });
}

/** 409 listing exactly what keeps the document from being approved. */
export function approvalBlocked(blockers: { code: string; detail: string }[]): ProblemError {
  return new ProblemError(
    'approval-blocked',
    `Approval is blocked: ${blockers.map((b) => b.detail).join('; ')}`,
    { blockers },
  );
}
