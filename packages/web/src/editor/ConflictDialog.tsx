import { MergeView } from '@codemirror/merge';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef } from 'react';

export interface Conflict {
  /** The version someone else saved: its Markdown, ETag and number. */
  theirs: string;
  etag: string;
  version: number | null;
}

/**
 * Someone saved the document since it was loaded. Both versions side by side, theirs on the
 * left and yours (editable) on the right, with arrows that take one of their changes into
 * yours. The user chooses: save the merged text over theirs, or drop their own edits. Nothing is
 * overwritten without this choice.
 */
export function ConflictDialog({
  conflict,
  mine,
  onSaveMerged,
  onTakeTheirs,
  onCancel,
}: {
  conflict: Conflict;
  mine: string;
  onSaveMerged: (markdown: string) => void;
  onTakeTheirs: () => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const merge = useRef<MergeView | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
    if (!host.current) return;
    const readOnly = [EditorView.editable.of(false), EditorView.lineWrapping];
    merge.current = new MergeView({
      parent: host.current,
      a: {
        doc: conflict.theirs,
        extensions: [
          ...readOnly,
          EditorView.contentAttributes.of({ 'aria-label': 'Their version' }),
        ],
      },
      b: {
        doc: mine,
        extensions: [
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': 'Your version (editable)' }),
        ],
      },
      revertControls: 'a-to-b',
      collapseUnchanged: { margin: 3, minSize: 6 },
    });
    return () => merge.current?.destroy();
  }, [conflict, mine]);

  return (
    <dialog
      ref={dialog}
      className="conflict-dialog"
      aria-labelledby="conflict-heading"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="conflict-heading">Someone else saved this document</h2>
      <p>
        Version {conflict.version ?? '?'} was saved after you started editing. Nothing of yours is
        lost: compare the two, take any of their changes into yours with the arrows, then save.
      </p>
      <div className="merge-labels" aria-hidden="true">
        <span>Theirs (saved)</span>
        <span>Yours</span>
      </div>
      <div ref={host} className="merge-host" />
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          onClick={() => onSaveMerged(merge.current?.b.state.doc.toString() ?? mine)}
        >
          Save my version
        </button>
        <button type="button" onClick={onTakeTheirs}>
          Discard mine, take theirs
        </button>
        <button type="button" onClick={onCancel}>
          Keep editing
        </button>
      </div>
    </dialog>
  );
}
