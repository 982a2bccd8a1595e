import { settledQuestionStatuses, type TemplateSpec } from '@designdoc/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { WorkspaceTemplates } from '../templates/template-lookup.js';
import type { PreparedDocument } from './prepare-document.js';

/**
 * The open questions a save settles: in the head before it with a status that did not settle
 * them, and in the new version with one that does (Resolved, or the last status of the
 * template's vocabulary). A question that is simply deleted is not "resolved".
 */
export async function newlyResolvedQuestions(
  db: Kysely<Database>,
  documentId: string,
  next: PreparedDocument,
  templates: WorkspaceTemplates,
): Promise<{ text: string; status: string | null; section: string }[]> {
  const template = templates.lookup(next.template) as TemplateSpec | undefined;
  if (!template) return [];
  const settled = settledQuestionStatuses(template);
  const isSettled = (status: string | null) => status !== null && settled.has(status.toLowerCase());
  const before = await db
    .selectFrom('questions')
    .select(['text', 'status'])
    .where('document_id', '=', documentId)
    .execute();
  const openBefore = new Set(before.filter((q) => !isSettled(q.status)).map((q) => q.text));
  return next.openQuestions
    .filter((q) => openBefore.has(q.text) && isSettled(q.status))
    .map((q) => ({ text: q.text, status: q.status, section: q.section }));
}
