/**
 * The one way the app talks to the server: same-origin fetch with the session cookie, JSON in
 * and out, the session's CSRF token on every unsafe request, and RFC 9457 problems turned into
 * `ApiProblem` errors that screens can show as they are.
 */

/** A problem answer from the API (`application/problem+json`), or a network failure (status 0). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    /** The problem's code: the last part of its `type` URI (`precondition-failed`, …). */
    readonly code: string,
    readonly detail: string,
    readonly body: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'ApiProblem';
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Called when a request is refused because the session ended (401), so the app can sign in again. */
export function setUnauthenticatedListener(listener: (() => void) | null): void {
  onUnauthenticated = listener;
}

/** Remember the session's CSRF token (from sign-in or `GET /me`); null after signing out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface ApiRequest {
  method?: string;
  /** Sent as JSON, unless it is a string (sent as is with `contentType`). */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** The raw response of an API call that succeeded (2xx or 304). */
export async function apiResponse(path: string, request: ApiRequest = {}): Promise<Response> {
  const method = request.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  let body: string | undefined;
  if (request.body !== undefined) {
    if (typeof request.body === 'string') {
      body = request.body;
      headers['content-type'] = request.contentType ?? 'text/markdown';
    } else {
      body = JSON.stringify(request.body);
      headers['content-type'] = 'application/json';
    }
  }
  if (UNSAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body ?? null,
      credentials: 'same-origin',
      // The server gives a document's JSON, Markdown and HTML one ETag; a browser cache would
      // revalidate one representation with another's ETag, get a 304 and answer with the wrong
      // body. The app wants the current state anyway.
      cache: 'no-store',
      signal: request.signal ?? null,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiProblem(0, 'network', 'The server cannot be reached; check your connection');
  }
  if (response.ok || response.status === 304) return response;
  const problem = await problemOf(response);
  if (problem.status === 401 && path !== '/api/v1/me' && !path.startsWith('/api/v1/auth/'))
    onUnauthenticated?.();
  throw problem;
}

/** Call the API and read its JSON answer (undefined for 204). */
export async function api<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const response = await apiResponse(path, request);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

async function problemOf(response: Response): Promise<ApiProblem> {
  let body: Record<string, unknown> = {};
  try {
    body = (await response.json()) as Record<string, unknown>;
  } catch {
    // Not a problem document (a proxy's error page): the status says enough.
  }
  const type = typeof body.type === 'string' ? body.type : '';
  const code = type.includes('#problem-') ? (type.split('#problem-')[1] as string) : 'unknown';
  const detail =
    typeof body.detail === 'string'
      ? body.detail
      : `The server answered ${response.status} ${response.statusText}`;
  return new ApiProblem(response.status, code, detail, body);
}

/** A query string from the set values of `params` (with the leading `?`, or ''). */
export function query(
  params: Record<string, string | number | boolean | undefined | null>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
