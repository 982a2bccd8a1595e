import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { keysetPage } from '../db/keyset-page.js';

/** Which page of a hook's delivery log to read. */
export interface DeliveryFilters {
  /** Only deliveries in this state. */
  status?: string;
  limit: number;
  cursor?: string;
}

/** One page of a hook's deliveries, newest first, and the cursor of the next page. */
export function listDeliveries(db: Kysely<Database>, hookId: string, filters: DeliveryFilters) {
  let query = db.selectFrom('webhook_deliveries').selectAll().where('webhook_id', '=', hookId);
  if (filters.status) query = query.where('status', '=', filters.status);
  return keysetPage(query, {
    keys: [
      { by: 'created_at', slot: 'string' },
      { by: 'id', slot: 'string' },
    ],
    direction: 'desc',
    cursor: filters.cursor,
    limit: filters.limit,
    keyOf: (r) => [r.created_at, r.id],
  });
}

/** Every attempt at a delivery, first to last. */
export function listAttempts(db: Kysely<Database>, deliveryId: string) {
  return db
    .selectFrom('webhook_attempts')
    .selectAll()
    .where('delivery_id', '=', deliveryId)
    .orderBy('number')
    .execute();
}
