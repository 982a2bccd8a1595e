import { CliError, type Io } from './io.js';

/** A response from the designdoc server: status, headers and the body as text. */
export interface ServerResponse {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * A small client for the designdoc API: the server's URL and token come from the command line
 * or `DESIGNDOC_SERVER` / `DESIGNDOC_TOKEN`. Problems (RFC 9457) become their `detail`.
 */
export class ServerClient {
  private readonly base: URL;

  constructor(
    server: string,
    private readonly token: string | undefined,
  ) {
    try {
      this.base = new URL(server.endsWith('/') ? server : `${server}/`);
      if (this.base.protocol !== 'http:' && this.base.protocol !== 'https:') throw new Error();
    } catch {
      throw new CliError(`Invalid --server “${server}”, expected an http:// or https:// URL`);
    }
  }

  async request(
    method: string,
    path: string,
    options: { body?: string; contentType?: string; headers?: Record<string, string> } = {},
  ): Promise<ServerResponse> {
    const url = new URL(path.replace(/^\//, ''), this.base);
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          accept: 'application/json',
          ...(options.contentType ? { 'content-type': options.contentType } : {}),
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
          ...options.headers,
        },
        ...(options.body !== undefined ? { body: options.body } : {}),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new CliError(
        `Cannot reach the designdoc server at ${this.base.origin}${cause ? ` (${cause})` : ''}`,
      );
    }
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  /** The JSON body of a 2xx response; anything else throws with the problem's detail. */
  async json<T>(
    method: string,
    path: string,
    options: Parameters<ServerClient['request']>[2] = {},
  ): Promise<T> {
    const response = await this.request(method, path, options);
    if (response.status === 401)
      throw new CliError(
        `${problemDetail(response)}; ${this.token ? 'check DESIGNDOC_TOKEN' : 'set DESIGNDOC_TOKEN to an API key'}`,
      );
    if (response.status < 200 || response.status >= 300)
      throw new CliError(problemDetail(response));
    return JSON.parse(response.text) as T;
  }
}

/** What a failed response says: the problem's detail, else the status line. */
export function problemDetail(response: ServerResponse): string {
  try {
    const problem = JSON.parse(response.text) as { detail?: string; title?: string };
    if (problem.detail) return `${problem.detail} (HTTP ${response.status})`;
  } catch {}
  return `the server answered HTTP ${response.status}`;
}

/** The server's address and token: options first, then the environment, then the local default. */
export function serverClient(io: Io, server: string | undefined): ServerClient {
  return new ServerClient(
    server ?? io.env.DESIGNDOC_SERVER ?? 'http://127.0.0.1:8080',
    io.env.DESIGNDOC_TOKEN,
  );
}
