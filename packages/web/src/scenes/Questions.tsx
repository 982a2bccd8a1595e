import { Link, useSearchParams } from 'react-router';
import { query } from '../api/client';
import { LiveWorkspaces } from '../api/LiveWorkspace';
import type { Question, QuestionPage, WorkspaceList } from '../api/types';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';
import { RelativeTime } from '../components/RelativeTime';
import { StatusBadge } from '../components/StatusBadge';
import { useTitle } from '../components/use-title';
import { WorkspaceSelect } from '../components/WorkspaceSelect';

const STATUSES = [
  { value: 'unresolved', label: 'Unresolved' },
  { value: 'open', label: 'Open' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'none', label: 'Without a status' },
  { value: 'resolved', label: 'Resolved' },
];

/**
 * Open questions across every document, oldest first, each linking to its section; read again
 * when a document of the workspaces shown changes (live), keeping the filters and the scroll.
 */
export default function Questions() {
  useTitle('Questions');
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'unresolved';
  const workspace = params.get('workspace') ?? '';
  const age = params.get('older_than_days') ?? '';
  const workspaces = useApi<WorkspaceList>('/api/v1/workspaces');
  const questions = useApi<QuestionPage>(
    `/api/v1/questions${query({ status, workspace, older_than_days: age, limit: 200 })}`,
  );
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const byStatus = new Map<string, Question[]>();
  for (const q of questions.data?.items ?? []) {
    const key = q.status ?? 'No status';
    byStatus.set(key, [...(byStatus.get(key) ?? []), q]);
  }
  return (
    <>
      <h1>Questions</h1>
      <LiveWorkspaces
        workspace={workspace}
        types={(t) => t.startsWith('document.') || t === 'question.resolved'}
        onChange={questions.reload}
      />
      <form className="filters" aria-label="Filter questions" onSubmit={(e) => e.preventDefault()}>
        <label>
          Status
          <select value={status} onChange={(e) => set('status', e.target.value)}>
            {STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <WorkspaceSelect
          value={workspace}
          workspaces={workspaces.data?.items}
          onChange={(slug) => set('workspace', slug)}
        />
        <label>
          Open for at least
          <select value={age} onChange={(e) => set('older_than_days', e.target.value)}>
            <option value="">Any time</option>
            <option value="7">a week</option>
            <option value="30">a month</option>
            <option value="90">three months</option>
          </select>
        </label>
      </form>
      {questions.error && <ProblemMessage problem={questions.error} retry={questions.reload} />}
      {questions.data?.items.length === 0 && <p className="empty">No questions match.</p>}
      <div className="board">
        {[...byStatus].map(([column, items]) => (
          <section key={column} className="board-column" aria-labelledby={`column-${column}`}>
            <h2 id={`column-${column}`}>
              {column} <span className="muted small">{items.length}</span>
            </h2>
            <ul className="plain-list">
              {items.map((q) => (
                <li key={`${q.document.id}-${q.text}`} className="card">
                  <Link to={`/documents/${q.document.id}#${q.section}`}>{q.text}</Link>
                  {q.note && <p className="small">{q.note}</p>}
                  <p className="muted small">
                    {q.document.title} <StatusBadge status={q.document.status} /> · first seen{' '}
                    <RelativeTime iso={q.firstSeenAt} />
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
