import { useEffect, useRef } from 'react';
import { EVENT_TYPES, type EventType } from './review-types';

/** What a live event says (the payload webhooks receive too), as far as screens read it. */
export interface LiveEvent {
  id: string;
  type: EventType;
  document: { id: string; version: number; status: string } | null;
  actor: { username: string } | null;
}

/**
 * Follow a server-sent event stream (`/api/v1/documents/{id}/events` or
 * `/api/v1/workspaces/{ws}/events`) while the screen shows it. `onEvent` gets each event once
 * (a reconnect may replay some: they are dropped by id). `onEvent(null)` asks the screen to
 * read everything again: on `reset` (too many missed), and once when the stream first becomes
 * live, since a change committed between the screen's first read and that moment is in neither.
 * EventSource sends the session cookie and resumes with Last-Event-ID by itself.
 */
export function useEvents(path: string | null, onEvent: (event: LiveEvent | null) => void): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    if (path === null || typeof EventSource === 'undefined') return;
    const source = new EventSource(path);
    const seen = new Set<string>();
    const onMessage = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as LiveEvent;
      if (seen.has(event.id)) return;
      seen.add(event.id);
      handler.current(event);
    };
    for (const type of EVENT_TYPES) source.addEventListener(type, onMessage);
    source.addEventListener('reset', () => handler.current(null));
    let live = false;
    source.addEventListener('ready', () => {
      if (!live) handler.current(null);
      live = true;
    });
    return () => source.close();
  }, [path]);
}
