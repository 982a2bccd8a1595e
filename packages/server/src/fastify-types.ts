import type {} from '@fastify/swagger';
import type { Kysely } from 'kysely';
import type { ServerConfig } from './config.js';
import type { Engine } from './db/connect.js';
import type { Database } from './db/database.js';
import type { DocumentPreparer } from './documents/document-preparer.js';
import type { EventHub } from './events/event-hub.js';
import type { Access } from './identity/policy.js';
import type { WebhookJobs } from './jobs/webhook-jobs.js';
import type { Metrics } from './metrics.js';
import type { SecretBox } from './secrets/secret-box.js';

/** A route of the app and the access it declares. */
export interface RouteEntry {
  method: string;
  url: string;
  access: Access | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The typed query builder over the server's database. */
    db: Kysely<Database>;
    engine: Engine;
    config: ServerConfig;
    metrics: Metrics;
    /** Every route the app serves, with the access it declares (filled as routes register). */
    routeTable: RouteEntry[];
    /** Parse and lint for saves, on the worker threads `config.lintThreads` sets. */
    preparer: DocumentPreparer;
    /** Where committed events are announced (live streams and the webhook dispatcher listen). */
    eventHub: EventHub;
    /** Seals and opens stored secrets (webhook signing secrets) with the instance's key. */
    secretBox: () => SecretBox;
    /** Webhook delivery (in process, or on BullMQ with Redis). */
    webhookJobs: WebhookJobs;
    /** Whether `close()` has begun: /readyz then answers 503 (plugins/graceful-close.ts). */
    readonly draining: boolean;
    /** Aborted `config.shutdownTimeoutMs` after `close()` began: what still runs is cut. */
    closeDeadline: AbortSignal;
  }
}
