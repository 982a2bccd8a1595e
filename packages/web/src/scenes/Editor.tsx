import type { EditorView } from '@codemirror/view';
import type { TemplateSpec } from '@designdoc/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useBlocker, useParams, useSearchParams } from 'react-router';
import { ApiProblem, apiResponse } from '../api/client';
import type { DocumentDetail } from '../api/types';
import { useApi } from '../api/use-api';
import { useEvents } from '../api/use-events';
import { ProblemMessage } from '../components/ProblemMessage';
import { RelativeTime } from '../components/RelativeTime';
import { SafeHtml } from '../components/SafeHtml';
import { LintCounts } from '../components/StatusBadge';
import { useTitle } from '../components/use-title';
import { type Analysis, analyse } from '../editor/analyse';
import { type Conflict, ConflictDialog } from '../editor/ConflictDialog';
import { clearDraft, type Draft, readDraft, writeDraft } from '../editor/drafts';
import { createMarkdownEditor, goToLine } from '../editor/markdown-editor';
import { OutlinePanel } from '../editor/OutlinePanel';

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

/**
 * The editor: CodeMirror with the core's lint on every change (squiggles, hover messages with
 * the rule's link, quick fixes), a live preview and the template's outline. Saves send the ETag
 * the text was based on; a 412 opens the conflict dialog. Edits are kept as a local draft until
 * saved, and leaving with unsaved edits asks first.
 */
export default function Editor() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const doc = useApi<DocumentDetail>(`/api/v1/documents/${id}`);
  useTitle(doc.data ? `Edit ${doc.data.title}` : 'Edit');
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
    const line = Number(params.get('line'));
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
        const summary = (await response.json()) as { version: number };
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
  const showNewer = async () => {
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

  // Mermaid in the preview, once typing pauses.
  const preview = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!analysis?.hasMermaid || !preview.current) return;
    const root = preview.current;
    const timer = window.setTimeout(
      () => void import('../components/render-mermaid').then((m) => m.renderMermaid(root)),
      400,
    );
    return () => window.clearTimeout(timer);
  }, [analysis]);

  if (doc.error) return <ProblemMessage problem={doc.error} retry={doc.reload} />;
  if (loadError) return <ProblemMessage problem={loadError} />;
  const d = doc.data;
  return (
    <div className="editor-page">
      <header className="editor-toolbar">
        <div>
          <p className="muted small">
            <Link to={`/documents/${id}`}>← {d?.title ?? 'Document'}</Link>
          </p>
          <h1>Edit {d?.title ?? ''}</h1>
        </div>
        <div className="toolbar-actions">
          {analysis && (
            <span className="small">
              Lint: <LintCounts errors={analysis.errorCount} warnings={analysis.warningCount} />
            </span>
          )}
          <span className="small muted" role="status" aria-live="polite">
            {saving ? 'Saving…' : dirty ? 'Unsaved changes' : status}
          </span>
          <button
            type="button"
            className="primary"
            disabled={saving || !loaded}
            onClick={() => void save()}
            aria-keyshortcuts="Control+S"
          >
            Save
          </button>
        </div>
      </header>
      {restored && (
        <div className="notice" role="status">
          Restored your unsaved changes from <RelativeTime iso={restored.savedAt} />.{' '}
          <button
            type="button"
            className="link"
            onClick={() => {
              clearDraft(id);
              base.current = { saved: base.current.saved, etag: loaded?.etag ?? base.current.etag };
              replaceText(base.current.saved);
              setRestored(null);
            }}
          >
            Discard them
          </button>
        </div>
      )}
      {newer && !conflict && (
        <div className="notice newer-version" role="status">
          A newer version ({newer.version}) was saved{newer.by ? ` by ${newer.by}` : ''} while you
          were editing. Your text is unchanged.{' '}
          <button type="button" className="link" onClick={() => void showNewer()}>
            Compare with it
          </button>
        </div>
      )}
      {saveError && <ProblemMessage problem={saveError} />}
      {!loaded && <p className="muted">Loading the editor…</p>}
      <div className="editor-layout">
        <aside className="editor-outline">
          {analysis && (
            <OutlinePanel
              outline={analysis.outline}
              onGoTo={(line) => view.current && goToLine(view.current, line)}
            />
          )}
        </aside>
        <section className="editor-source" aria-label="Source">
          <div ref={host} className="editor-host" />
        </section>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable) */}
        <section className="editor-preview" aria-labelledby="preview-heading" tabIndex={0}>
          <h2 id="preview-heading" className="visually-hidden">
            Preview
          </h2>
          {analysis && <SafeHtml ref={preview} html={analysis.html} className="rendered" />}
        </section>
      </div>
      {conflict && (
        <ConflictDialog
          conflict={conflict}
          mine={view.current?.state.doc.toString() ?? ''}
          onSaveMerged={(markdown) => void save(markdown, conflict.etag)}
          onTakeTheirs={() => {
            base.current = { saved: conflict.theirs, etag: conflict.etag };
            replaceText(conflict.theirs);
            clearDraft(id);
            setRestored(null);
            setDirty(false);
            setConflict(null);
            setStatus(`Now at version ${conflict.version ?? ''}, as saved by someone else`);
          }}
          onCancel={() => setConflict(null)}
        />
      )}
      {blocker.state === 'blocked' && (
        <LeaveDialog onLeave={() => blocker.proceed()} onStay={() => blocker.reset()} />
      )}
    </div>
  );
}

/** Leaving with unsaved edits: they stay as a local draft, but the user decides. */
function LeaveDialog({ onLeave, onStay }: { onLeave: () => void; onStay: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="leave-heading"
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id="leave-heading">Leave without saving?</h2>
      <p>Your changes are not saved. They stay in this browser as a draft until you save them.</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onStay}>
          Stay and keep editing
        </button>
        <button type="button" onClick={onLeave}>
          Leave
        </button>
      </div>
    </dialog>
  );
}
