/**
 * Unsaved edits kept in the browser (localStorage), one per document, so that a reload or a
 * crash loses nothing. A draft remembers the ETag it was based on: saving it sends that ETag, so
 * a draft made before someone else's save still ends in the conflict dialog, never an overwrite.
 */
export interface Draft {
  markdown: string;
  /** The ETag of the version the edits started from. */
  etag: string;
  savedAt: string;
}

const key = (id: string) => `designdoc:draft:${id}`;

export function readDraft(id: string): Draft | null {
  try {
    const raw = localStorage.getItem(key(id));
    if (!raw) return null;
    const draft = JSON.parse(raw) as Partial<Draft>;
    return typeof draft.markdown === 'string' && typeof draft.etag === 'string'
      ? { markdown: draft.markdown, etag: draft.etag, savedAt: String(draft.savedAt ?? '') }
      : null;
  } catch {
    return null;
  }
}

export function writeDraft(id: string, markdown: string, etag: string): void {
  try {
    localStorage.setItem(
      key(id),
      JSON.stringify({ markdown, etag, savedAt: new Date().toISOString() } satisfies Draft),
    );
  } catch {
    // Storage full or disabled: the editor still works, only without the safety net.
  }
}

export function clearDraft(id: string): void {
  try {
    localStorage.removeItem(key(id));
  } catch {
    // As above.
  }
}
