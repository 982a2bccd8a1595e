import { Agent, get, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import fp from 'fastify-plugin';
import { describe, expect, it } from 'vitest';
import { sqliteDatabase } from '../../test/databases.js';
import { ADMIN_TOKEN, startTestApp } from '../../test/test-app.js';

interface Answer {
  status: number;
  connection: IncomingHttpHeaders['connection'];
  body: string;
}

/** GET `path` over `agent`: the answer, or the error's code. */
function fetchOver(agent: Agent | false, port: number, path: string): Promise<Answer | string> {
  return new Promise((resolve) => {
    get({ host: '127.0.0.1', port, path, agent }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          connection: response.headers.connection,
          body,
        }),
      );
    }).on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

describe('closing the app', () => {
  it('takes no new connection, serves requests on the open ones with Connection: close, and answers /readyz 503', async () => {
    const test = await startTestApp(sqliteDatabase);
    const app = test.anonymous;
    const agent = new Agent({ keepAlive: true, maxSockets: 2 });
    let port = 0;
    const during: (Answer | string)[] = [];
    // A preClose hook of its own runs after graceful-close's: the server is draining by then.
    await app.register(
      fp(async (instance) => {
        instance.addHook('preClose', async () => {
          during.push(
            ...(await Promise.all([
              fetchOver(agent, port, '/readyz'),
              fetchOver(agent, port, '/healthz'),
              fetchOver(false, port, '/healthz'),
            ])),
          );
        });
      }),
    );
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as { port: number }).port;
    const before = await Promise.all([
      fetchOver(agent, port, '/readyz'),
      fetchOver(agent, port, '/healthz'),
    ]);
    expect(before).toMatchObject([
      { status: 200, connection: 'keep-alive' },
      { status: 200, connection: 'keep-alive' },
    ]);
    await test.close();
    agent.destroy();
    expect(during).toEqual([
      { status: 503, connection: 'close', body: '{"status":"shutting down"}' },
      { status: 200, connection: 'close', body: '{"status":"ok"}' },
      'ECONNREFUSED',
    ]);
  });

  it('cuts a request still running after SHUTDOWN_TIMEOUT_MS, and then ends', async () => {
    const test = await startTestApp(sqliteDatabase, { shutdownTimeoutMs: 300 });
    await test.anonymous.listen({ host: '127.0.0.1', port: 0 });
    const { port } = test.anonymous.server.address() as { port: number };
    // A lint request whose body never comes: the route waits for it until it is cut.
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => {});
    let received = '';
    socket.on('data', (chunk) => (received += chunk));
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      `POST /api/v1/lint HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${ADMIN_TOKEN}\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now())));
    const start = Date.now();
    await test.close();
    const ended = Date.now() - start;
    expect(received).toBe('');
    expect((await closed) - start).toBeGreaterThanOrEqual(290);
    expect(ended).toBeGreaterThanOrEqual(290);
    expect(ended).toBeLessThan(1500);
  });
});
