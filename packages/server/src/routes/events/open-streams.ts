import { Gauge, type Registry } from 'prom-client';

/** What the registry needs of a stream: who opened it, what it follows, how to end it. */
export interface TrackedStream {
  readonly userId: string;
  readonly kind: 'workspace' | 'document';
  /** End the stream; resolves once its response has ended. */
  close(reason: string): Promise<void>;
}

/**
 * The live streams open on this instance: at most `perUser` for one user (each holds a
 * connection and a listener, so a client that opens them in a loop must not exhaust the
 * server), all ended when the server closes (an open response would keep `app.close()` waiting),
 * and counted on `/metrics` as `designdoc_event_streams{kind}`.
 */
export class OpenStreams {
  private readonly streams = new Set<TrackedStream>();
  private readonly perUserCount = new Map<string, number>();

  constructor(
    private readonly perUser: number,
    registry: Registry,
  ) {
    const streams = this.streams;
    new Gauge({
      name: 'designdoc_event_streams',
      help: 'Live event streams (server-sent events) open on this instance, by what they follow',
      labelNames: ['kind'],
      registers: [registry],
      collect(this: Gauge<'kind'>) {
        let workspace = 0;
        for (const stream of streams) if (stream.kind === 'workspace') workspace++;
        this.set({ kind: 'workspace' }, workspace);
        this.set({ kind: 'document' }, streams.size - workspace);
      },
    });
  }

  /** Count a new stream in; false (and nothing counted) when its user has `perUser` open. */
  add(stream: TrackedStream): boolean {
    const open = this.perUserCount.get(stream.userId) ?? 0;
    if (open >= this.perUser) return false;
    this.perUserCount.set(stream.userId, open + 1);
    this.streams.add(stream);
    return true;
  }

  remove(stream: TrackedStream): void {
    if (!this.streams.delete(stream)) return;
    const open = (this.perUserCount.get(stream.userId) ?? 1) - 1;
    if (open > 0) this.perUserCount.set(stream.userId, open);
    else this.perUserCount.delete(stream.userId);
  }

  get limit(): number {
    return this.perUser;
  }

  /** End every stream (the server is closing); clients reconnect elsewhere with Last-Event-ID. */
  async closeAll(): Promise<void> {
    await Promise.all([...this.streams].map((stream) => stream.close('server closing')));
  }
}
