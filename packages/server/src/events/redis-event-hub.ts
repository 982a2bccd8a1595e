import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { EventHub } from './event-hub.js';
import type { StoredEvent } from './event-types.js';

/** What the Redis hub needs besides Redis: the outbox, to read what pub/sub did not bring. */
export interface RedisEventHubOptions {
  url: string;
  /** Events with seq in (after, upTo], oldest first, at most `limit`. */
  readAfter(after: number, upTo: number | undefined, limit: number): Promise<StoredEvent[]>;
  latestSeq(): Promise<number>;
  log: { warn(object: object, message: string): void; info(object: object, message: string): void };
  /**
   * The pub/sub channel. Pub/sub ignores Redis database numbers, so the default names the one in
   * `url` (`designdoc:events:<n>`): deployments that share a Redis server by using different
   * database numbers, as their other keys do, do not hear each other's events.
   */
  channel?: string;
  /** How long a gap in seq may stay open before the outbox is asked for it (events cross in flight). */
  gapDelayMs?: number;
}

/** Events read from the outbox at once, when catching up; more are read in further pages. */
const CATCH_UP_PAGE = 500;
/** How many seqs are remembered as delivered, so that an event is never heard twice. */
const REMEMBERED = 10_000;

/**
 * The hub for many instances: an event committed through one instance reaches the listeners
 * (live streams) of every instance. Each publish goes to local listeners at once and to the
 * others over Redis pub/sub (one channel; a dedicated subscriber connection, as a subscribed
 * connection can do nothing else).
 *
 * Pub/sub delivers at most once and forgets what it could not deliver, so the outbox stays the
 * record: seqs are one sequence over every workspace, so a seq that arrives past a missing one
 * shows a gap, which is read from the outbox after `gapDelayMs`; and when the subscriber
 * reconnects after Redis was away, everything after the newest seq heard is read from the outbox.
 * Listeners hear each seq at most once whichever way it came.
 */
export function createRedisEventHub(options: RedisEventHubOptions): EventHub {
  const channel = options.channel ?? `designdoc:events:${redisDatabase(options.url)}`;
  const gapDelayMs = options.gapDelayMs ?? 2000;
  const origin = randomUUID();
  const listeners = new Set<(event: StoredEvent) => void>();
  const delivered = new Set<number>();
  const timers = new Set<NodeJS.Timeout>();
  let highest: number | null = null;
  let closed = false;

  const redisOptions = { connectTimeout: 2000, maxRetriesPerRequest: 20 };
  const publisher = new Redis(options.url, redisOptions);
  const subscriber = new Redis(options.url, {
    ...redisOptions,
    autoResubscribe: true,
    connectionName: 'designdoc-event-subscriber',
  });
  // Without a listener an unreachable Redis would be an uncaught error; ioredis reconnects.
  for (const [name, connection] of [
    ['publisher', publisher],
    ['subscriber', subscriber],
  ] as const)
    connection.on('error', (error: Error) =>
      options.log.warn({ err: error, connection: name }, 'Redis event hub: connection error'),
    );

  const deliver = (event: StoredEvent) => {
    if (closed || delivered.has(event.seq)) return;
    delivered.add(event.seq);
    if (delivered.size > REMEMBERED) delivered.delete(delivered.values().next().value as number);
    if (highest !== null && event.seq > highest + 1) scheduleGapCheck(highest, event.seq - 1);
    if (highest === null || event.seq > highest) highest = event.seq;
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        options.log.warn({ err: error }, 'Redis event hub: a listener failed');
      }
    }
  };

  /** Read from the outbox what arrived neither locally nor over Redis, in (after, upTo]. */
  const readMissed = async (after: number, upTo: number | undefined) => {
    let from = after;
    for (;;) {
      const events = await options.readAfter(from, upTo, CATCH_UP_PAGE);
      for (const event of events) deliver(event);
      if (events.length < CATCH_UP_PAGE || closed) return;
      from = (events.at(-1) as StoredEvent).seq;
    }
  };
  const later = (work: () => Promise<void>, ms: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      work().catch((error: unknown) =>
        options.log.warn({ err: error }, 'Redis event hub: reading the outbox failed'),
      );
    }, ms);
    timers.add(timer);
  };
  const scheduleGapCheck = (after: number, upTo: number) =>
    later(() => readMissed(after, upTo), gapDelayMs);

  const starting = options.latestSeq().then(
    (seq) => {
      highest ??= seq;
    },
    (error: unknown) => options.log.warn({ err: error }, 'Redis event hub: no starting seq'),
  );

  subscriber.on('message', (from: string, message: string) => {
    if (from !== channel) return;
    try {
      const batch = JSON.parse(message) as { origin?: unknown; events?: unknown };
      if (batch.origin === origin || !Array.isArray(batch.events)) return;
      for (const event of batch.events as StoredEvent[])
        if (Number.isSafeInteger(event?.seq) && typeof event.workspaceId === 'string')
          deliver(event);
    } catch (error) {
      options.log.warn({ err: error }, 'Redis event hub: an unreadable message');
    }
  });
  let connectedBefore = false;
  subscriber.on('ready', () => {
    // After an outage: what was published meanwhile never came; the outbox has it.
    if (connectedBefore && highest !== null) {
      options.log.info({ after: highest }, 'Redis event hub: reconnected, catching up');
      const after = highest;
      later(() => readMissed(after, undefined), 0);
    }
    connectedBefore = true;
  });
  subscriber.subscribe(channel).catch((error: unknown) => {
    if (!closed) options.log.warn({ err: error }, 'Redis event hub: cannot subscribe');
  });

  return {
    publish(events) {
      for (const event of events) deliver(event);
      publisher.publish(channel, JSON.stringify({ origin, events })).catch((error: unknown) => {
        // Other instances find it in the outbox when their subscriber reconnects or sees the gap.
        if (!closed) options.log.warn({ err: error }, 'Redis event hub: publish failed');
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      listeners.clear();
      await starting;
      await Promise.allSettled([quit(subscriber), quit(publisher)]);
    },
  };
}

/** The database number a Redis URL selects (`redis://host:6379/3` → 3; none → 0). */
function redisDatabase(url: string): number {
  return Number(new URL(url).pathname.slice(1)) || 0;
}

/** Close a connection politely when it is up, at once when it is not (quit would wait for it). */
async function quit(connection: Redis): Promise<void> {
  if (connection.status === 'ready') await connection.quit();
  else connection.disconnect();
}
