import type { Thread, ThreadList } from '../api/review-types';
import type { ApiState } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';
import type { Heading } from '../components/TableOfContents';
import { NewThreadForm, type Selection } from './NewThreadForm';
import { ThreadView } from './ThreadView';

/**
 * The comments' side panel: how many threads are open, with a link to each section that has
 * some (the threads themselves sit in the margin beside their section: SectionMargin), the
 * outdated threads with why, threads on a section the margin has no place for, and a form to
 * start a thread on any section, quoting the passage selected in the document. Writing needs
 * `comment:write` (viewers and up).
 */
export function CommentsPanel({
  documentId,
  threads,
  headings,
  placed,
  selection,
  me,
  mayResolve,
}: {
  documentId: string;
  threads: ApiState<ThreadList>;
  headings: Heading[];
  /** The anchors whose threads the margin shows. */
  placed: ReadonlySet<string>;
  selection: Selection | null;
  me: string;
  mayResolve: boolean;
}) {
  const list = threads.data;
  const items = list?.items ?? [];
  const outdated = items.filter((t) => t.outdated);
  const elsewhere = items.filter((t) => !t.outdated && !placed.has(t.section.anchor));
  const sections = [
    ...new Map(items.filter((t) => !t.outdated).map((t) => [t.section.anchor, t.section.title])),
  ];
  const view = (t: Thread) => (
    <ThreadView
      key={t.id}
      documentId={documentId}
      thread={t}
      me={me}
      mayResolve={mayResolve}
      onChanged={threads.reload}
    />
  );
  return (
    <section className="panel comments-panel" aria-labelledby="comments-heading">
      <h2 id="comments-heading">Comments</h2>
      {threads.error && <ProblemMessage problem={threads.error} retry={threads.reload} />}
      {list && items.length === 0 && (
        <p className="muted small">
          No comments yet. Use a section's “Comment” button, or select text in it to quote it.
        </p>
      )}
      {sections.length > 0 && (
        <ul className="plain-list comment-sections" aria-label="Sections with comments">
          {sections.map(([anchor, title]) => {
            const open = list?.sections[anchor] ?? 0;
            const count = items.filter((t) => !t.outdated && t.section.anchor === anchor).length;
            return (
              <li key={anchor} data-section={anchor}>
                <a href={`#${anchor}`}>{title}</a>{' '}
                <span className="muted small">
                  {count} thread{count === 1 ? '' : 's'}
                </span>{' '}
                {open > 0 && <span className="badge unresolved">{open} unresolved</span>}
              </li>
            );
          })}
        </ul>
      )}
      {elsewhere.length > 0 && (
        <div className="section-threads">
          <h3>On other headings</h3>
          {elsewhere.map(view)}
        </div>
      )}
      {outdated.length > 0 && (
        <div className="section-threads outdated">
          <h3>Outdated threads</h3>
          {outdated.map(view)}
        </div>
      )}
      <h3>Start a thread</h3>
      <NewThreadForm
        documentId={documentId}
        headings={headings}
        selection={selection}
        onCreated={threads.reload}
      />
    </section>
  );
}
