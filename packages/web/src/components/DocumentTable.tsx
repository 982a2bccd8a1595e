import { type KeyboardEvent, useRef } from 'react';
import { Link } from 'react-router';
import type { DocumentSummary } from '../api/types';
import { RelativeTime } from './RelativeTime';
import { LintCounts, StatusBadge } from './StatusBadge';

/**
 * Documents as a table: title, status, template, workspace, updated, lint counts. Up and Down
 * (or j and k) move between rows' links, Home and End to the first and last.
 */
export function DocumentTable({
  documents,
  caption,
}: {
  documents: DocumentSummary[];
  caption: string;
}) {
  const body = useRef<HTMLTableSectionElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const links = [...(body.current?.querySelectorAll<HTMLAnchorElement>('a.row-link') ?? [])];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      j: at + 1,
      ArrowUp: at - 1,
      k: at - 1,
      Home: 0,
      End: links.length - 1,
    };
    const to = moves[event.key];
    if (to === undefined || links.length === 0) return;
    event.preventDefault();
    links[Math.max(0, Math.min(links.length - 1, to))]?.focus();
  };
  return (
    <table className="documents">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Status</th>
          <th scope="col" className="wide-only">
            Template
          </th>
          <th scope="col" className="wide-only">
            Workspace
          </th>
          <th scope="col">Updated</th>
          <th scope="col">Lint</th>
        </tr>
      </thead>
      <tbody ref={body} onKeyDown={onKeyDown}>
        {documents.map((d) => (
          <tr key={d.id}>
            <th scope="row">
              <Link className="row-link" to={`/documents/${d.id}`}>
                {d.title}
              </Link>
              {d.path && <div className="muted small">{d.path}</div>}
            </th>
            <td>
              <StatusBadge status={d.status} />
            </td>
            <td className="wide-only">{d.template}</td>
            <td className="wide-only">{d.workspace}</td>
            <td>
              <RelativeTime iso={d.updatedAt} />
            </td>
            <td>
              <LintCounts errors={d.errorCount} warnings={d.warningCount} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
