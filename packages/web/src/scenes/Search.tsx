import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { query } from '../api/client';
import type { SearchResults } from '../api/types';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';
import { SafeHtml } from '../components/SafeHtml';
import { StatusBadge } from '../components/StatusBadge';
import { useTitle } from '../components/use-title';

/** What the user typed, once they pause for a moment (a request per pause, not per key). */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Results as the user types in the header's search box (`/` focuses it): best first, with the
 * matching words highlighted in each snippet.
 */
export default function Search() {
  const [params] = useSearchParams();
  const typed = params.get('q') ?? '';
  const q = useSettled(typed.trim(), 120);
  useTitle(q ? `Search: ${q}` : 'Search');
  const searchable = /[\p{L}\p{N}]/u.test(q);
  const results = useApi<SearchResults>(
    searchable ? `/api/v1/search${query({ q, limit: 30 })}` : null,
  );
  return (
    <>
      <h1>Search</h1>
      {!searchable && (
        <p className="muted">
          Type in the search box above (press <kbd>/</kbd> to get there): titles and text of every
          document you can read.
        </p>
      )}
      {results.error && <ProblemMessage problem={results.error} />}
      {searchable && results.data && (
        <p className="muted small" role="status">
          {results.data.items.length === 0
            ? `Nothing matches “${q}”.`
            : `${results.data.items.length}${results.data.nextOffset ? '+' : ''} results for “${q}”`}
        </p>
      )}
      <ol className="plain-list search-results">
        {searchable &&
          results.data?.items.map((hit) => (
            <li key={hit.id} className="card">
              <Link to={`/documents/${hit.id}`} className="result-title">
                {hit.title}
              </Link>{' '}
              <StatusBadge status={hit.status} />{' '}
              <span className="muted small">{hit.workspace}</span>
              <SafeHtml html={hit.snippet} className="snippet" />
            </li>
          ))}
      </ol>
    </>
  );
}
