import { mkdtemp, rm, statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabaseFactory } from '../../../test/databases.js';
import { useTestApp } from '../../../test/test-app.js';
import { loadServerConfig } from '../../config.js';
import type { Database } from '../../db/database.js';

/** One sample's value on `/metrics` (`name{labels} value`), or undefined when it is absent. */
async function sample(app: FastifyInstance, series: string): Promise<number | undefined> {
  const response = await app.inject({ url: '/metrics' });
  expect(response.statusCode).toBe(200);
  const line = response.body.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function dispatchedAt(db: Kysely<Database>, id: string): Promise<string | null> {
  const row = await db
    .selectFrom('events')
    .select('dispatched_at')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.dispatched_at ?? null;
}

/** The metrics the alerts (deploy/prometheus/alerts.yaml) read that no other test covers. */
export function describeAlertMetrics(
  engine: 'SQLite' | 'PostgreSQL',
  factory: TestDatabaseFactory,
) {
  describe(`metrics for the alerts (${engine})`, () => {
    describe('outbox and sign-ins', () => {
      // No poll of the outbox during a test: the events it inserts stay undispatched.
      const webhooks = loadServerConfig({ WEBHOOK_POLL_MS: '600000' }, process.cwd()).webhooks;
      const current = useTestApp(factory, { webhooks });

      it('reports the age of the oldest undispatched outbox event, 0 when there is none', async () => {
        const { anonymous, connection } = current();
        const age = 'designdoc_outbox_oldest_undispatched_age_seconds';
        expect(await sample(anonymous, age)).toBe(0);
        const event = (id: string, minutesAgo: number) => ({
          id,
          type: 'document.updated',
          workspace_id: 'w',
          document_id: null,
          restricted: 0,
          payload: '{}',
          created_at: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
          dispatched_at: null,
        });
        // The relay's first round (when the app became ready) must be over before the test's
        // events go in, or it dispatches them: a first event, once it is dispatched, says so.
        await connection.db.insertInto('events').values(event('first', 0)).execute();
        anonymous.webhookJobs.wake();
        await expect
          .poll(() => dispatchedAt(connection.db, 'first'), { timeout: 10_000 })
          .not.toBeNull();
        await new Promise((resolve) => setTimeout(resolve, 300));
        await connection.db
          .insertInto('events')
          .values([event('old', 10), event('new', 1)])
          .execute();
        const tenMinutes = await sample(anonymous, age);
        expect(tenMinutes).toBeGreaterThanOrEqual(600);
        expect(tenMinutes).toBeLessThan(660);
        await connection.db
          .updateTable('events')
          .set({ dispatched_at: new Date().toISOString() })
          .where('id', '=', 'old')
          .execute();
        const oneMinute = await sample(anonymous, age);
        expect(oneMinute).toBeGreaterThanOrEqual(60);
        expect(oneMinute).toBeLessThan(120);
        await connection.db
          .updateTable('events')
          .set({ dispatched_at: new Date().toISOString() })
          .execute();
        expect(await sample(anonymous, age)).toBe(0);
      });

      it('counts failed password sign-ins by reason', async () => {
        const { anonymous, user } = current();
        await user('ada', { password: 'a long and unusual passphrase' });
        const statuses: number[] = [];
        while (!statuses.includes(429) && statuses.length < 30)
          statuses.push(
            (
              await anonymous.inject({
                method: 'POST',
                url: '/api/v1/auth/login',
                payload: { username: 'ada', password: 'wrong guess' },
              })
            ).statusCode,
          );
        const wrong = statuses.filter((status) => status === 401).length;
        expect(wrong).toBeGreaterThan(0);
        expect(statuses.at(-1)).toBe(429);
        const failures = 'designdoc_sign_in_failures_total';
        expect(await sample(anonymous, `${failures}{reason="invalid-credentials"}`)).toBe(wrong);
        expect(await sample(anonymous, `${failures}{reason="throttled"}`)).toBe(1);
      });
    });

    describe('rate limit', () => {
      const current = useTestApp(factory, { rateLimit: { max: 3, windowMs: 60_000 } });

      it('counts the requests the rate limit refuses', async () => {
        const { app, anonymous } = current();
        const statuses: number[] = [];
        for (let i = 0; i < 5; i++)
          statuses.push((await app.inject({ url: '/api/v1/me' })).statusCode);
        expect(statuses).toEqual([200, 200, 200, 429, 429]);
        // The anonymous scrape is another client (by address), still under its limit.
        expect(await sample(anonymous, 'designdoc_rate_limited_total')).toBe(2);
      });
    });

    if (engine === 'SQLite') {
      describe('data directory', () => {
        let dataDir = '';
        beforeAll(async () => {
          dataDir = await mkdtemp(join(tmpdir(), 'designdoc-metrics-'));
        });
        afterAll(() => rm(dataDir, { recursive: true, force: true }));
        // A getter: read when each test's app is built, after beforeAll has made the folder.
        const current = useTestApp(factory, {
          get dataDir() {
            return dataDir;
          },
        });

        it('reports the free share of the file system holding the data directory', async () => {
          const ratio = await sample(current().anonymous, 'designdoc_data_dir_free_ratio');
          const space = await statfs(dataDir);
          expect(ratio).toBeGreaterThan(0);
          expect(ratio).toBeLessThanOrEqual(1);
          expect(ratio).toBeCloseTo(space.bavail / space.blocks, 2);
        });
      });

      describe('data directory that cannot be read', () => {
        const current = useTestApp(factory, { dataDir: join(tmpdir(), 'designdoc-no-such-dir') });

        it('leaves the ratio out rather than report a false 0', async () => {
          const response = await current().anonymous.inject({ url: '/metrics' });
          expect(response.body).toContain('# TYPE designdoc_data_dir_free_ratio gauge');
          expect(response.body).not.toMatch(/^designdoc_data_dir_free_ratio /m);
        });
      });
    }

    describe('database down', () => {
      const current = useTestApp(factory);

      // What the DesigndocDown alert (`up == 0`) relies on to cover readiness as well.
      it('fails the scrape while the database does not answer', async () => {
        const { anonymous, connection } = current();
        expect((await anonymous.inject({ url: '/metrics' })).statusCode).toBe(200);
        await connection.db.destroy();
        const scrape = await anonymous.inject({ url: '/metrics' });
        expect(scrape.statusCode).toBe(500);
        expect(scrape.body).not.toContain('designdoc_documents');
      });
    });

    describe('database pool', () => {
      const current = useTestApp(factory);

      if (engine === 'SQLite')
        it('has no pool to report', async () => {
          const response = await current().anonymous.inject({ url: '/metrics' });
          expect(response.body).not.toContain('designdoc_db_pool_connections');
          expect(await sample(current().anonymous, 'designdoc_documents')).toBe(0);
        });
      else
        it('reports the pool: total, idle, and queries waiting for a connection', async () => {
          const { anonymous, connection } = current();
          const pool = (state: string) =>
            sample(anonymous, `designdoc_db_pool_connections{state="${state}"}`);
          expect(await pool('waiting')).toBe(0);
          expect(await pool('total')).toBeGreaterThanOrEqual(1);
          expect(await pool('idle')).toBeGreaterThanOrEqual(1);
          // Hold all 10 connections, and queue an eleventh query behind them.
          let release = () => {};
          const gate = new Promise<void>((resolve) => {
            release = resolve;
          });
          const holders = Array.from({ length: 10 }, () =>
            connection.db.connection().execute(() => gate),
          );
          const queued = sql`select 1`.execute(connection.db);
          try {
            const poll = { timeout: 10_000 };
            await expect.poll(() => connection.pool?.totalCount, poll).toBe(10);
            // The queued query, and whatever the app's own work queued meanwhile.
            await expect.poll(() => connection.pool?.waitingCount, poll).toBeGreaterThanOrEqual(1);
            // A scrape would wait for a connection too (the document count): read the registry.
            const text = await anonymous.metrics.registry.getSingleMetricAsString(
              'designdoc_db_pool_connections',
            );
            const value = (state: string) =>
              Number(new RegExp(`state="${state}"} (\\d+)`).exec(text)?.[1]);
            expect(value('waiting')).toBeGreaterThanOrEqual(1);
            expect(value('total')).toBe(10);
            expect(value('idle')).toBe(0);
          } finally {
            release();
            await Promise.all([...holders, queued]);
          }
          expect(await pool('waiting')).toBe(0);
        });
    });
  });
}
