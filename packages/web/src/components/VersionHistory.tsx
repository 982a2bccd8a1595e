import { useEffect, useState } from 'react';
import { query } from '../api/client';
import type { VersionDiff, VersionList, VersionSummary } from '../api/types';
import { useApi } from '../api/use-api';
import { ProblemMessage } from './ProblemMessage';
import { RelativeTime } from './RelativeTime';

/** One line of a unified diff, classified for colour (and a prefix that says it without colour). */
function lineClass(line: string): string {
  if (line.startsWith('@@')) return 'hunk';
  if (line.startsWith('+++') || line.startsWith('---')) return 'file';
  if (line.startsWith('+')) return 'added';
  if (line.startsWith('-')) return 'removed';
  return 'context';
}

/** A unified diff of two versions, line by line, with the sections it touched. */
function DiffView({ diff }: { diff: VersionDiff }) {
  const { added, removed, changed } = diff.sections;
  const lines = diff.unified.split('\n').filter((line) => !/^(?:Index:|=+$)/.test(line));
  return (
    <div className="diff">
      <p className="small">
        Version {diff.from} → {diff.to}:{' '}
        {[
          added.length > 0 && `added ${added.join(', ')}`,
          removed.length > 0 && `removed ${removed.join(', ')}`,
          changed.length > 0 && `changed ${changed.join(', ')}`,
        ]
          .filter(Boolean)
          .join('; ') || 'no section changed'}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable) */}
      <pre tabIndex={0}>
        {lines.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: diff lines have no identity
          <span key={i} className={`diff-line ${lineClass(line)}`}>
            {line || ' '}
            {'\n'}
          </span>
        ))}
      </pre>
    </div>
  );
}

/** The document's versions, newest first, and a diff between any two of them. */
export function VersionHistory({ id, head }: { id: string; head: number }) {
  const versions = useApi<VersionList>(`/api/v1/documents/${id}/versions`);
  const [from, setFrom] = useState(Math.max(1, head - 1));
  const [to, setTo] = useState(head);
  useEffect(() => {
    setFrom(Math.max(1, head - 1));
    setTo(head);
  }, [head]);
  const diff = useApi<VersionDiff>(
    from !== to ? `/api/v1/documents/${id}/diff${query({ from, to })}` : null,
  );
  const items = versions.data?.items ?? [];
  const option = (v: VersionSummary) => (
    <option key={v.number} value={v.number}>
      {v.number} · {new Date(v.createdAt).toLocaleString()}
    </option>
  );
  return (
    <section aria-labelledby="history-heading" className="panel history">
      <h2 id="history-heading">History</h2>
      {versions.error && <ProblemMessage problem={versions.error} retry={versions.reload} />}
      <ol className="plain-list versions">
        {items.slice(0, 8).map((v) => (
          <li key={v.number}>
            Version {v.number} <span className="muted small">saved </span>
            <RelativeTime iso={v.createdAt} />
          </li>
        ))}
      </ol>
      {items.length > 1 && (
        <>
          <div className="compare">
            <label>
              Compare
              <select value={from} onChange={(e) => setFrom(Number(e.target.value))}>
                {items.map(option)}
              </select>
            </label>
            <label>
              with
              <select value={to} onChange={(e) => setTo(Number(e.target.value))}>
                {items.map(option)}
              </select>
            </label>
          </div>
          {from === to && <p className="muted small">Choose two different versions.</p>}
          {diff.error && <ProblemMessage problem={diff.error} />}
          {diff.data && <DiffView diff={diff.data} />}
        </>
      )}
    </section>
  );
}
