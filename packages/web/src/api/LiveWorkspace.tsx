import { useEffect, useRef } from 'react';
import { useSession } from '../session/session';
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

/** At most this many workspace streams per screen (the server allows 20 streams per user). */
export const MAX_LIVE_WORKSPACES = 5;

/**
 * Follows the workspace a screen is filtered to, or else the caller's first workspaces, and calls
 * `onChange` (at most once per 250 ms) when an event of one of `types` arrives, or when a
 * stream asks for everything to be read again (ready, reset). For the boards: they read their
 * list again, and the filters (in the URL) and the scroll position stay as they are.
 */
export function LiveWorkspaces({
  workspace,
  types,
  onChange,
}: {
  workspace: string;
  types: (type: string) => boolean;
  onChange: () => void;
}) {
  const { me } = useSession();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const onEvent = (event: LiveEvent | null) => {
    if (event && !types(event.type)) return;
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      changed.current();
    }, 250);
  };
  const live = workspace
    ? [workspace]
    : (me?.memberships ?? []).slice(0, MAX_LIVE_WORKSPACES).map((m) => m.workspace);
  return (
    <>
      {live.map((ws) => (
        <LiveWorkspace key={ws} workspace={ws} onEvent={onEvent} />
      ))}
    </>
  );
}
