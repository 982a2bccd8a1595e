import { randomUUID } from 'node:crypto';
import type { Acting, DomainContext } from '../command-context.js';
import { actorOf, audit } from '../identity/audit.js';
import { setMembership } from '../identity/memberships.js';
import { ProblemError } from '../plugins/problems.js';
import { insertWorkspace, type WorkspaceRow } from './repo.js';

/** A new workspace as its creator names it. */
export interface NewWorkspace {
  slug: string;
  name: string;
  defaultTemplate: string;
}

/**
 * Create a workspace whose creator administers it: the workspace, their admin membership and
 * the audit entry commit together. A 409 when the slug is taken (the unique index decides, so
 * of two creates at once one wins).
 */
export async function createWorkspace(
  ctx: DomainContext,
  acting: Acting,
  input: NewWorkspace,
): Promise<WorkspaceRow> {
  const { slug, name, defaultTemplate } = input;
  const now = new Date().toISOString();
  const row = {
    id: randomUUID(),
    slug,
    name,
    default_template: defaultTemplate,
    created_at: now,
    updated_at: now,
  };
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await insertWorkspace(trx, row)))
      throw new ProblemError('conflict', `A workspace with slug “${slug}” already exists`);
    await setMembership(trx, row.id, acting.caller.userId, 'admin');
    await audit(
      trx,
      {
        action: 'workspace.created',
        actor: actorOf(acting.caller),
        target: { type: 'workspace', id: row.id },
        workspaceId: row.id,
        details: { slug, name, defaultTemplate },
      },
      acting.request,
    );
  });
  return row;
}
