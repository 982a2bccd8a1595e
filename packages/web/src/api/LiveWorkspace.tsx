import { type LiveEvent, useEvents } from './use-events';

/**
 * Follows one workspace's live events for a list screen (a component, so that a screen can
 * follow each of the caller's workspaces). Renders nothing.
 */
export function LiveWorkspace({
  workspace,
  onEvent,
}: {
  workspace: string;
  onEvent: (event: LiveEvent | null) => void;
}) {
  useEvents(`/api/v1/workspaces/${encodeURIComponent(workspace)}/events`, onEvent);
  return null;
}
