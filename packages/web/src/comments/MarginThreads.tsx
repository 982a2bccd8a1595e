import { type RefObject, useLayoutEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Thread } from '../api/review-types';
import type { Heading } from '../components/TableOfContents';
import { NewThreadForm, type Selection } from './NewThreadForm';
import { ThreadView } from './ThreadView';

/** A place made right after a section's heading in the rendered document, for its comments. */
export interface MarginSlot {
  heading: Heading;
  element: HTMLElement;
}

/**
 * Make a slot after each h2/h3 of the rendered document `root` (again whenever its HTML
 * changes, which replaces the nodes). CSS floats the slots into the margin beside their heading
 * on wide windows and leaves them under it on narrow ones.
 */
export function useMarginSlots(
  rootRef: RefObject<HTMLElement | null>,
  html: string | null,
): MarginSlot[] {
  const [slots, setSlots] = useState<MarginSlot[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: new HTML means new headings
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root || html === null) return setSlots([]);
    const made: MarginSlot[] = [];
    for (const h of root.querySelectorAll<HTMLElement>('h2[id], h3[id]')) {
      const element = document.createElement('div');
      element.className = 'margin-slot';
      h.after(element);
      made.push({
        heading: { id: h.id, text: h.textContent ?? '', level: Number(h.tagName[1]) },
        element,
      });
    }
    setSlots(made);
    return () => {
      for (const slot of made) slot.element.remove();
    };
  }, [html]);
  return slots;
}

/**
 * One section's threads beside its heading (open ones, then the resolved folded) and its
 * "Comment" button, which opens a form for a new thread on that section (quoting the text
 * selected in it, if any).
 */
export function SectionMargin({
  slot,
  threads,
  unresolved,
  documentId,
  headings,
  selection,
  me,
  mayResolve,
  onChanged,
}: {
  slot: MarginSlot;
  threads: Thread[];
  unresolved: number;
  documentId: string;
  headings: Heading[];
  selection: Selection | null;
  me: string;
  mayResolve: boolean;
  onChanged: () => void;
}) {
  const [writing, setWriting] = useState(false);
  const { heading } = slot;
  const open = threads.filter((t) => !t.resolved);
  const resolved = threads.filter((t) => t.resolved);
  const view = (t: Thread) => (
    <ThreadView
      key={t.id}
      documentId={documentId}
      thread={t}
      me={me}
      mayResolve={mayResolve}
      onChanged={onChanged}
    />
  );
  return createPortal(
    // biome-ignore lint/a11y/useSemanticElements: a named group of threads and a button, not a form's fieldset
    <div
      className={`margin-threads${threads.length > 0 ? ' has-threads' : ''}`}
      role="group"
      aria-label={`Comments on ${heading.text}`}
      data-section={heading.id}
    >
      {unresolved > 0 && <span className="badge unresolved">{unresolved} unresolved</span>}
      {open.map(view)}
      {resolved.length > 0 && (
        <details>
          <summary className="small">{resolved.length} resolved</summary>
          {resolved.map(view)}
        </details>
      )}
      {writing ? (
        <NewThreadForm
          documentId={documentId}
          headings={headings}
          selection={selection}
          fixed={heading}
          onCreated={() => {
            setWriting(false);
            onChanged();
          }}
          onCancel={() => setWriting(false)}
        />
      ) : (
        <button type="button" className="comment-button small" onClick={() => setWriting(true)}>
          Comment<span className="visually-hidden"> on {heading.text}</span>
        </button>
      )}
    </div>,
    slot.element,
  );
}
