import type { DocumentRow } from '../../documents/repo.js';

/** A document as lists and saves answer it (DocumentSummary): the head's metadata, no content. */
export function summaryOf(row: DocumentRow, workspace: string) {
  return {
    id: row.id,
    workspace,
    path: row.path,
    title: row.title,
    status: row.status,
    template: row.template,
    version: row.head_version,
    contentHash: row.content_hash,
    errorCount: row.error_count,
    warningCount: row.warning_count,
    supersededBy: row.superseded_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
