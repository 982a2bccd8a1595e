import { PRESETS, type TemplateSpec } from '@designdoc/core';
import type { Kysely } from 'kysely';
import type { Acting, DomainContext } from '../command-context.js';
import type { Database } from '../db/database.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import { actorOf, audit } from '../identity/audit.js';
import { ProblemError } from '../plugins/problems.js';

type Workspace = { id: string; slug: string };

/**
 * Store a workspace's own template (a spec core has checked), then audit it. A 409 when it has
 * a built-in preset's name (the workspace's would hide the preset) or the workspace has a
 * template of that name already (replacing one is `replaceTemplate`).
 */
export async function addTemplate(
  ctx: DomainContext,
  acting: Acting,
  workspace: Workspace,
  spec: TemplateSpec,
): Promise<void> {
  if (spec.name in PRESETS)
    throw new ProblemError(
      'conflict',
      `“${spec.name}” is a built-in template; give yours another name`,
    );
  const now = new Date().toISOString();
  try {
    await ctx.db
      .insertInto('templates')
      .values({
        workspace_id: workspace.id,
        name: spec.name,
        spec: JSON.stringify(spec),
        created_at: now,
        updated_at: now,
      })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ProblemError(
        'conflict',
        `Workspace “${workspace.slug}” already has a template “${spec.name}”; PUT replaces it`,
      );
    throw error;
  }
  await auditTemplate(ctx.db, acting, workspace.id, spec.name, 'created');
}

/**
 * Replace a workspace's template of the spec's name, then audit it; a 404 when the workspace
 * has none (adding one is `addTemplate`).
 */
export async function replaceTemplate(
  ctx: DomainContext,
  acting: Acting,
  workspace: Workspace,
  spec: TemplateSpec,
): Promise<void> {
  const result = await ctx.db
    .updateTable('templates')
    .set({ spec: JSON.stringify(spec), updated_at: new Date().toISOString() })
    .where('workspace_id', '=', workspace.id)
    .where('name', '=', spec.name)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1)
    throw new ProblemError(
      'not-found',
      `No template “${spec.name}” in workspace “${workspace.slug}”; POST creates it`,
    );
  await auditTemplate(ctx.db, acting, workspace.id, spec.name, 'replaced');
}

function auditTemplate(
  db: Kysely<Database>,
  acting: Acting,
  workspaceId: string,
  name: string,
  change: 'created' | 'replaced',
) {
  return audit(
    db,
    {
      action: 'template.saved',
      actor: actorOf(acting.caller),
      target: { type: 'template', id: name },
      workspaceId,
      details: { change },
    },
    acting.request,
  );
}
