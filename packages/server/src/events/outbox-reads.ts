import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { StoredEvent } from './event-types.js';
import { eventFromRow } from './outbox.js';

/** Which events a reader wants: one workspace's, one document's, or all of them. */
export type EventScope =
  | { workspaceId: string }
  | { documentId: string }
  | { all: true; upTo?: number };

/**
 * Events after `seq` in commit order, at most `limit` of them: what a live stream resuming from
 * `Last-Event-ID` missed, or what a hub missed while Redis was away. Each scope reads one index
 * (`(workspace_id, seq)`, `(document_id, seq)` or the primary key), so the cost follows `limit`,
 * not the size of the outbox.
 */
export async function readEventsAfter(
  db: Kysely<Database>,
  scope: EventScope,
  seq: number,
  limit: number,
): Promise<StoredEvent[]> {
  let query = db.selectFrom('events').selectAll().where('seq', '>', seq);
  if ('workspaceId' in scope) query = query.where('workspace_id', '=', scope.workspaceId);
  else if ('documentId' in scope) query = query.where('document_id', '=', scope.documentId);
  else if (scope.upTo !== undefined) query = query.where('seq', '<=', scope.upTo);
  const rows = await query.orderBy('seq').limit(limit).execute();
  return rows.map(eventFromRow);
}

/** The newest event's seq (0 when there is none yet): where a new stream starts. */
export async function latestEventSeq(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}

/** Whether the outbox still holds the event with this seq (a resume point this server gave). */
export async function eventExists(db: Kysely<Database>, seq: number): Promise<boolean> {
  const row = await db.selectFrom('events').select('seq').where('seq', '=', seq).executeTakeFirst();
  return row !== undefined;
}
