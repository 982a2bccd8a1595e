import type { ChildProcess } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_HEADERS, callAsAdmin as call, useServers } from '../../../test/start-server.js';
import { eventually, startReceiver, type WebhookReceiver } from '../../../test/webhook-receiver.js';
import {
  type EventStreamReader,
  type Exchange,
  KeptAliveClient,
  readEventStream,
} from './kept-alive-client.js';

/** Concurrent clients, each on its own kept-alive connection and its own document. */
const CLIENTS = 6;
/** SIGTERM once this many saves have succeeded (the outbox replays at most 1,000 events). */
const SAVES_BEFORE_STOP = 40;
const JSON_ADMIN = { ...ADMIN_HEADERS, 'content-type': 'application/json' };
/** Each test starts `designdoc serve` twice; on a busy 2-core machine a start takes up to 5 s. */
const SERVER_TEST_TIMEOUT_MS = 60_000;

interface Saved {
  id: string;
  version: number;
  marker: string;
}

/**
 * `designdoc serve` stopped by SIGTERM while it works, on the data `prepare` gives (the
 * environment naming an empty data folder, or a migrated PostgreSQL database).
 */
export function describeGracefulShutdown(
  engine: string,
  prepare: () => Promise<Record<string, string>>,
): void {
  const startServer = useServers();
  let receiver: WebhookReceiver;
  beforeEach(async () => {
    receiver = await startReceiver();
  });
  afterEach(() => receiver.close());

  describe(`designdoc serve stopped under load (${engine})`, () => {
    it(
      'answers every request it took, refuses only new connections, ends live streams, loses no save or event, and exits 0 in time',
      async () => {
        const boundMs = 3000;
        const env = {
          ...(await prepare()),
          SHUTDOWN_TIMEOUT_MS: String(boundMs),
          RATE_LIMIT_MAX: '1000000',
          WEBHOOK_POLL_MS: '100',
          WEBHOOK_ALLOW_PRIVATE: '127.0.0.1',
        };
        const server = await startServer(env, ['--no-demo']);
        await call(server.url, 'POST', '/api/v1/workspaces', { slug: 'load', name: 'Load' }, 201);
        const hook = await call(
          server.url,
          'POST',
          '/api/v1/workspaces/load/webhooks',
          { url: receiver.url, events: ['document.updated'] },
          201,
        );
        receiver.secret = hook.secret as string;
        const client = new KeptAliveClient(new URL(server.url), CLIENTS);
        const documents = await Promise.all(
          Array.from({ length: CLIENTS }, async (_, n) => {
            const created = await client.send('POST', '/api/v1/workspaces/load/documents', {
              headers: JSON_ADMIN,
              body: JSON.stringify({ markdown: markdown(`Service ${n}`, 'created') }),
            });
            if (created.kind !== 'response' || created.status !== 201)
              throw new Error(`create: ${JSON.stringify(created)}`);
            return {
              id: (JSON.parse(created.body) as { id: string }).id,
              etag: String(created.headers.etag),
            };
          }),
        );
        const stream = await readEventStream(
          new URL('/api/v1/workspaces/load/events', server.url),
          ADMIN_HEADERS,
        );
        await eventually(() => stream.events.some((e) => e.event === 'ready'), 'a live stream');

        const failures: string[] = [];
        const saved: Saved[] = [];
        let answered = 0;
        let answeredAfterSignal = 0;
        let refused = 0;
        let signalledAt = 0;
        const giveUpAt = () =>
          signalledAt ? signalledAt + boundMs + 5000 : Number.POSITIVE_INFINITY;
        const load = async (n: number) => {
          const document = documents[n] as { id: string; etag: string };
          for (let step = 0; Date.now() < giveUpAt(); step++) {
            const marker = `client ${n} step ${step}`;
            const started = Date.now();
            const [what, exchange]: [string, Exchange] =
              step % 3 === 0
                ? [
                    `PUT ${marker}`,
                    await client.send('PUT', `/api/v1/documents/${document.id}`, {
                      headers: {
                        ...ADMIN_HEADERS,
                        'content-type': 'text/markdown',
                        'if-match': document.etag,
                      },
                      body: markdown(`Service ${n}`, marker),
                    }),
                  ]
                : step % 3 === 1
                  ? [
                      `GET ${marker}`,
                      await client.send('GET', `/api/v1/documents/${document.id}`, {
                        headers: { ...ADMIN_HEADERS, 'if-none-match': document.etag },
                      }),
                    ]
                  : [
                      `LIST ${marker}`,
                      await client.send('GET', '/api/v1/documents?workspace=load&limit=10', {
                        headers: ADMIN_HEADERS,
                      }),
                    ];
            if (exchange.kind === 'refused') {
              refused++;
              return;
            }
            if (exchange.kind === 'failed') {
              failures.push(
                `${what}, sent ${started - signalledAt} ms after SIGTERM: ${exchange.error}`,
              );
              return;
            }
            if (!(exchange.status >= 200 && exchange.status < 300) && exchange.status !== 304) {
              failures.push(
                `${what}, sent ${started - signalledAt} ms after SIGTERM: ${exchange.status} ${exchange.body.slice(0, 300)}`,
              );
              return;
            }
            answered++;
            if (signalledAt && started >= signalledAt) answeredAfterSignal++;
            if (what.startsWith('PUT')) {
              document.etag = String(exchange.headers.etag);
              const { version } = JSON.parse(exchange.body) as { version: number };
              saved.push({ id: document.id, version, marker });
            }
          }
          failures.push(`client ${n} was never refused`);
        };
        const clients = Array.from({ length: CLIENTS }, (_, n) => load(n));
        await eventually(() => saved.length >= SAVES_BEFORE_STOP, 'saves under load', 15_000);
        const exited = exitOf(server.child);
        signalledAt = Date.now();
        server.child.kill('SIGTERM');
        await Promise.all(clients);
        const { code, afterMs } = await exited;
        client.close();

        expect(
          failures,
          `connections opened at ${client.connectedAt.map((t) => t - signalledAt).join(', ')} ms from SIGTERM`,
        ).toEqual([]);
        expect(code).toBe(0);
        expect(afterMs).toBeLessThan(boundMs);
        expect(refused).toBe(CLIENTS);
        expect(answered).toBeGreaterThan(SAVES_BEFORE_STOP * 2);
        expect(await stream.ended).toBe('clean');
        // Nothing the server logs at warn or above (LOG_LEVEL=warn): no cut request, no error.
        expect(server.output()).not.toMatch(/"level":(?:40|50|60)/);
        console.log(
          `${engine}: ${answered} answered (${answeredAfterSignal} sent after SIGTERM), ${saved.length} saves, ${refused} refused, ${client.resentOnClosedIdle} resent after an idle connection closed; exit 0 after ${afterMs} ms`,
        );

        // Restarted on the same data: every save that was answered 2xx is there, nothing else
        // was stored, and the outbox holds each save's event, which the webhook then delivers.
        const again = await startServer(env, ['--no-demo']);
        const reader = new KeptAliveClient(new URL(again.url), 4);
        for (const document of documents) {
          const ours = saved.filter((s) => s.id === document.id);
          const head = await reader.send('GET', `/api/v1/documents/${document.id}`, {
            headers: ADMIN_HEADERS,
          });
          expect(head.kind === 'response' && JSON.parse(head.body).version).toBe(1 + ours.length);
          for (const save of ours) {
            const version = await reader.send(
              'GET',
              `/api/v1/documents/${save.id}/versions/${save.version}`,
              { headers: ADMIN_HEADERS },
            );
            expect(version.kind === 'response' && JSON.parse(version.body).markdown).toBe(
              markdown(`Service ${documents.indexOf(document)}`, save.marker),
            );
          }
        }
        reader.close();
        const replay = await readEventStream(
          new URL('/api/v1/workspaces/load/events?lastEventId=0', again.url),
          ADMIN_HEADERS,
        );
        await eventually(() => replay.events.some((e) => e.event === 'ready'), 'the replay');
        const updates = updatesIn(replay);
        expect([...updates.keys()].sort()).toEqual(saved.map((s) => `${s.id}@${s.version}`).sort());
        await eventually(
          () => {
            const delivered = new Set(receiver.delivered().map((body) => body.id));
            return [...updates.values()].every((id) => delivered.has(id));
          },
          'every saved event delivered to the webhook',
          15_000,
        );
        const stopped = exitOf(again.child);
        again.child.kill('SIGTERM');
        expect((await stopped).code).toBe(0);
      },
      SERVER_TEST_TIMEOUT_MS,
    );

    it(
      'finishes the request in flight, cuts what still runs at SHUTDOWN_TIMEOUT_MS (a slow upload, a webhook attempt awaiting its answer) and exits soon after; restarted, it sends the webhook again at once',
      async () => {
        const boundMs = 1000;
        const env = {
          ...(await prepare()),
          SHUTDOWN_TIMEOUT_MS: String(boundMs),
          WEBHOOK_POLL_MS: '100',
          WEBHOOK_ALLOW_PRIVATE: '127.0.0.1',
        };
        const server = await startServer(env, ['--no-demo']);
        await call(server.url, 'POST', '/api/v1/workspaces', { slug: 'slow', name: 'Slow' }, 201);
        const hook = await call(
          server.url,
          'POST',
          '/api/v1/workspaces/slow/webhooks',
          { url: receiver.url, events: ['document.created'] },
          201,
        );
        receiver.secret = hook.secret as string;
        receiver.answers = ['no answer'];
        const created = await fetch(new URL('/api/v1/workspaces/slow/documents', server.url), {
          method: 'POST',
          headers: JSON_ADMIN,
          body: JSON.stringify({ markdown: markdown('Slow', 'created') }),
        });
        const { id } = (await created.json()) as { id: string };
        await eventually(() => receiver.received.length === 1, 'the first webhook attempt');
        const port = Number(new URL(server.url).port);
        const save = (length: number) =>
          openSave(port, id, String(created.headers.get('etag')), length);
        // One save has all but its last byte sent when SIGTERM comes; its client then keeps the
        // connection open, as a kept-alive client does. Another trickles a byte every 50 ms:
        // its 4 KB would take over 3 minutes.
        const body = markdown('Slow', 'the save in flight');
        const inFlight = save(Buffer.byteLength(body));
        inFlight.socket.write(body.slice(0, -1));
        const slow = save(4096);
        const trickle = setInterval(() => slow.socket.write('x'), 50);
        await new Promise((resolve) => setTimeout(resolve, 300));
        const exited = exitOf(server.child);
        const signalledAt = Date.now();
        server.child.kill('SIGTERM');
        await new Promise((resolve) => setTimeout(resolve, 200));
        inFlight.socket.write(body.slice(-1));
        const [inFlightClosedAt, slowCutAt] = await Promise.all([inFlight.closed, slow.closed]);
        clearInterval(trickle);
        const { code, afterMs } = await exited;

        expect(inFlight.received()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
        expect(inFlight.received()).toMatch(/\r\nconnection: close\r\n/i);
        expect(inFlightClosedAt - signalledAt).toBeLessThan(boundMs - 200);
        expect(slow.received()).toBe('');
        expect(slowCutAt - signalledAt).toBeGreaterThanOrEqual(boundMs - 50);
        expect(slowCutAt - signalledAt).toBeLessThan(boundMs + 500);
        // Not the 10 s WEBHOOK_TIMEOUT_MS the webhook attempt would have waited.
        expect(code).toBe(0);
        expect(afterMs).toBeLessThan(boundMs + 1500);
        expect(server.output()).toContain(
          'requests still running at SHUTDOWN_TIMEOUT_MS: closing their connections',
        );

        // The abandoned attempt is due again at once: not after the 40 s lease of one cut off
        // by a crash.
        const again = await startServer(env, ['--no-demo']);
        const restartedAt = Date.now();
        await eventually(() => receiver.received.length === 2, 'the attempt after the restart');
        expect(Date.now() - restartedAt).toBeLessThan(3000);
        const [cut, resent] = receiver.received;
        expect(resent?.headers['designdoc-attempt']).toBe('2');
        expect(resent?.headers['idempotency-key']).toBe(cut?.headers['idempotency-key']);
        const deliveries = `/api/v1/workspaces/slow/webhooks/${(hook.webhook as { id: string }).id}/deliveries`;
        const delivery = await eventually(async () => {
          const page = await call(again.url, 'GET', deliveries, undefined, 200);
          const [only] = page.items as { id: string; status: string }[];
          return only?.status === 'succeeded' && only;
        }, 'the delivery to succeed');
        const detail = await call(again.url, 'GET', `${deliveries}/${delivery.id}`, undefined, 200);
        expect(detail.attemptLog).toEqual([
          expect.objectContaining({
            number: 1,
            error:
              'Interrupted: the server stopped before the answer came (the receiver may have got it)',
            succeeded: false,
          }),
          expect.objectContaining({ number: 2, responseCode: 200, succeeded: true }),
        ]);
        const stopped = exitOf(again.child);
        again.child.kill('SIGTERM');
        expect((await stopped).code).toBe(0);
      },
      SERVER_TEST_TIMEOUT_MS,
    );
  });
}

/**
 * A save of document `id` on a connection of its own, its head sent and `length` body bytes
 * announced; the caller writes the body. What came back, and when the connection closed.
 */
function openSave(
  port: number,
  id: string,
  etag: string,
  length: number,
): { socket: Socket; received(): string; closed: Promise<number> } {
  const socket = connect(port, '127.0.0.1');
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    received += chunk;
  });
  socket.on('error', () => {});
  socket.write(
    [
      `PUT /api/v1/documents/${id} HTTP/1.1`,
      `host: 127.0.0.1:${port}`,
      `authorization: ${ADMIN_HEADERS.authorization}`,
      'content-type: text/markdown',
      `if-match: ${etag}`,
      `content-length: ${length}`,
      '',
      '',
    ].join('\r\n'),
  );
  return {
    socket,
    received: () => received,
    closed: new Promise((resolve) => socket.on('close', () => resolve(Date.now()))),
  };
}

/** A document's Markdown, with a line that tells its saves apart. */
function markdown(title: string, marker: string): string {
  return `# ${title}\n\n## Overview\n\nSaved by ${marker}.\n`;
}

/** The `document.updated` events of a replay: `id@version` → the event's id. */
function updatesIn(stream: EventStreamReader): Map<string, string> {
  const updates = new Map<string, string>();
  for (const { event, data } of stream.events) {
    if (event !== 'document.updated') continue;
    const payload = JSON.parse(data) as { id: string; document: { id: string; version: number } };
    const key = `${payload.document.id}@${payload.document.version}`;
    if (updates.has(key)) throw new Error(`event for ${key} twice in the outbox`);
    updates.set(key, payload.id);
  }
  return updates;
}

/** The exit code of `child` and how long after this call it came. */
/** When `child` exits, with its code and the milliseconds from this call. */
export function exitOf(child: ChildProcess): Promise<{ code: number | null; afterMs: number }> {
  const from = Date.now();
  return new Promise((resolve) =>
    child.once('exit', (code) => resolve({ code, afterMs: Date.now() - from })),
  );
}
