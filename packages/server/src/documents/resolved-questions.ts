import { settledQuestionStatuses, type TemplateSpec } from '@designdoc/core';
import type { WorkspaceTemplates } from '../templates/template-lookup.js';
import type { PreparedDocument } from './prepare-document.js';
import type { PreviousQuestion } from './repo.js';

/**
 * The open questions a save settles: in the head before it (`before`, as the save found them)
 * with a status that did not settle them, and in the new version with one that does (Resolved,
 * or the last status of the template's vocabulary). A question that is simply deleted is not
 * "resolved".
 */
export function newlyResolvedQuestions(
  before: PreviousQuestion[],
  next: PreparedDocument,
  templates: WorkspaceTemplates,
): { text: string; status: string | null; section: string }[] {
  if (before.length === 0) return [];
  const template = templates.lookup(next.template) as TemplateSpec | undefined;
  if (!template) return [];
  const settled = settledQuestionStatuses(template);
  const isSettled = (status: string | null) => status !== null && settled.has(status.toLowerCase());
  const openBefore = new Set(before.filter((q) => !isSettled(q.status)).map((q) => q.text));
  return next.openQuestions
    .filter((q) => openBefore.has(q.text) && isSettled(q.status))
    .map((q) => ({ text: q.text, status: q.status, section: q.section }));
}
