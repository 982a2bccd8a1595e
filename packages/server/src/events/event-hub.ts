import type { StoredEvent } from './event-types.js';

/**
 * Where committed events are announced inside a process: live streams and the webhook
 * dispatcher listen. The outbox table stays the record; the hub only says "there is news", so
 * a listener that misses something can read the outbox again.
 */
export interface EventHub {
  publish(events: StoredEvent[]): void;
  /** Hear every event published from now on; returns how to stop. */
  subscribe(listener: (event: StoredEvent) => void): () => void;
  close(): Promise<void>;
}

/** The hub of the embedded default: one process, so listeners are called directly. */
export function createLocalEventHub(): EventHub {
  const listeners = new Set<(event: StoredEvent) => void>();
  return {
    publish(events) {
      for (const event of events) for (const listener of listeners) listener(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
    },
  };
}
