import { Agent, request } from 'node:http';

/** One HTTP request as the attack table builds it. */
export interface ApiRequest {
  method: string;
  /** Path and query, e.g. `/api/v1/search?q=lorem`. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** An event stream: read it this long, then hang up (it never ends by itself). */
  streamMs?: number;
}

/** What came back, and how long it took from the first byte sent to the last byte read. */
export interface ApiResponse {
  status: number;
  ms: number;
  bytes: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body, when asked for (seeding reads ids from it); else its first 2 KB, for messages. */
  text: string;
  /** The request was given up after `timeoutMs` (status 0). */
  timedOut: boolean;
}

const agent = new Agent({ keepAlive: true, maxSockets: 8 });

/**
 * Send a request to the server on 127.0.0.1:`port`. The body is read as bytes and only decoded
 * when `keepBody` (a 5 MiB JSON reply parsed here would stall this thread, not the server's).
 */
export function send(
  port: number,
  req: ApiRequest,
  options: { timeoutMs: number; keepBody?: boolean },
): Promise<ApiResponse> {
  return new Promise((resolve) => {
    const started = performance.now();
    const chunks: Buffer[] = [];
    let bytes = 0;
    let settled = false;
    const finish = (status: number, headers: ApiResponse['headers'], timedOut = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const body = Buffer.concat(chunks);
      resolve({
        status,
        ms: performance.now() - started,
        bytes,
        headers,
        text: (options.keepBody ? body : body.subarray(0, 2048)).toString('utf8'),
        timedOut,
      });
    };
    const body = req.body === undefined ? undefined : Buffer.from(req.body);
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method: req.method,
        path: req.path,
        agent: req.streamMs ? false : agent,
        headers: {
          ...(body ? { 'content-length': String(body.length) } : {}),
          // A header given as '' is left out (a session request drops the default API key).
          ...Object.fromEntries(Object.entries(req.headers ?? {}).filter(([, v]) => v !== '')),
        },
      },
      (response) => {
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (options.keepBody || bytes <= 2048 + chunk.length) chunks.push(chunk);
        });
        response.on('end', () => finish(response.statusCode ?? 0, response.headers));
        response.on('error', () => finish(response.statusCode ?? 0, response.headers));
        if (req.streamMs)
          setTimeout(() => {
            finish(response.statusCode ?? 0, response.headers);
            outgoing.destroy();
          }, req.streamMs);
      },
    );
    const timer = setTimeout(() => {
      finish(0, {}, true);
      outgoing.destroy();
    }, options.timeoutMs);
    outgoing.on('error', () => finish(0, {}));
    outgoing.end(body);
  });
}
