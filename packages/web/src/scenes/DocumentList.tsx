import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiProblem, api, query } from '../api/client';
import { LiveWorkspace } from '../api/LiveWorkspace';
import type { DocumentPage, WorkspaceList } from '../api/types';
import { useApi } from '../api/use-api';
import { DocumentTable } from '../components/DocumentTable';
import { ProblemMessage } from '../components/ProblemMessage';
import { StatusSelect } from '../components/StatusSelect';
import { useTitle } from '../components/use-title';
import { WorkspaceSelect } from '../components/WorkspaceSelect';
import { useSession } from '../session/session';

/** At most this many workspace streams per list (the server allows 20 streams per user). */
const MAX_LIVE_WORKSPACES = 5;

const SORTS = [
  { value: '-updated', label: 'Recently updated' },
  { value: 'updated', label: 'Least recently updated' },
  { value: 'title', label: 'Title A–Z' },
  { value: '-title', label: 'Title Z–A' },
];

const FILTERS = ['workspace', 'status', 'template', 'has_errors', 'sort'] as const;

/**
 * Every document the caller can read, filtered and sorted by what the URL says (so a filtered
 * list can be bookmarked and shared), 50 at a time with "Show more". The first page follows the
 * live events of the workspace shown (or of the caller's first workspaces).
 */
export function DocumentList() {
  useTitle('Documents');
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const { me } = useSession();
  const workspaces = useApi<WorkspaceList>('/api/v1/workspaces');
  const live = filters.workspace
    ? [filters.workspace]
    : (me?.memberships ?? []).slice(0, MAX_LIVE_WORKSPACES).map((m) => m.workspace);
  const path = `/api/v1/documents${query({ ...filters, limit: 50 })}`;
  const first = useApi<DocumentPage>(path);
  const [more, setMore] = useState<DocumentPage | null>(null);
  const [moreError, setMoreError] = useState<ApiProblem | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts a new list
  useEffect(() => setMore(null), [path]);

  const items = [...(first.data?.items ?? []), ...(more?.items ?? [])];
  const next = more ? more.next : (first.data?.next ?? null);
  const loadMore = async () => {
    if (!next) return;
    try {
      const page = await api<DocumentPage>(`${path}&cursor=${encodeURIComponent(next)}`);
      setMore((m) => ({ items: [...(m?.items ?? []), ...page.items], next: page.next }));
    } catch (error) {
      if (error instanceof ApiProblem) setMoreError(error);
    }
  };
  const set = (name: string, value: string) => {
    const updated = new URLSearchParams(params);
    if (value) updated.set(name, value);
    else updated.delete(name);
    setParams(updated, { replace: true });
  };

  return (
    <>
      <h1>Documents</h1>
      {live.map((ws) => (
        <LiveWorkspace key={ws} workspace={ws} onEvent={first.reload} />
      ))}
      <form className="filters" aria-label="Filter documents" onSubmit={(e) => e.preventDefault()}>
        <WorkspaceSelect
          value={filters.workspace}
          workspaces={workspaces.data?.items}
          onChange={(slug) => set('workspace', slug)}
        />
        <StatusSelect
          label="Status"
          value={filters.status}
          onChange={(status) => set('status', status)}
        />
        <label>
          Template
          <select value={filters.template} onChange={(e) => set('template', e.target.value)}>
            <option value="">Any</option>
            <option value="tdd">tdd</option>
            <option value="adr">adr</option>
            <option value="rfc">rfc</option>
          </select>
        </label>
        <label>
          Lint
          <select value={filters.has_errors} onChange={(e) => set('has_errors', e.target.value)}>
            <option value="">Any</option>
            <option value="true">With errors</option>
            <option value="false">Without errors</option>
          </select>
        </label>
        <label>
          Sort
          <select value={filters.sort || '-updated'} onChange={(e) => set('sort', e.target.value)}>
            {SORTS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </form>
      {first.error && <ProblemMessage problem={first.error} retry={first.reload} />}
      {first.loading && !first.data && <p className="muted">Loading…</p>}
      {first.data &&
        (items.length > 0 ? (
          <>
            <p className="muted small" aria-live="polite">
              {items.length} {items.length === 1 ? 'document' : 'documents'}
              {next ? ' shown; more below' : ''}. Use ↑ ↓ to move between them.
            </p>
            <DocumentTable documents={items} caption="Documents" />
          </>
        ) : (
          <p className="empty">No documents match these filters.</p>
        ))}
      {moreError && <ProblemMessage problem={moreError} />}
      {next && (
        <button type="button" onClick={() => void loadMore()}>
          Show more
        </button>
      )}
    </>
  );
}
