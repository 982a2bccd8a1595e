import { type FormEvent, useState } from 'react';
import { ApiProblem, api } from '../api/client';
import type { MemberList, Role, Workspace } from '../api/types';
import { useApi } from '../api/use-api';
import { ProblemMessage } from '../components/ProblemMessage';
import { RelativeTime } from '../components/RelativeTime';

const ROLES: Role[] = ['viewer', 'author', 'reviewer', 'admin'];

/** The workspace's members and their roles; admins add people, change roles and remove them. */
export function MembersPanel({ workspace, admin }: { workspace: Workspace; admin: boolean }) {
  const members = useApi<MemberList>(`/api/v1/workspaces/${workspace.slug}/members`);
  const [error, setError] = useState<ApiProblem | null>(null);
  const change = async (username: string, role: Role | null) => {
    setError(null);
    try {
      await api(`/api/v1/workspaces/${workspace.slug}/members/${encodeURIComponent(username)}`, {
        method: role ? 'PUT' : 'DELETE',
        ...(role ? { body: { role } } : {}),
      });
      members.reload();
    } catch (failure) {
      if (failure instanceof ApiProblem) setError(failure);
    }
  };
  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    await change(String(data.get('username')).trim().toLowerCase(), data.get('role') as Role);
    form.reset();
  };
  return (
    <section className="panel" aria-labelledby="members-heading">
      <h3 id="members-heading">Members and roles</h3>
      {members.error && <ProblemMessage problem={members.error} />}
      <table>
        <caption className="visually-hidden">Members of {workspace.name}</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Role</th>
            <th scope="col">Since</th>
            {admin && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {members.data?.items.map((m) => (
            <tr key={m.username}>
              <th scope="row">
                {m.displayName || m.username} <span className="muted small">{m.username}</span>
              </th>
              <td>
                {admin ? (
                  <select
                    aria-label={`Role of ${m.username}`}
                    value={m.role}
                    onChange={(e) => void change(m.username, e.target.value as Role)}
                  >
                    {ROLES.map((r) => (
                      <option key={r}>{r}</option>
                    ))}
                  </select>
                ) : (
                  m.role
                )}
              </td>
              <td>
                <RelativeTime iso={m.since} />
              </td>
              {admin && (
                <td>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => void change(m.username, null)}
                  >
                    Remove<span className="visually-hidden"> {m.username}</span>
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {admin && (
        <form onSubmit={add} className="inline-form" aria-label="Add a member">
          <label>
            Username
            <input name="username" required autoComplete="off" />
          </label>
          <label>
            Role
            <select name="role" defaultValue="author">
              {ROLES.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
          <button type="submit">Add member</button>
        </form>
      )}
      {error && <ProblemMessage problem={error} />}
    </section>
  );
}
