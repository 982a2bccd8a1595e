/** One server-sent event as a client parses it (comment lines are kept apart). */
export interface SseEvent {
  id: string | null;
  event: string;
  data: string;
}

/** A live event stream read over real HTTP, as a browser's EventSource would read it. */
export interface SseConnection {
  status: number;
  headers: Headers;
  /** The whole body when the stream was refused (a problem), else ''. */
  text: string;
  events: SseEvent[];
  comments: string[];
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  /** The first event (from `events`, or arriving later) that matches, else a timeout error. */
  waitFor(match: (event: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  close(): void;
}

/**
 * Open `url` with `fetch` and parse the body as server-sent events while it arrives (the
 * WHATWG parsing rules that matter here: `id`, `event`, `data` fields, comments, blank-line
 * dispatch). Refused requests (not 200) are read whole into `text`.
 */
export async function openEventStream(
  url: string,
  headers: Record<string, string> = {},
): Promise<SseConnection> {
  const abort = new AbortController();
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  });
  const events: SseEvent[] = [];
  const comments: string[] = [];
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const waiter of waiters) waiter();
  };
  let text = '';
  let ended: Promise<void> = Promise.resolve();
  if (response.status !== 200) text = await response.text();
  else ended = readEvents(response, events, comments, notify);
  return {
    status: response.status,
    headers: response.headers,
    text,
    events,
    comments,
    ended,
    waitFor(match, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(match);
          if (!found) return;
          cleanup();
          resolve(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(
            new Error(
              `no matching event within ${timeoutMs} ms; got ${JSON.stringify(events.map((e) => `${e.id} ${e.event}`))}`,
            ),
          );
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    close: () => abort.abort(),
  };
}

async function readEvents(
  response: Response,
  events: SseEvent[],
  comments: string[],
  notify: () => void,
): Promise<void> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let current: SseEvent = { id: null, event: 'message', data: '' };
  let hasData = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let newline = buffer.indexOf('\n');
      while (newline !== -1) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf('\n');
        if (line === '') {
          if (hasData || current.id !== null) events.push(current);
          current = { id: null, event: 'message', data: '' };
          hasData = false;
          notify();
        } else if (line.startsWith(':')) comments.push(line.slice(1).trim());
        else {
          const colon = line.indexOf(':');
          const field = colon === -1 ? line : line.slice(0, colon);
          const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'id') current.id = value;
          else if (field === 'event') current.event = value;
          else if (field === 'data') {
            current.data = hasData ? `${current.data}\n${value}` : value;
            hasData = true;
          }
        }
      }
    }
  } catch {
    // Aborted by the client: the stream simply ends.
  }
}
