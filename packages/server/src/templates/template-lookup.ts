import { PRESETS, type TemplateSpec } from '@designdoc/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { type FieldProblem, ProblemError } from '../plugins/problems.js';

/** Finds a template by name: the workspace's own first, then the built-in presets. */
export type TemplateLookup = (name: string) => TemplateSpec | undefined;

/** The names a workspace can use, for messages: its own templates and the presets. */
export interface WorkspaceTemplates {
  lookup: TemplateLookup;
  names: string[];
}

/** Load a workspace's stored templates (a handful of rows) into a lookup for one request. */
export async function workspaceTemplates(
  db: Kysely<Database>,
  workspaceId: string | null,
): Promise<WorkspaceTemplates> {
  const rows = workspaceId
    ? await db
        .selectFrom('templates')
        .select(['name', 'spec'])
        .where('workspace_id', '=', workspaceId)
        .execute()
    : [];
  const stored = new Map(rows.map((row) => [row.name, JSON.parse(row.spec) as TemplateSpec]));
  return {
    // Own properties only: `constructor` or `__proto__` is not a template.
    lookup: (name) =>
      stored.get(name) ?? (Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined),
    names: [...Object.keys(PRESETS), ...[...stored.keys()].sort()],
  };
}

/** The 400 for a template name the workspace does not have, naming the ones it does. */
export function unknownTemplate(
  name: string,
  templates: WorkspaceTemplates,
  field: FieldProblem,
): ProblemError {
  return new ProblemError(
    'validation-failed',
    `Unknown template “${name}”, expected one of ${templates.names.join(', ')}`,
    {
      errors: [field],
    },
  );
}
