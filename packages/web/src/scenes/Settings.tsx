import { Link, useNavigate, useParams } from 'react-router';
import type { WorkspaceList } from '../api/types';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';
import { useTitle } from '../components/use-title';
import { useSession } from '../session/session';
import { ApiKeysPanel } from '../settings/ApiKeysPanel';
import { MembersPanel } from '../settings/MembersPanel';
import { ReviewPolicyPanel } from '../settings/ReviewPolicyPanel';
import { TemplatesPanel } from '../settings/TemplatesPanel';
import { WebhooksPanel } from '../settings/WebhooksPanel';

/**
 * Settings: your API keys, and for a workspace its members and roles, its templates, its review
 * policy and (for workspace admins) its webhooks.
 */
export default function Settings() {
  useTitle('Settings');
  const { ws } = useParams();
  const navigate = useNavigate();
  const { roleIn } = useSession();
  const workspaces = useApi<WorkspaceList>('/api/v1/workspaces');
  const items = workspaces.data?.items ?? [];
  const current = items.find((w) => w.slug === ws) ?? items[0];
  const admin = current ? roleIn(current.slug) === 'admin' : false;
  return (
    <>
      <h1>Settings</h1>
      <ApiKeysPanel />
      {workspaces.error && <ProblemMessage problem={workspaces.error} />}
      {current && (
        <>
          <div className="workspace-picker">
            <h2 className="workspace-title">Workspace {current.name}</h2>
            {items.length > 1 && (
              <label>
                Workspace
                <select
                  value={current.slug}
                  onChange={(e) => navigate(`/settings/${e.target.value}`)}
                >
                  {items.map((w) => (
                    <option key={w.slug} value={w.slug}>
                      {w.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <Link to={`/documents?workspace=${current.slug}`}>Its documents</Link>
          </div>
          {!admin && (
            <p className="muted small">
              You are {roleIn(current.slug) ?? 'not a member'} here: workspace admins change members
              templates, the review policy and webhooks.
            </p>
          )}
          <MembersPanel workspace={current} admin={admin} />
          <TemplatesPanel workspace={current} admin={admin} onChanged={workspaces.reload} />
          <ReviewPolicyPanel workspace={current} admin={admin} />
          {admin && <WebhooksPanel workspace={current} />}
        </>
      )}
    </>
  );
}
