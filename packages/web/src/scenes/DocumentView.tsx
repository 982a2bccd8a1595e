import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { type ApiProblem, apiResponse } from '../api/client';
import type { ReviewState, StatusHistory, ThreadList } from '../api/review-types';
import type { CheckRunList, DocumentDetail, MemberList } from '../api/types';
import { useApi } from '../api/use-api';
import { useEvents } from '../api/use-events';
import { CheckRunsPanel } from '../checks/CheckRunsPanel';
import { CommentsPanel } from '../comments/CommentsPanel';
import { SectionMargin, useMarginSlots } from '../comments/MarginThreads';
import { MembersContext } from '../comments/members';
import { type Selection, selectionIn } from '../comments/NewThreadForm';
import { DiagnosticsPanel } from '../components/DiagnosticsPanel';
import { ProblemMessage } from '../components/ProblemMessage';
import { RelativeTime } from '../components/RelativeTime';
import { SafeHtml } from '../components/SafeHtml';
import { LintCounts, StatusBadge } from '../components/StatusBadge';
import { headingsOf, TableOfContents } from '../components/TableOfContents';
import { useTitle } from '../components/use-title';
import { VersionHistory } from '../components/VersionHistory';
import { ReviewPanel } from '../review/ReviewPanel';
import { StatusTimeline } from '../review/StatusTimeline';
import { canWrite, useSession } from '../session/session';

/** The rendered (server-sanitised) HTML of a document's head, read again when the version changes. */
function useRenderedHtml(id: string, version: number | undefined) {
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<ApiProblem | null>(null);
  useEffect(() => {
    if (version === undefined) return;
    const controller = new AbortController();
    apiResponse(`/api/v1/documents/${id}`, {
      headers: { accept: 'text/html' },
      signal: controller.signal,
    })
      .then((response) => response.text())
      .then(setHtml, (e: ApiProblem) => {
        if (!controller.signal.aborted) setError(e);
      });
    return () => controller.abort();
  }, [id, version]);
  return { html, error };
}

/**
 * A document as readers see it: rendered and sanitised, with its table of contents, metadata,
 * diagrams (Mermaid loads only when the document has one), lint results that open the editor at
 * their line, the version history with diffs, the review panel with the status timeline, the
 * newest check runs CI reported on the head, and comments in the margin. It follows the
 * document's live events and reads again what changed.
 */
export function DocumentView() {
  const { id = '' } = useParams();
  const location = useLocation();
  const { me, roleIn } = useSession();
  const doc = useApi<DocumentDetail>(`/api/v1/documents/${id}`);
  const review = useApi<ReviewState>(`/api/v1/documents/${id}/reviews`);
  const history = useApi<StatusHistory>(`/api/v1/documents/${id}/transitions`);
  const threads = useApi<ThreadList>(`/api/v1/documents/${id}/comments`);
  // Only the newest run of each check on the head (`latest`); the history is the API's.
  const checks = useApi<CheckRunList>(`/api/v1/documents/${id}/checks?limit=1`);
  const [selection, setSelection] = useState<Selection | null>(null);
  const reviewChanged = () => {
    doc.reload();
    review.reload();
    history.reload();
    checks.reload();
  };
  useEvents(`/api/v1/documents/${id}/events`, (event) => {
    const type = event?.type ?? 'reset';
    if (type.startsWith('comment.')) return threads.reload();
    reviewChanged();
    if (type === 'document.updated' || type === 'reset') threads.reload();
  });
  useTitle(doc.data?.title);
  const { html, error } = useRenderedHtml(id, doc.data?.version);
  const headings = useMemo(() => (html ? headingsOf(html) : []), [html]);
  const article = useRef<HTMLDivElement>(null);
  const slots = useMarginSlots(article, html);
  const members = useApi<MemberList>(
    doc.data ? `/api/v1/workspaces/${encodeURIComponent(doc.data.workspace)}/members` : null,
  );
  const candidates = useMemo(
    () =>
      (members.data?.items ?? []).map((m) => ({
        username: m.username,
        displayName: m.displayName ?? '',
      })),
    [members.data],
  );

  useEffect(() => {
    if (!html || !article.current) return;
    if (html.includes('class="mermaid"')) {
      const root = article.current;
      void import('../components/render-mermaid').then((m) => m.renderMermaid(root));
    }
    if (location.hash)
      document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, [html, location.hash]);

  if (doc.error) return <ProblemMessage problem={doc.error} retry={doc.reload} />;
  if (!doc.data) return <p className="muted">Loading…</p>;
  const d = doc.data;
  const role = roleIn(d.workspace);
  const writable = canWrite(role);
  const fm = d.model.frontMatter;
  const placed = new Set(slots.map((s) => s.heading.id));
  const current = (threads.data?.items ?? []).filter((t) => !t.outdated);
  const marginProps = {
    documentId: d.id,
    headings,
    selection,
    me: me?.user.username ?? '',
    mayResolve: writable,
    onChanged: threads.reload,
  };
  return (
    <MembersContext.Provider value={candidates}>
      <article className="document-page">
        <header className="document-header">
          <div>
            <p className="muted small">
              <Link to={`/documents?workspace=${d.workspace}`}>{d.workspace}</Link>
              {d.path ? ` · ${d.path}` : ''}
            </p>
            <h1>{d.title}</h1>
            <dl className="metadata">
              <div>
                <dt>Status</dt>
                <dd>
                  <StatusBadge status={d.status} />
                </dd>
              </div>
              {fm.authors && fm.authors.length > 0 && (
                <div>
                  <dt>Authors</dt>
                  <dd>{fm.authors.join(', ')}</dd>
                </div>
              )}
              {fm.reviewers && fm.reviewers.length > 0 && (
                <div>
                  <dt>Reviewers</dt>
                  <dd>{fm.reviewers.join(', ')}</dd>
                </div>
              )}
              <div>
                <dt>Template</dt>
                <dd>{d.template}</dd>
              </div>
              <div>
                <dt>Version</dt>
                <dd>
                  {d.version}, <RelativeTime iso={d.updatedAt} />
                </dd>
              </div>
              <div>
                <dt>Lint</dt>
                <dd>
                  <LintCounts errors={d.errorCount} warnings={d.warningCount} />
                </dd>
              </div>
              {fm.tags && fm.tags.length > 0 && (
                <div>
                  <dt>Tags</dt>
                  <dd>{fm.tags.join(', ')}</dd>
                </div>
              )}
            </dl>
          </div>
          {writable && (
            <Link className="button primary" to={`/documents/${d.id}/edit`}>
              Edit
            </Link>
          )}
        </header>
        <div className="document-layout">
          <aside className="document-toc">
            <TableOfContents headings={headings} unresolved={threads.data?.sections} />
          </aside>
          {/* biome-ignore lint/a11y/noStaticElementInteractions: reads the selection for a comment's quote; keyboard selection is read on keyup */}
          <div
            className="document-body"
            onMouseUp={() => article.current && setSelection(selectionIn(article.current))}
            onKeyUp={() => article.current && setSelection(selectionIn(article.current))}
          >
            {error && <ProblemMessage problem={error} />}
            {html === null && !error && <p className="muted">Rendering…</p>}
            {html !== null && <SafeHtml ref={article} html={html} className="rendered" />}
            {slots.map((slot) => (
              <SectionMargin
                key={slot.heading.id}
                slot={slot}
                threads={current.filter((t) => t.section.anchor === slot.heading.id)}
                unresolved={threads.data?.sections[slot.heading.id] ?? 0}
                {...marginProps}
              />
            ))}
          </div>
          <aside className="document-side">
            <ReviewPanel doc={d} review={review} role={role} onChanged={reviewChanged} />
            <CheckRunsPanel checks={checks} />
            <CommentsPanel
              documentId={d.id}
              threads={threads}
              headings={headings}
              placed={placed}
              selection={selection}
              me={me?.user.username ?? ''}
              mayResolve={writable}
            />
            <StatusTimeline history={history} />
            <DiagnosticsPanel
              diagnostics={d.diagnostics}
              editUrl={writable ? `/documents/${d.id}/edit` : null}
            />
            <VersionHistory id={d.id} head={d.version} />
          </aside>
        </div>
      </article>
    </MembersContext.Provider>
  );
}
