import { type TemplateSpec, templateSkeleton } from '@designdoc/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiProblem, api } from '../api/client';
import type { DocumentSummary, TemplateListing, WorkspaceList } from '../api/types';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';
import { useTitle } from '../components/use-title';
import { canWrite, useSession } from '../session/session';

/** Today as YYYY-MM-DD in the user's own time zone (what `created` means to them). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * A new document: a workspace the user may write in, a template and a title give a document
 * with every section of the template and its placeholders, which opens in the editor.
 */
export default function NewDocument() {
  useTitle('New document');
  const { me, roleIn } = useSession();
  const navigate = useNavigate();
  const workspaces = useApi<WorkspaceList>('/api/v1/workspaces');
  const writable = (workspaces.data?.items ?? []).filter((w) => canWrite(roleIn(w.slug)));
  const [workspace, setWorkspace] = useState('');
  const chosen = workspace || writable[0]?.slug || '';
  const templates = useApi<TemplateListing>(
    chosen ? `/api/v1/workspaces/${chosen}/templates` : null,
  );
  const [template, setTemplate] = useState('');
  useEffect(() => {
    if (templates.data) setTemplate(templates.data.default);
  }, [templates.data]);
  const [error, setError] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const title = String(new FormData(event.currentTarget).get('title')).trim();
    setBusy(true);
    setError(null);
    try {
      const spec = await api<TemplateSpec>(
        `/api/v1/workspaces/${chosen}/templates/${encodeURIComponent(template)}`,
      );
      const markdown = templateSkeleton(spec, {
        title,
        authors: [me?.user.displayName ?? me?.user.username ?? ''],
        date: today(),
      });
      const created = await api<DocumentSummary>(`/api/v1/workspaces/${chosen}/documents`, {
        method: 'POST',
        body: { markdown, template },
      });
      navigate(`/documents/${created.id}/edit`);
    } catch (failure) {
      if (failure instanceof ApiProblem) setError(failure);
      setBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1>New document</h1>
      {workspaces.error && <ProblemMessage problem={workspaces.error} />}
      {workspaces.data && writable.length === 0 && (
        <p className="notice">
          You cannot write in any workspace yet: ask a workspace admin to make you an author.
        </p>
      )}
      {writable.length > 0 && (
        <form onSubmit={submit} className="stacked">
          <label htmlFor="new-title">Title</label>
          <input id="new-title" name="title" required maxLength={200} />
          <label htmlFor="new-workspace">Workspace</label>
          <select id="new-workspace" value={chosen} onChange={(e) => setWorkspace(e.target.value)}>
            {writable.map((w) => (
              <option key={w.slug} value={w.slug}>
                {w.name}
              </option>
            ))}
          </select>
          <label htmlFor="new-template">Template</label>
          <select
            id="new-template"
            value={template}
            onChange={(e) => setTemplate(e.target.value)}
            disabled={!templates.data}
          >
            {templates.data?.items.map((t) => (
              <option key={t.name} value={t.name}>
                {t.title} ({t.name})
              </option>
            ))}
          </select>
          <p className="muted small">
            The document starts with every section of the template and a placeholder in each; the
            editor shows what is still to write.
          </p>
          {error && <ProblemMessage problem={error} />}
          <button type="submit" className="primary" disabled={busy || !template}>
            {busy ? 'Creating…' : 'Create and edit'}
          </button>
        </form>
      )}
    </section>
  );
}
