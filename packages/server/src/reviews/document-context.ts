import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type DocumentRow, findLiveDocument } from '../documents/repo.js';
import { allowsInWorkspace, type WorkspacePermission } from '../identity/policy.js';
import { callerOf } from '../plugins/auth.js';
import { ProblemError } from '../plugins/problems.js';

/** A live document a review route acts on, with its workspace (id and slug, for events). */
export interface DocumentContext {
  row: DocumentRow;
  workspace: { id: string; slug: string };
}

export async function documentContext(app: FastifyInstance, id: string): Promise<DocumentContext> {
  const found = await findLiveDocument(app.db, id);
  if (!found) throw new ProblemError('not-found', `No document ${id}`);
  const { workspace, ...row } = found;
  return { row, workspace: { id: row.workspace_id, slug: workspace } };
}

/**
 * Refuse with 403 unless the caller holds `permission` in the document's workspace: for the
 * moves whose route lets weaker roles in (authors may withdraw, only reviewers may approve).
 */
export function requirePermission(
  request: FastifyRequest,
  permission: WorkspacePermission,
  what: string,
): void {
  const role = request.workspaceAccess?.role ?? null;
  if (!allowsInWorkspace(callerOf(request), role, permission))
    throw new ProblemError(
      'forbidden',
      `Your role (${role ?? 'none'}) may not ${what}; it takes a ${permission === 'document:decide' || permission === 'review:submit' ? 'reviewer' : 'author'} or an admin`,
    );
}
