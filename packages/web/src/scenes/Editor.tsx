import { useEffect, useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ProblemMessage } from '../components/ProblemMessage';
import { RelativeTime } from '../components/RelativeTime';
import { SafeHtml } from '../components/SafeHtml';
import { LintCounts } from '../components/StatusBadge';
import { useTitle } from '../components/use-title';
import type { Analysis } from '../editor/analyse';
import { ConflictDialog } from '../editor/ConflictDialog';
import { OutlinePanel } from '../editor/OutlinePanel';
import { useEditorSession } from '../editor/use-editor-session';

/**
 * The editor: CodeMirror with the core's lint on every change (squiggles, hover messages with
 * the rule's link, quick fixes), a live preview and the template's outline. Saves send the ETag
 * the text was based on; a 412 opens the conflict dialog. Edits are kept as a local draft until
 * saved, and leaving with unsaved edits asks first. The session (`useEditorSession`) holds all
 * of that; this draws it.
 */
export default function Editor() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const session = useEditorSession(id, Number(params.get('line')));
  const { doc, analysis, dirty, saving, conflict, restored, newer, blocker } = session;
  useTitle(doc.data ? `Edit ${doc.data.title}` : 'Edit');
  const preview = useMermaidPreview(analysis);

  if (doc.error) return <ProblemMessage problem={doc.error} retry={doc.reload} />;
  if (session.loadError) return <ProblemMessage problem={session.loadError} />;
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
            {saving ? 'Saving…' : dirty ? 'Unsaved changes' : session.status}
          </span>
          <button
            type="button"
            className="primary"
            disabled={saving || !session.ready}
            onClick={() => void session.save()}
            aria-keyshortcuts="Control+S"
          >
            Save
          </button>
        </div>
      </header>
      {restored && (
        <div className="notice" role="status">
          Restored your unsaved changes from <RelativeTime iso={restored.savedAt} />.{' '}
          <button type="button" className="link" onClick={session.discardDraft}>
            Discard them
          </button>
        </div>
      )}
      {newer && !conflict && (
        <div className="notice newer-version" role="status">
          A newer version ({newer.version}) was saved{newer.by ? ` by ${newer.by}` : ''} while you
          were editing. Your text is unchanged.{' '}
          <button type="button" className="link" onClick={() => void session.compareWithNewer()}>
            Compare with it
          </button>
        </div>
      )}
      {session.saveError && <ProblemMessage problem={session.saveError} />}
      {!session.ready && <p className="muted">Loading the editor…</p>}
      <div className="editor-layout">
        <aside className="editor-outline">
          {analysis && <OutlinePanel outline={analysis.outline} onGoTo={session.goToLine} />}
        </aside>
        <section className="editor-source" aria-label="Source">
          <div ref={session.host} className="editor-host" />
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
          mine={session.text()}
          onSaveMerged={(markdown) => void session.save(markdown, conflict.etag)}
          onTakeTheirs={session.takeTheirs}
          onCancel={session.closeConflict}
        />
      )}
      {blocker.state === 'blocked' && (
        <LeaveDialog onLeave={() => blocker.proceed()} onStay={() => blocker.reset()} />
      )}
    </div>
  );
}

/** Mermaid diagrams drawn into the preview once typing pauses; the ref goes on the preview. */
function useMermaidPreview(analysis: Analysis | null) {
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
  return preview;
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
