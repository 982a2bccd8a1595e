/**
 * Every event designdoc tells webhooks and live streams about, in one list: webhooks subscribe
 * to these names, and docs/webhooks.md describes each one's `changes`.
 */
export const EVENT_TYPES = [
  'document.created',
  'document.updated',
  'document.archived',
  'document.restored',
  'document.status-changed',
  'review.requested',
  'review.approved',
  'review.changes-requested',
  'comment.created',
  'comment.resolved',
  'question.resolved',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

/** What an event says, as webhooks receive it (the native format) and live streams send it. */
export interface EventPayload {
  /** Unique per event: receivers use it as an idempotency key. */
  id: string;
  type: EventType;
  /** When the change committed, ISO 8601 UTC. */
  time: string;
  workspace: { id: string; slug: string };
  document: {
    id: string;
    title: string;
    status: string;
    version: number;
    /** The document in the API. */
    url: string;
    /** The document in the web app. */
    webUrl: string;
  } | null;
  /** Who made the change; null when designdoc did (an edit sent an approved document back to review). */
  actor: { id: string; username: string } | null;
  /** What changed; its fields depend on the type (docs/webhooks.md). */
  changes: Record<string, unknown>;
}

/** An event as stored in the outbox. */
export interface StoredEvent {
  /** Commit order, for resuming a stream (`Last-Event-ID`). */
  seq: number;
  workspaceId: string;
  documentId: string | null;
  /** Whether the document was confidential: only readers it allows (and webhooks that opt in) get it. */
  restricted: boolean;
  payload: EventPayload;
}
