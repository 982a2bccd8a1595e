import { Agent, type IncomingHttpHeaders, request } from 'node:http';
import type { Socket } from 'node:net';

/** How a request ended, as a client sees it. */
export type Exchange =
  /** A whole response (any status). */
  | { kind: 'response'; status: number; headers: IncomingHttpHeaders; body: string }
  /** No connection: nothing listens on the port any more. */
  | { kind: 'refused' }
  /** Anything else: a reset or a cut response. */
  | { kind: 'failed'; error: string };

/**
 * An HTTP/1.1 client on kept-alive connections (a pool of `maxSockets`), as browsers and
 * proxies keep them, that does what RFC 9112 §9.3.1 lets a client do: a request that finds
 * its kept-alive connection closed by the server before any answer (the server closed it
 * idle, so it cannot have read the request) is sent again on a new connection. Those resends are
 * counted.
 */
export class KeptAliveClient {
  readonly agent: Agent;
  resentOnClosedIdle = 0;
  /** When each connection was opened (ms since the epoch). */
  readonly connectedAt: number[] = [];
  /**
   * The connections that have carried a request. Node's `reusedSocket` says so only for a free
   * connection handed out at once, not for one a queued request gets when it frees.
   */
  private readonly used = new WeakSet<Socket>();

  constructor(
    private readonly base: URL,
    maxSockets: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  async send(
    method: string,
    path: string,
    options: { headers?: Record<string, string>; body?: string } = {},
  ): Promise<Exchange> {
    for (let attempt = 0; ; attempt++) {
      const sent = await this.once(method, path, options);
      if (!sent.resend || attempt === 3) return sent.exchange;
      this.resentOnClosedIdle++;
    }
  }

  close(): void {
    this.agent.destroy();
  }

  private once(
    method: string,
    path: string,
    options: { headers?: Record<string, string>; body?: string },
  ): Promise<{ exchange: Exchange; resend: boolean }> {
    return new Promise((resolve) => {
      let answered = false;
      let keptAlive = false;
      const outgoing = request(
        new URL(path, this.base),
        { method, headers: options.headers, agent: this.agent },
        (response) => {
          answered = true;
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              exchange: {
                kind: 'response',
                status: response.statusCode ?? 0,
                headers: response.headers,
                body: Buffer.concat(chunks).toString('utf8'),
              },
              resend: false,
            }),
          );
          response.on('error', (error) =>
            resolve({
              exchange: { kind: 'failed', error: `response cut: ${error.message}` },
              resend: false,
            }),
          );
        },
      );
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        if (answered) return;
        if (error.code === 'ECONNREFUSED')
          return resolve({ exchange: { kind: 'refused' }, resend: false });
        const closedIdle = keptAlive && (error.code === 'ECONNRESET' || error.code === 'EPIPE');
        resolve({
          exchange: {
            kind: 'failed',
            error: `${error.code} ${error.message} on a ${keptAlive ? 'kept-alive' : 'new'} connection`,
          },
          resend: closedIdle,
        });
      });
      outgoing.on('socket', (socket) => {
        keptAlive = this.used.has(socket);
        this.used.add(socket);
        if (!keptAlive) socket.once('connect', () => this.connectedAt.push(Date.now()));
      });
      outgoing.end(options.body);
    });
  }
}

/** One server-sent event: its `event:` name (`message` for none) and its `data:`. */
export interface StreamedEvent {
  event: string;
  data: string;
}

/** A live event stream read over its own connection: its events so far, and how it ended. */
export interface EventStreamReader {
  events: StreamedEvent[];
  /** Resolves `clean` when the server ended the response, `cut` when the connection broke. */
  ended: Promise<'clean' | 'cut'>;
}

/** Open a server-sent event stream at `url` with `headers`; resolves once its headers came. */
export function readEventStream(
  url: URL,
  headers: Record<string, string>,
): Promise<EventStreamReader> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers: { ...headers, accept: 'text/event-stream' } });
    outgoing.on('response', (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`event stream refused: ${response.statusCode}`));
        return;
      }
      const events: StreamedEvent[] = [];
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
        for (let end = text.indexOf('\n\n'); end !== -1; end = text.indexOf('\n\n')) {
          const block = text.slice(0, end);
          text = text.slice(end + 2);
          const field = (name: string) =>
            block
              .split('\n')
              .filter((line) => line.startsWith(`${name}:`))
              .map((line) => line.slice(name.length + 1).replace(/^ /, ''));
          const data = field('data');
          if (data.length > 0)
            events.push({ event: field('event')[0] ?? 'message', data: data.join('\n') });
        }
      });
      const ended = new Promise<'clean' | 'cut'>((settle) => {
        response.on('end', () => settle('clean'));
        response.on('error', () => settle('cut'));
      });
      resolve({ events, ended });
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}
