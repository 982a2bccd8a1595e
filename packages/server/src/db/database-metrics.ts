import { statfs } from 'node:fs/promises';
import { Gauge, type Registry } from 'prom-client';
import type { DatabaseConnection } from './connect.js';

/**
 * Register what the alerts need to know about where the data lives, read when scraped. On
 * PostgreSQL, `designdoc_db_pool_connections{state}`: the pool's connections in all, the idle
 * ones, and the queries waiting for one (waiting for long means the pool of 10 is too small
 * for the load, or queries hold connections too long). In embedded mode (SQLite),
 * `designdoc_data_dir_free_ratio`: the share of the data directory's file system that is free
 * to the server's user (a full disk stops every save); absent while the directory cannot be read.
 */
export function registerDatabaseMetrics(
  registry: Registry,
  database: DatabaseConnection,
  dataDir: string,
): void {
  const pool = database.pool;
  if (pool)
    new Gauge({
      name: 'designdoc_db_pool_connections',
      help: 'PostgreSQL pool connections: total open, idle, and queries waiting for one',
      labelNames: ['state'],
      registers: [registry],
      collect(this: Gauge<'state'>) {
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
  if (database.engine === 'sqlite')
    new Gauge({
      name: 'designdoc_data_dir_free_ratio',
      help: 'Free share (0 to 1) of the file system holding DESIGNDOC_DATA_DIR, as available to the server',
      registers: [registry],
      async collect(this: Gauge) {
        try {
          const space = await statfs(dataDir);
          this.set(space.blocks > 0 ? space.bavail / space.blocks : 0);
        } catch {
          this.remove();
        }
      },
    });
}
