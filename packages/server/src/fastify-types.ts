import type {} from '@fastify/swagger';
import type { Kysely } from 'kysely';
import type { ServerConfig } from './config.js';
import type { Engine } from './db/connect.js';
import type { Database } from './db/database.js';
import type { Metrics } from './metrics.js';
import type { DocumentPreparer } from './routes/documents/document-preparer.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The typed query builder over the server's database. */
    db: Kysely<Database>;
    engine: Engine;
    config: ServerConfig;
    metrics: Metrics;
    /** Parse and lint for saves, on the worker threads `config.lintThreads` sets. */
    preparer: DocumentPreparer;
  }
}
