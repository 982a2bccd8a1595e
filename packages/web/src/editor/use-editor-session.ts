import type { EditorView } from '@codemirror/view';
import type { TemplateSpec } from '@designdoc/core';
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { type Blocker, useBlocker } from 'react-router';
import { ApiProblem, apiResponse } from '../api/client';
import type { DocumentDetail, DocumentSummary } from '../api/types';
import { type ApiState, useApi } from '../api/use-api';
import { useEvents } from '../api/use-events';
import { type Analysis, analyse } from './analyse';
import type { Conflict } from './ConflictDialog';
import { clearDraft, type Draft, readDraft, writeDraft } from './drafts';
import { createMarkdownEditor, goToLine } from './markdown-editor';

/** The stored Markdown of the head and its ETag (what a save must send as If-Match). */
async function readHead(id: string): Promise<{ markdown: string; etag: string }> {
  const response = await apiResponse(`/api/v1/documents/${id}`, {
    headers: { accept: 'text/markdown' },
  });
  return { markdown: await response.text(), etag: response.headers.get('etag') ?? '' };
}

/** Replace the editor's whole text (one undoable change). */
function replaceAll(editor: EditorView, markdown: string): void {
  editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: markdown } });
}

/** The version number in an ETag (`"{version}.{hash}"`). */
function versionOf(etag: string): number | null {
  const match = /^"?(\d+)\./.exec(etag);
  return match ? Number(match[1]) : null;
}

interface Loaded {
  /** The Markdown last read from or saved to the server. */
  saved: string;
  etag: string;
  /** What the editor starts with: the saved text, or the local draft. */
  start: string;
  draft: Draft | null;
  template: TemplateSpec;
}

/** What the editor screen shows and what its buttons do; see `useEditorSession`. */
export interface EditorSession {
  doc: ApiState<DocumentDetail>;
  /** Reading the head's Markdown or the template failed. */
  loadError: ApiProblem | null;
  /** The text and template are read and the editor is open. */
  ready: boolean;
  /** Where CodeMirror is mounted. */
  host: RefObject<HTMLDivElement | null>;
  /** The core's reading of the current text: lint counts, outline, preview HTML. */
  analysis: Analysis | null;
  /** The text differs from what was last read from or saved to the server. */
  dirty: boolean;
  saving: boolean;
  /** The last save's or conflict's outcome, for the status line. */
  status: string;
  saveError: ApiProblem | null;
  conflict: Conflict | null;
  /** The local draft the editor opened with, until it is saved or discarded. */
  restored: Draft | null;
  /** A version someone else saved while this editor was open. */
  newer: { version: number; by: string | null } | null;
  /** Leaving for another page with unsaved edits, held until the user decides. */
  blocker: Blocker;
  /** Save the editor's text (or `markdown`) over the version with `etag` (default: the one edited). */
  save(markdown?: string, etag?: string): Promise<void>;
  /** Drop the restored draft: back to the saved text and its ETag. */
  discardDraft(): void;
  /** Open the conflict dialog against the newer version someone saved. */
  compareWithNewer(): Promise<void>;
  /** In a conflict, take their version and drop these edits. */
  takeTheirs(): void;
  closeConflict(): void;
  /** The editor's current text ('' before it opens). */
  text(): string;
  goToLine(line: number): void;
}

/**
 * The editing session of document `id`: reads its head and template, opens CodeMirror in `host`
 * with the core's lint on every change (and at `line` when given), keeps unsaved edits as a
 * local draft, saves with If-Match on the ETag the text was based on (a 412 opens a conflict),
 * says when someone else saves, and holds navigation away while there are unsaved edits.
 */
export function useEditorSession(id: string, line: number): EditorSession {
  const doc = useApi<DocumentDetail>(`/api/v1/documents/${id}`);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<ApiProblem | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<string>('');
  const [saveError, setSaveError] = useState<ApiProblem | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [restored, setRestored] = useState<Draft | null>(null);
  const [newer, setNewer] = useState<{ version: number; by: string | null } | null>(null);
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // What the save and change callbacks need, current without re-creating the editor.
  const base = useRef({ saved: '', etag: '' });
  const saveRef = useRef<(markdown?: string, etag?: string) => Promise<void>>(async () => {});

  const workspace = doc.data?.workspace;
  const templateName = doc.data?.template;
  useEffect(() => {
    if (!workspace || !templateName) return;
    let cancelled = false;
    Promise.all([
      readHead(id),
      apiResponse(
        `/api/v1/workspaces/${workspace}/templates/${encodeURIComponent(templateName)}`,
      ).then((r) => r.json() as Promise<TemplateSpec>),
    ]).then(
      ([head, template]) => {
        if (cancelled) return;
        const draft = readDraft(id);
        const useDraft = draft !== null && draft.markdown !== head.markdown;
        if (!useDraft && draft) clearDraft(id);
        base.current = { saved: head.markdown, etag: useDraft ? draft.etag : head.etag };
        setRestored(useDraft ? draft : null);
        setDirty(useDraft);
        setLoaded({
          saved: head.markdown,
          etag: head.etag,
          start: useDraft ? draft.markdown : head.markdown,
          draft: useDraft ? draft : null,
          template,
        });
      },
      (error: ApiProblem) => !cancelled && setLoadError(error),
    );
    return () => {
      cancelled = true;
    };
  }, [id, workspace, templateName]);

  // The editor itself, made once the text and template are known. The line is read once, when
  // the editor opens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (!loaded || !host.current) return;
    let draftTimer: number | undefined;
    const editor = createMarkdownEditor(host.current, {
      doc: loaded.start,
      label: 'Markdown source',
      lint: (text) => {
        performance.mark('designdoc:analyse:start');
        const result = analyse(text, loaded.template);
        performance.measure('designdoc:analyse', 'designdoc:analyse:start');
        setAnalysis(result);
        return result.diagnostics;
      },
      onChange: (text) => {
        const changed = text !== base.current.saved;
        setDirty(changed);
        setStatus('');
        window.clearTimeout(draftTimer);
        draftTimer = window.setTimeout(() => {
          if (changed) writeDraft(id, text, base.current.etag);
          else clearDraft(id);
        }, 250);
      },
      keys: [
        {
          key: 'Mod-s',
          preventDefault: true,
          run: () => {
            void saveRef.current();
            return true;
          },
        },
      ],
    });
    view.current = editor;
    if (line > 0) goToLine(editor, line);
    else editor.focus();
    return () => {
      window.clearTimeout(draftTimer);
      editor.destroy();
      view.current = null;
    };
  }, [loaded, id]);

  const replaceText = (markdown: string) => view.current && replaceAll(view.current, markdown);

  const save = useCallback(
    async (markdown?: string, etag?: string) => {
      const editor = view.current;
      if (!editor) return;
      const text = markdown ?? editor.state.doc.toString();
      setSaving(true);
      setSaveError(null);
      try {
        const response = await apiResponse(`/api/v1/documents/${id}`, {
          method: 'PUT',
          body: text,
          contentType: 'text/markdown',
          headers: { 'if-match': etag ?? base.current.etag },
        });
        base.current = { saved: text, etag: response.headers.get('etag') ?? '' };
        if (editor.state.doc.toString() !== text) replaceAll(editor, text);
        clearDraft(id);
        setRestored(null);
        setConflict(null);
        setNewer(null);
        setDirty(false);
        const summary = (await response.json()) as DocumentSummary;
        setStatus(`Saved as version ${summary.version}`);
        doc.reload();
      } catch (error) {
        if (error instanceof ApiProblem && error.code === 'precondition-failed') {
          const head = await readHead(id);
          setConflict({ theirs: head.markdown, etag: head.etag, version: versionOf(head.etag) });
        } else if (error instanceof ApiProblem) setSaveError(error);
      } finally {
        setSaving(false);
      }
    },
    [id, doc.reload],
  );
  saveRef.current = save;

  // Someone saves while this editor is open: say so, and never replace the text being written.
  useEvents(`/api/v1/documents/${id}/events`, (event) => {
    if (event?.type !== 'document.updated' || !event.document) return;
    const mine = versionOf(base.current.etag);
    if (mine !== null && event.document.version > mine)
      setNewer({ version: event.document.version, by: event.actor?.username ?? null });
  });
  const compareWithNewer = async () => {
    const head = await readHead(id);
    setNewer(null);
    setConflict({ theirs: head.markdown, etag: head.etag, version: versionOf(head.etag) });
  };

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  return {
    doc,
    loadError,
    ready: loaded !== null,
    host,
    analysis,
    dirty,
    saving,
    status,
    saveError,
    conflict,
    restored,
    newer,
    blocker,
    save,
    discardDraft: () => {
      clearDraft(id);
      base.current = { saved: base.current.saved, etag: loaded?.etag ?? base.current.etag };
      replaceText(base.current.saved);
      setRestored(null);
    },
    compareWithNewer,
    takeTheirs: () => {
      if (!conflict) return;
      base.current = { saved: conflict.theirs, etag: conflict.etag };
      replaceText(conflict.theirs);
      clearDraft(id);
      setRestored(null);
      setDirty(false);
      setConflict(null);
      setStatus(`Now at version ${conflict.version ?? ''}, as saved by someone else`);
    },
    closeConflict: () => setConflict(null),
    text: () => view.current?.state.doc.toString() ?? '',
    goToLine: (to) => {
      if (view.current) goToLine(view.current, to);
    },
  };
}
