import { Link, useSearchParams } from 'react-router';
import { query } from '../api/client';
import { LiveWorkspaces } from '../api/LiveWorkspace';
import type { DecisionPage, WorkspaceList } from '../api/types';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';
import { StatusBadge } from '../components/StatusBadge';
import { StatusSelect } from '../components/StatusSelect';
import { useTitle } from '../components/use-title';
import { WorkspaceSelect } from '../components/WorkspaceSelect';

/**
 * The decision log: every decision of every document, with its rationale and trade-offs; read
 * again when a document of the workspaces shown changes (live), keeping the filters and scroll.
 */
export default function Decisions() {
  useTitle('Decisions');
  const [params, setParams] = useSearchParams();
  const workspace = params.get('workspace') ?? '';
  const documentStatus = params.get('document_status') ?? '';
  const workspaces = useApi<WorkspaceList>('/api/v1/workspaces');
  const decisions = useApi<DecisionPage>(
    `/api/v1/decisions${query({ workspace, document_status: documentStatus, limit: 200 })}`,
  );
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return (
    <>
      <h1>Decision log</h1>
      <LiveWorkspaces
        workspace={workspace}
        types={(t) => t.startsWith('document.')}
        onChange={decisions.reload}
      />
      <form className="filters" aria-label="Filter decisions" onSubmit={(e) => e.preventDefault()}>
        <WorkspaceSelect
          value={workspace}
          workspaces={workspaces.data?.items}
          onChange={(slug) => set('workspace', slug)}
        />
        <StatusSelect
          label="Document status"
          value={documentStatus}
          onChange={(status) => set('document_status', status)}
        />
      </form>
      {decisions.error && <ProblemMessage problem={decisions.error} retry={decisions.reload} />}
      {decisions.data?.items.length === 0 && <p className="empty">No decisions match.</p>}
      {decisions.data && decisions.data.items.length > 0 && (
        <table className="decisions">
          <caption className="visually-hidden">Decisions</caption>
          <thead>
            <tr>
              <th scope="col">Decision</th>
              <th scope="col">Rationale</th>
              <th scope="col" className="wide-only">
                Trade-offs
              </th>
              <th scope="col">Document</th>
            </tr>
          </thead>
          <tbody>
            {decisions.data.items.map((d, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a document may repeat a decision's text
              <tr key={`${d.document.id}-${i}`}>
                <th scope="row">
                  <Link to={`/documents/${d.document.id}#${d.section}`}>{d.decision}</Link>
                </th>
                <td>{d.rationale}</td>
                <td className="wide-only">{d.tradeOffs}</td>
                <td>
                  {d.document.title} <StatusBadge status={d.document.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
