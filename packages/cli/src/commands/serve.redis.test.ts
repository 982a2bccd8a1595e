import { afterEach, describe, expect, it } from 'vitest';
import { usePostgresDatabases } from '../../../../test/postgres-databases.js';
import { openEventStream, type SseConnection } from '../../../../test/sse-client.js';
import { ADMIN_HEADERS, useServers } from '../../../../test/start-server.js';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { runBin } from '../../test/run-cli.js';

const tempDir = useTempDirs();
const startServer = useServers();
// A Redis database number of its own: live events go on a channel named after it.
const REDIS_URL = process.env.DESIGNDOC_TEST_REDIS_SERVE_URL ?? 'redis://127.0.0.1:6379/12';
const newDatabase = usePostgresDatabases();
const streams: SseConnection[] = [];

afterEach(async () => {
  for (const stream of streams.splice(0)) stream.close();
});

describe('designdoc serve: two instances on one PostgreSQL and one Redis', () => {
  it('brings a change made through one instance to a live stream of the other', async () => {
    const databaseUrl = await newDatabase();
    const env = {
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      DESIGNDOC_DATA_DIR: tempDir().path,
      LINT_THREADS: '0',
    };
    expect(runBin(['migrate'], { cwd: tempDir().path, env }).code).toBe(0);
    // One after the other: the first run imports the demo workspace.
    const one = await startServer(env);
    const two = await startServer({ ...env, DESIGNDOC_DATA_DIR: tempDir().path });
    expect(one.url).not.toBe(two.url);

    const workspace = await openEventStream(
      `${two.url}api/v1/workspaces/demo/events`,
      ADMIN_HEADERS,
    );
    streams.push(workspace);
    expect(workspace.status, workspace.text).toBe(200);
    await workspace.waitFor((e) => e.event === 'ready');

    const response = await fetch(`${one.url}api/v1/workspaces/demo/documents?path=live.md`, {
      method: 'POST',
      headers: { ...ADMIN_HEADERS, 'content-type': 'text/markdown' },
      body: '# Made on one\n\n## Overview\n\nSeen on two.\n',
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const document = await openEventStream(
      `${two.url}api/v1/documents/${id}/events`,
      ADMIN_HEADERS,
    );
    streams.push(document);
    await document.waitFor((e) => e.event === 'ready');

    const createdEvent = await workspace.waitFor((e) => e.event === 'document.created');
    expect(JSON.parse(createdEvent.data)).toMatchObject({
      type: 'document.created',
      workspace: { slug: 'demo' },
      document: { id, title: 'Made on one', version: 1 },
      actor: { username: 'admin' },
    });

    const archived = await fetch(`${one.url}api/v1/documents/${id}`, {
      method: 'DELETE',
      headers: ADMIN_HEADERS,
    });
    expect(archived.status).toBe(204);
    await document.waitFor((e) => e.event === 'document.archived');
    await workspace.waitFor((e) => e.event === 'document.archived');
    expect(workspace.events.filter((e) => e.event === 'document.created')).toHaveLength(1);

    // Stopping an instance ends its streams rather than waiting for them (clients reconnect).
    const stoppedAt = Date.now();
    two.child.kill('SIGTERM');
    expect(await new Promise((resolve) => two.child.on('exit', resolve))).toBe(0);
    await workspace.ended;
    expect(Date.now() - stoppedAt).toBeLessThan(5000);
  }, 60_000);
});
