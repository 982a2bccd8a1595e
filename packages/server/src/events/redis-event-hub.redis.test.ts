import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventHub } from './event-hub.js';
import type { StoredEvent } from './event-types.js';
import { createRedisEventHub } from './redis-event-hub.js';

// This machine's Redis; a database number of its own (pub/sub channels are named after it).
const REDIS_URL = process.env.DESIGNDOC_TEST_REDIS_EVENTS_URL ?? 'redis://127.0.0.1:6379/11';

const DB = ` db=${Number(new URL(REDIS_URL).pathname.slice(1)) || 0} `;
const quiet = { warn() {}, info() {} };

function event(seq: number): StoredEvent {
  return {
    seq,
    workspaceId: 'w1',
    documentId: 'd1',
    restricted: false,
    payload: {
      id: randomUUID(),
      type: 'document.updated',
      time: new Date().toISOString(),
      workspace: { id: 'w1', slug: 'demo' },
      document: null,
      actor: null,
      changes: {},
    },
  };
}

/** Instances sharing one outbox (an array here) and one channel; each hub records what it hears. */
function instances(count: number) {
  const outbox: StoredEvent[] = [];
  const channel = `designdoc:test-events:${randomUUID()}`;
  return {
    outbox,
    channel,
    hubs: Array.from({ length: count }, () => {
      const heard: number[] = [];
      const hub = createRedisEventHub({
        url: REDIS_URL,
        channel,
        gapDelayMs: 50,
        log: quiet,
        latestSeq: async () => outbox.at(-1)?.seq ?? 0,
        readAfter: async (after, upTo, limit) =>
          outbox
            .filter((e) => e.seq > after && (upTo === undefined || e.seq <= upTo))
            .slice(0, limit),
      });
      hub.subscribe((e) => heard.push(e.seq));
      opened.push(hub);
      return { hub, heard };
    }),
  };
}

const opened: EventHub[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((hub) => hub.close()));
});

/** Until `count` subscribers listen on `channel` (a publish before that is only in the outbox). */
async function subscribed(channel: string, count = 2): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    await expect
      .poll(async () => ((await redis.pubsub('NUMSUB', channel)) as [string, number])[1])
      .toBe(count);
  } finally {
    await redis.quit();
  }
}

describe('the Redis event hub', () => {
  it('brings an event published on one instance to the listeners of the others, once', async () => {
    const { outbox, channel, hubs } = instances(2);
    const [a, b] = hubs as [(typeof hubs)[0], (typeof hubs)[0]];
    await subscribed(channel);
    outbox.push(event(1));
    a.hub.publish([event(1)]);
    await expect.poll(() => b.heard).toEqual([1]);
    expect(a.heard).toEqual([1]);
  });

  it('reads from the outbox an event whose message never came (a gap in seq)', async () => {
    const { outbox, channel, hubs } = instances(2);
    const [a, b] = hubs as [(typeof hubs)[0], (typeof hubs)[0]];
    await subscribed(channel);
    outbox.push(event(1), event(2), event(3));
    // Seq 1 and 2 were committed, but their publish was lost; 3 arrives.
    a.hub.publish([event(3)]);
    await expect.poll(() => [...b.heard].sort()).toEqual([1, 2, 3]);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(b.heard).toHaveLength(3);
  });

  it('catches up from the outbox when its subscriber comes back after Redis dropped it', async () => {
    const { outbox, channel, hubs } = instances(2);
    await subscribed(channel);
    const redis = new Redis(REDIS_URL);
    try {
      // Published while the subscribers were away: only the outbox has it.
      outbox.push(event(1));
      const clients = (await redis.call('client', 'list')) as string;
      const ids = clients
        .split('\n')
        .filter((line) => line.includes('name=designdoc-event-subscriber') && line.includes(DB))
        .map((line) => /id=(\d+)/.exec(line)?.[1] as string);
      for (const id of ids) await redis.call('client', 'kill', 'id', id);
      for (const { heard } of hubs) await expect.poll(() => heard, { timeout: 5000 }).toEqual([1]);
      // And the reconnected subscribers hear new messages again.
      outbox.push(event(2));
      hubs[0]?.hub.publish([event(2)]);
      for (const { heard } of hubs) await expect.poll(() => heard).toEqual([1, 2]);
    } finally {
      await redis.quit();
    }
  });
});
