import { Gauge, type Registry } from 'prom-client';
import type { Credential } from '../../identity/live-credentials.js';

/** What the registry needs of a stream: who opened it, with what, what it follows, how to end it. */
export interface TrackedStream {
  readonly userId: string;
  readonly kind: 'workspace' | 'document';
  /** What signed the stream's request in; the stream ends soon after it stops being valid. */
  readonly credential: Credential;
  /** End the stream; resolves once its response has ended. */
  close(reason: string): Promise<void>;
}

/** How the open streams' credentials are checked: how often, and which are still valid. */
export interface CredentialCheck {
  everyMs: number;
  live(credentials: Credential[]): Promise<Set<Credential>>;
  onError(error: unknown): void;
}

/**
 * The live streams open on this instance: at most `perUser` for one user (each holds a
 * connection and a listener, so a client that opens them in a loop must not exhaust the
 * server), all ended when the server closes (an open response would keep `app.close()` waiting),
 * and counted on `/metrics` as `designdoc_event_streams{kind}`.
 *
 * While any is open, every `check.everyMs` the credentials of all of them are checked at once
 * (a few queries per instance, however many streams), and the streams of a signed-out session,
 * a revoked key or a disabled account end: sign-out may happen on another instance, so waiting
 * for word of it is not enough, and one query per stream per second would be too many.
 */
export class OpenStreams {
  private readonly streams = new Set<TrackedStream>();
  private readonly perUserCount = new Map<string, number>();
  private sweepTimer: NodeJS.Timeout | null = null;
  private sweeping = false;

  constructor(
    private readonly perUser: number,
    registry: Registry,
    private readonly check: CredentialCheck,
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
    if (this.sweepTimer === null) {
      this.sweepTimer = setInterval(() => void this.sweep(), this.check.everyMs);
      this.sweepTimer.unref();
    }
    return true;
  }

  remove(stream: TrackedStream): void {
    if (!this.streams.delete(stream)) return;
    const open = (this.perUserCount.get(stream.userId) ?? 1) - 1;
    if (open > 0) this.perUserCount.set(stream.userId, open);
    else this.perUserCount.delete(stream.userId);
    if (this.streams.size === 0 && this.sweepTimer !== null) {
      clearInterval(this.sweepTimer);
      this.sweepTimer = null;
    }
  }

  get limit(): number {
    return this.perUser;
  }

  /** End every stream (the server is closing); clients reconnect elsewhere with Last-Event-ID. */
  async closeAll(): Promise<void> {
    await Promise.all([...this.streams].map((stream) => stream.close('server closing')));
  }

  /** End the streams whose credentials are no longer valid (one sweep at a time). */
  private async sweep(): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = true;
    try {
      const streams = [...this.streams];
      const live = await this.check.live(streams.map((stream) => stream.credential));
      for (const stream of streams)
        if (!live.has(stream.credential) && this.streams.has(stream))
          void stream.close('signed out');
    } catch (error) {
      this.check.onError(error);
    } finally {
      this.sweeping = false;
    }
  }
}
