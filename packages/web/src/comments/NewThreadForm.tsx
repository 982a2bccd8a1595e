import { type FormEvent, useEffect, useState } from 'react';
import { ApiProblem, api } from '../api/client';
import { ProblemMessage } from '../components/ProblemMessage';
import type { Heading } from '../components/TableOfContents';
import { MentionBox } from './MentionBox';

/** Text selected in the rendered document, and the section it is in. */
export interface Selection {
  anchor: string;
  quote: string;
}

/** The section (innermost h2/h3 before it) of the text selected inside `root`, if any. */
export function selectionIn(root: HTMLElement): Selection | null {
  const selected = window.getSelection();
  const text = selected?.toString().trim() ?? '';
  if (!selected || !text || selected.rangeCount === 0) return null;
  const node = selected.getRangeAt(0).startContainer;
  if (!root.contains(node)) return null;
  // Text selected in a comment in the margin is not the document's.
  const element = node instanceof Element ? node : node.parentElement;
  if (element?.closest('.margin-threads')) return null;
  let anchor: string | null = null;
  for (const heading of root.querySelectorAll<HTMLElement>('h2[id], h3[id]'))
    if (heading.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)
      anchor = heading.id;
  return anchor ? { anchor, quote: text.slice(0, 1000) } : null;
}

/**
 * Start a thread on a section, optionally quoting the passage selected in the document (select
 * text, and section and quote are filled in). With `fixed`, the form belongs to one section (the
 * heading's "Comment" button in the margin) and has no section choice; it takes the selection's
 * quote only when the selection is in that section.
 */
export function NewThreadForm({
  documentId,
  headings,
  selection,
  onCreated,
  fixed,
  onCancel,
}: {
  documentId: string;
  headings: Heading[];
  selection: Selection | null;
  onCreated: () => void;
  fixed?: Heading;
  onCancel?: () => void;
}) {
  const [section, setSection] = useState(fixed?.id ?? '');
  const [quote, setQuote] = useState('');
  const [error, setError] = useState<ApiProblem | null>(null);
  useEffect(() => {
    if (!selection) return;
    if (fixed && selection.anchor !== fixed.id) return;
    setSection(selection.anchor);
    setQuote(selection.quote);
  }, [selection, fixed]);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const body = String(new FormData(form).get('body'));
    setError(null);
    try {
      await api(`/api/v1/documents/${documentId}/comments`, {
        method: 'POST',
        body: { section, body, ...(quote ? { quote } : {}) },
      });
      form.reset();
      setQuote('');
      onCreated();
    } catch (failure) {
      if (failure instanceof ApiProblem) setError(failure);
    }
  };
  return (
    <form
      className="stacked new-thread"
      onSubmit={(e) => void submit(e)}
      aria-label={fixed ? `New thread on ${fixed.text}` : 'New thread'}
    >
      {!fixed && (
        <label>
          Section
          <select value={section} onChange={(e) => setSection(e.target.value)} required>
            <option value="">Choose a section…</option>
            {headings.map((h) => (
              <option key={h.id} value={h.id}>
                {h.level === 3 ? '  ' : ''}
                {h.text}
              </option>
            ))}
          </select>
        </label>
      )}
      {quote && (
        <div className="small">
          Quoting <q className="thread-quote-inline">{quote}</q>{' '}
          <button type="button" className="link" onClick={() => setQuote('')}>
            Remove the quote
          </button>
        </div>
      )}
      <MentionBox name="body" label="Comment" />
      <div className="button-row">
        <button type="submit" className="primary">
          Start thread
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {error && <ProblemMessage problem={error} />}
    </form>
  );
}
