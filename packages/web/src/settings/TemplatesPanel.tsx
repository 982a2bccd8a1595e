import { type FormEvent, useState } from 'react';
import { ApiProblem, api } from '../api/client';
import type { TemplateListing, Workspace } from '../api/types';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';

/** A problem's per-field errors (an invalid template spec has one per bad pointer). */
function problemLines(problem: ApiProblem): string[] {
  const errors = problem.body.errors;
  return Array.isArray(errors)
    ? errors.map(
        (e: { pointer?: string; detail?: string }) => `${e.pointer ?? ''} ${e.detail ?? ''}`,
      )
    : [];
}

/**
 * The workspace's templates: the presets and its own. Admins upload a spec (YAML or JSON),
 * infer one from a blank Markdown template (in the browser, with the core's `inferTemplate`),
 * and choose the default that new documents use.
 */
export function TemplatesPanel({
  workspace,
  admin,
  onChanged,
}: {
  workspace: Workspace;
  admin: boolean;
  onChanged: () => void;
}) {
  const templates = useApi<TemplateListing>(`/api/v1/workspaces/${workspace.slug}/templates`);
  const [spec, setSpec] = useState('');
  const [error, setError] = useState<ApiProblem | null>(null);
  const [message, setMessage] = useState('');

  const setDefault = async (name: string) => {
    setError(null);
    try {
      await api(`/api/v1/workspaces/${workspace.slug}`, {
        method: 'PATCH',
        body: { defaultTemplate: name },
      });
      setMessage(`New documents in ${workspace.name} now use ${name}.`);
      templates.reload();
      onChanged();
    } catch (failure) {
      if (failure instanceof ApiProblem) setError(failure);
    }
  };
  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    if (/\.(?:md|markdown)$/i.test(file.name)) {
      const { inferTemplate, templateToYaml } = await import('@designdoc/core');
      const name = file.name
        .replace(/\.[^.]+$/, '')
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-');
      setSpec(templateToYaml(inferTemplate(text, { name })));
      setMessage(`Inferred a template from ${file.name}: check it, then save.`);
    } else setSpec(text);
  };
  const upload = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await api(`/api/v1/workspaces/${workspace.slug}/templates`, {
        method: 'POST',
        body: spec,
        contentType: spec.trimStart().startsWith('{') ? 'application/json' : 'application/yaml',
      });
      setSpec('');
      setMessage('Template saved.');
      templates.reload();
    } catch (failure) {
      if (failure instanceof ApiProblem) setError(failure);
    }
  };

  return (
    <section className="panel" aria-labelledby="templates-heading">
      <h3 id="templates-heading">Templates</h3>
      {templates.error && <ProblemMessage problem={templates.error} />}
      <ul className="plain-list">
        {templates.data?.items.map((t) => (
          <li key={t.name} className="template-row">
            <span>
              <strong>{t.title}</strong> <code>{t.name}</code>{' '}
              <span className="muted small">{t.source}</span>
            </span>
            {t.name === templates.data?.default ? (
              <span className="tag">default</span>
            ) : (
              admin && (
                <button type="button" className="link" onClick={() => void setDefault(t.name)}>
                  Make default<span className="visually-hidden"> ({t.name})</span>
                </button>
              )
            )}
          </li>
        ))}
      </ul>
      {message && (
        <p className="small" role="status">
          {message}
        </p>
      )}
      {admin && (
        <form onSubmit={upload} className="stacked" aria-label="Add a template">
          <label htmlFor="template-file">
            A template spec (YAML or JSON), or a blank Markdown template to infer one from
          </label>
          <input
            id="template-file"
            type="file"
            accept=".yaml,.yml,.json,.md,.markdown"
            onChange={(e) => void loadFile(e.target.files?.[0])}
          />
          <label htmlFor="template-spec">Spec</label>
          <textarea
            id="template-spec"
            rows={10}
            value={spec}
            onChange={(e) => setSpec(e.target.value)}
            spellCheck={false}
          />
          <button type="submit" disabled={!spec.trim()}>
            Save template
          </button>
        </form>
      )}
      {error && (
        <>
          <ProblemMessage problem={error} />
          <ul className="small">
            {problemLines(error).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
