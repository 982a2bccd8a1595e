import { randomUUID } from 'node:crypto';
import { trace } from '@opentelemetry/api';
import type { Kysely, Selectable } from 'kysely';
import type { Database, EventsTable } from '../db/database.js';
import type { EventHub } from './event-hub.js';
import type { EventPayload, EventType, StoredEvent } from './event-types.js';

/** What a change tells about itself; the outbox adds the id and time. */
export interface EventInput {
  type: EventType;
  workspace: { id: string; slug: string };
  document?: {
    id: string;
    title: string;
    status: string;
    head_version: number;
    restricted: number;
  } | null;
  actor: { id: string; username: string } | null;
  changes?: Record<string, unknown>;
}

/**
 * Events recorded inside a transaction and published once it has committed: the outbox row
 * commits with the change (so no event is ever lost, whatever happens after), and live listeners
 * hear of it only when it is really there.
 */
export class PendingEvents {
  private readonly recorded: StoredEvent[] = [];

  constructor(private readonly publicUrl: string) {}

  /** Append an event to the outbox in `trx` (the change's own transaction). */
  async record(trx: Kysely<Database>, input: EventInput): Promise<StoredEvent> {
    const document = input.document ?? null;
    const payload: EventPayload = {
      id: randomUUID(),
      type: input.type,
      time: new Date().toISOString(),
      workspace: input.workspace,
      document: document && {
        id: document.id,
        title: document.title,
        status: document.status,
        version: document.head_version,
        url: new URL(`/api/v1/documents/${document.id}`, this.publicUrl).href,
        webUrl: new URL(`/documents/${document.id}`, this.publicUrl).href,
      },
      actor: input.actor,
      changes: input.changes ?? {},
    };
    const row = await trx
      .insertInto('events')
      .values({
        id: payload.id,
        type: payload.type,
        workspace_id: input.workspace.id,
        document_id: document?.id ?? null,
        restricted: document?.restricted ? 1 : 0,
        payload: JSON.stringify(payload),
        created_at: payload.time,
        dispatched_at: null,
      })
      .returning('seq')
      .executeTakeFirstOrThrow();
    const event: StoredEvent = {
      seq: Number(row.seq),
      workspaceId: input.workspace.id,
      documentId: document?.id ?? null,
      restricted: Boolean(document?.restricted),
      payload,
    };
    this.recorded.push(event);
    // When tracing: what ties the request's trace to the relay's and the deliveries' (their ids).
    trace.getActiveSpan()?.addEvent('outbox event', {
      'designdoc.event.id': payload.id,
      'designdoc.event.type': payload.type,
    });
    return event;
  }

  /** Tell live listeners (SSE streams, the webhook dispatcher); call after the commit. */
  publish(hub: EventHub): void {
    if (this.recorded.length > 0) hub.publish(this.recorded.splice(0));
  }
}

/** A stored event back from its row. */
export function eventFromRow(row: Selectable<EventsTable>): StoredEvent {
  return {
    seq: Number(row.seq),
    workspaceId: row.workspace_id,
    documentId: row.document_id,
    restricted: row.restricted === 1,
    payload: JSON.parse(row.payload) as EventPayload,
  };
}
