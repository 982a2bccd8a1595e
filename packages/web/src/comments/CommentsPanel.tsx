import type { ThreadList } from '../api/review-types';
import type { ApiState } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';
import type { Heading } from '../components/TableOfContents';
import { NewThreadForm, type Selection } from './NewThreadForm';
import { ThreadView } from './ThreadView';

/**
 * The document's comments in its margin: threads grouped under the section they are anchored
 * to, in the document's order, with a count of the unresolved ones; resolved threads folded;
 * outdated threads apart, with why. Writing needs `comment:write` (viewers and up).
 */
export function CommentsPanel({
  documentId,
  threads,
  headings,
  selection,
  me,
  mayResolve,
}: {
  documentId: string;
  threads: ApiState<ThreadList>;
  headings: Heading[];
  selection: Selection | null;
  me: string;
  mayResolve: boolean;
}) {
  const list = threads.data;
  const current = (list?.items ?? []).filter((t) => !t.outdated);
  const outdated = (list?.items ?? []).filter((t) => t.outdated);
  const sections = [...new Set(current.map((t) => t.section.anchor))];
  const view = (t: ThreadList['items'][number]) => (
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
      {list && list.items.length === 0 && (
        <p className="muted small">No comments yet. Select text in a section to quote it.</p>
      )}
      {sections.map((anchor) => {
        const inSection = current.filter((t) => t.section.anchor === anchor);
        const open = list?.sections[anchor] ?? 0;
        const title = inSection[0]?.section.title ?? anchor;
        return (
          <div key={anchor} className="section-threads" data-section={anchor}>
            <h3>
              <a href={`#${anchor}`}>{title}</a>{' '}
              {open > 0 && <span className="badge unresolved">{open} unresolved</span>}
            </h3>
            {inSection.filter((t) => !t.resolved).map(view)}
            {inSection.some((t) => t.resolved) && (
              <details>
                <summary className="small">
                  {inSection.filter((t) => t.resolved).length} resolved
                </summary>
                {inSection.filter((t) => t.resolved).map(view)}
              </details>
            )}
          </div>
        );
      })}
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
