import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkspace } from '../test/api.js';
import { sqliteDatabase } from '../test/databases.js';
import { ADMIN_TOKEN, startTestApp } from '../test/test-app.js';
import { loadServerConfig, type ServerConfig } from './config.js';

/** Short limits, so that each is seen to act in a test: the defaults are 20 s, 2 min, 60 s, 72 s. */
const SHORT = { headersMs: 400, requestMs: 800, idleMs: 1200, keepAliveMs: 600 };
/** How long a test waits for the server to close a socket: twice the idle limit and more. */
const PATIENCE_MS = 3500;

const running: { close(): Promise<void> }[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const app of running.splice(0)) await app.close();
});

/** A test app with the short limits, listening on a free loopback port. */
async function listening(overrides: Partial<ServerConfig> = {}) {
  const test = await startTestApp(sqliteDatabase, { httpTimeouts: SHORT, ...overrides });
  running.push(test);
  await test.anonymous.listen({ host: '127.0.0.1', port: 0 });
  return { test, port: (test.anonymous.server.address() as { port: number }).port };
}

/** A raw socket to the port; `closed` resolves with the ms until the server closed it, or null. */
async function open(port: number) {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  let received = '';
  socket.on('data', (chunk) => (received += chunk));
  socket.on('error', () => {});
  await new Promise((resolve) => socket.once('connect', resolve));
  const start = Date.now();
  const ended = new Promise<number>((resolve) =>
    socket.once('close', () => resolve(Date.now() - start)),
  );
  return {
    socket,
    received: () => received,
    closed: () =>
      Promise.race([
        ended,
        new Promise<null>((resolve) => setTimeout(() => resolve(null), PATIENCE_MS)),
      ]),
  };
}

/** Write `text` one character every `everyMs`, until the socket closes or the text runs out. */
function trickle(socket: Socket, text: string, everyMs: number): void {
  let i = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || i >= text.length) return clearInterval(timer);
    socket.write(text[i++] as string);
  }, everyMs);
}

describe('connection time limits', () => {
  it('closes a socket that never sends a byte within the header limit', async () => {
    const { port } = await listening();
    const silent = await open(port);
    const after = await silent.closed();
    // Node starts the header clock when the connection opens: 400 ms, checked every 100 ms.
    expect(after).not.toBeNull();
    expect(after).toBeLessThan(SHORT.idleMs);
  });

  it('closes a socket that sends its headers a byte at a time after the header limit', async () => {
    const { port } = await listening();
    const slow = await open(port);
    // A byte every 100 ms keeps the socket from idling: only the header limit can end it.
    slow.socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    trickle(slow.socket, `X-Slow: ${'a'.repeat(1000)}`, 100);
    const after = await slow.closed();
    expect(after).not.toBeNull();
    expect(after).toBeLessThan(SHORT.idleMs);
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
  });

  it('closes a socket that sends its body a byte at a time after the request limit', async () => {
    const { port } = await listening();
    const slow = await open(port);
    slow.socket.write(
      'POST /api/v1/lint HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/markdown\r\nContent-Length: 1000\r\n\r\n',
    );
    trickle(slow.socket, '#'.repeat(1000), 100);
    const after = await slow.closed();
    expect(after).not.toBeNull();
    expect(after).toBeLessThan(SHORT.idleMs + 1000);
  });

  it('closes a kept-alive socket that sends no next request after the keep-alive limit', async () => {
    const { port } = await listening();
    const idle = await open(port);
    idle.socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    const after = await idle.closed();
    expect(idle.received()).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(after).not.toBeNull();
    // Node 20 waits 1 s past keepAliveTimeout, so that a client sending as it expires is not cut.
    expect(after).toBeLessThan(SHORT.keepAliveMs + 1000 + 1000);
  });

  it('keeps a live event stream open far past every limit, its heartbeats arriving', async () => {
    const { test, port } = await listening({
      liveUpdates: {
        ...loadServerConfig({}, process.cwd()).liveUpdates,
        heartbeatMs: 200,
      },
    });
    await createWorkspace(test.app, 'eng');
    const stream = await open(port);
    stream.socket.write(
      `GET /api/v1/workspaces/eng/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${ADMIN_TOKEN}\r\n\r\n`,
    );
    expect(await stream.closed()).toBeNull();
    expect(stream.received()).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(stream.received().split('\n:').length).toBeGreaterThan(5);
  });

  it('closes a TLS socket that never starts its handshake (Node alone waits 120 s)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'designdoc-tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        'key.pem',
        '-out',
        'cert.pem',
      ],
      { cwd: dir, stdio: 'pipe' },
    );
    const { tls } = loadServerConfig(
      { TLS_CERT_FILE: join(dir, 'cert.pem'), TLS_KEY_FILE: join(dir, 'key.pem') },
      process.cwd(),
    );
    rmSync(dir, { recursive: true, force: true });
    const { port } = await listening({ tls });
    const silent = await open(port);
    const after = await silent.closed();
    expect(after).not.toBeNull();
    expect(after).toBeLessThan(SHORT.idleMs + 1000);
  });
});
