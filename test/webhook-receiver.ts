import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignature } from '../packages/server/src/jobs/webhook-signature.js';

/** A request the receiver got, as it got it. */
export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: string;
  /** Whether `designdoc-signature` signs the raw body with the receiver's secret, made just now. */
  signed: boolean;
  /** The status the receiver answered with; 0 when it did not answer. */
  status: number;
}

/** A webhook receiver on 127.0.0.1, as a user would write one. */
export interface WebhookReceiver {
  url: string;
  received: ReceivedRequest[];
  /** The secret signatures are checked with (set once the hook is created). */
  secret: string;
  /** The statuses to answer with, in turn (`'no answer'`: keep the request open); 200 once they run out. */
  answers: (number | 'no answer')[];
  /** The parsed JSON bodies of the requests that were answered 2xx. */
  delivered(): Record<string, unknown>[];
  close(): Promise<void>;
}

/**
 * Start a receiver: it reads each POST's raw body, checks its signature the way
 * docs/webhooks.md tells receivers to, and answers with the next of `answers` (or 200), or
 * never, until it is closed.
 */
export async function startReceiver(): Promise<WebhookReceiver> {
  const state: Omit<WebhookReceiver, 'url' | 'close' | 'delivered'> = {
    received: [],
    secret: '',
    answers: [],
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const signature = String(request.headers['designdoc-signature'] ?? '');
      const answer = state.answers.shift() ?? 200;
      const status = answer === 'no answer' ? 0 : answer;
      state.received.push({
        headers: request.headers,
        body,
        signed: verifySignature(signature, body, state.secret, Math.floor(Date.now() / 1000)),
        status,
      });
      if (status !== 0) response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/hook`,
    delivered: () =>
      state.received
        .filter((r) => r.status > 0 && r.status < 300)
        .map((r) => JSON.parse(r.body) as Record<string, unknown>),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** Wait until `check` returns a value that is not undefined/false, or fail after `ms`. */
export async function eventually<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  ms = 8000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
