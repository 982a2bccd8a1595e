import type { StatusSpec } from '../template/spec.js';
import { DOCUMENT_STATUSES, type DocumentStatus } from './schema.js';

/**
 * Status words design-document processes use, by the lifecycle stage they mean. Real templates
 * spell their statuses their own way (MADR's `proposed`/`accepted`, Swift Evolution's
 * `Awaiting review`/`Implemented (Swift 5.9)`, PEPs' `Final`); these are read as designdoc's
 * lifecycle so that an accepted record counts as approved everywhere.
 */
const LIFECYCLE_WORDS: Record<DocumentStatus, readonly string[]> = {
  draft: [
    'draft',
    'wip',
    'work in progress',
    'idea',
    'pitch',
    'pre proposal',
    'awaiting implementation',
    'returned for revision',
    'in progress',
  ],
  'in-review': [
    'in review',
    'review',
    'under review',
    'proposed',
    'proposal',
    'awaiting review',
    'active review',
    'scheduled for review',
    'in discussion',
    'discussion',
    'final comment period',
    'pending',
    'provisional',
  ],
  approved: [
    'approved',
    'accepted',
    'accepted with revisions',
    'accepted with modifications',
    'implemented',
    'partially implemented',
    'active',
    'final',
    'adopted',
    'done',
    'complete',
    'completed',
    'merged',
    'decided',
  ],
  rejected: ['rejected', 'declined', 'withdrawn', 'abandoned'],
  superseded: ['superseded', 'replaced', 'obsoleted'],
  deprecated: ['deprecated', 'obsolete', 'retired'],
};

const BY_WORD = new Map<string, DocumentStatus>();
for (const status of DOCUMENT_STATUSES)
  for (const word of LIFECYCLE_WORDS[status]) BY_WORD.set(word, status);

/**
 * A status as compared: lower case, Markdown emphasis and links gone, a trailing remark in
 * parentheses ("Implemented (Swift 5.9)") and a successor ("superseded by ADR-0123") left out.
 */
export function statusKey(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .toLowerCase()
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/\s+(?:by|in favou?r of|with)\s+.*$/, '')
    .replace(/[-_\s]+/g, ' ')
    .replace(/[.:;!]+$/, '')
    .trim();
}

/** How a written status reads: its lifecycle stage, or null when neither designdoc nor the template knows it. */
export function readDocumentStatus(
  text: string,
  spec: StatusSpec | undefined,
): DocumentStatus | null {
  const key = statusKey(text);
  if (key === '') return null;
  for (const value of spec?.values ?? [])
    if (statusKey(value.value) === key) return value.lifecycle;
  return ((DOCUMENT_STATUSES as readonly string[]).find((s) => s.replace('-', ' ') === key) ??
    BY_WORD.get(key) ??
    null) as DocumentStatus | null;
}

/** The lifecycle stage a template's own status word means (unknown words count as drafts). */
export function lifecycleOf(text: string): DocumentStatus {
  return readDocumentStatus(text, undefined) ?? 'draft';
}
