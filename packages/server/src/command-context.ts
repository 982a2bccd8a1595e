import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { ServerConfig } from './config.js';
import type { Database } from './db/database.js';
import type { DocumentPreparer } from './documents/document-preparer.js';
import type { EventHub } from './events/event-hub.js';
import type { Caller } from './identity/policy.js';
import type { Metrics } from './metrics.js';

/**
 * What a domain command works with: the database, the workers that parse and lint, where
 * committed events are announced, and the metrics it counts into. The app (a FastifyInstance)
 * is one; commands need nothing else of HTTP.
 */
export interface DomainContext {
  db: Kysely<Database>;
  preparer: DocumentPreparer;
  eventHub: EventHub;
  metrics: Metrics;
  config: Pick<ServerConfig, 'publicUrl'>;
}

/** Who does it, and the request it came in (its address and id go to the audit log). */
export interface Acting {
  caller: Caller;
  request?: Pick<FastifyRequest, 'ip' | 'id'>;
}

/** The actor of an event: the signed-in caller. */
export function eventActor({ caller }: Acting): { id: string; username: string } {
  return { id: caller.userId, username: caller.username };
}
