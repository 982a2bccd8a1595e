import type { Workspace } from '../api/types';

/** A list filter's workspace: "All", or one of the workspaces the caller belongs to. */
export function WorkspaceSelect({
  value,
  workspaces,
  onChange,
}: {
  value: string;
  workspaces: Workspace[] | undefined;
  onChange: (slug: string) => void;
}) {
  return (
    <label>
      Workspace
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">All</option>
        {workspaces?.map((w) => (
          <option key={w.slug} value={w.slug}>
            {w.name}
          </option>
        ))}
      </select>
    </label>
  );
}
