import type { ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { StoredEvent } from '../../events/event-types.js';
import { eventExists, latestEventSeq, readEventsAfter } from '../../events/outbox-reads.js';
import { confidentialAmong, isConfidential } from '../../events/stream-reads.js';
import type { Credential } from '../../identity/live-credentials.js';
import type { Caller, Role } from '../../identity/policy.js';
import { mayReadRestricted } from '../../identity/visibility.js';
import { credentialOf, currentAccess } from './current-access.js';
import type { TrackedStream } from './open-streams.js';

/** At most this many missed events are replayed on resume; a longer gap is a `reset`. */
export const REPLAY_LIMIT = 1000;
/** A client this far behind (bytes not yet taken by the socket) is dropped: it resumes later. */
const MAX_BUFFERED = 1024 * 1024;
/** How long a client waits before reconnecting after the stream ends (the SSE `retry` field). */
const RETRY_MS = 2000;

/** What a stream follows: a workspace, or one document of it. */
export type StreamScope = { workspaceId: string } | { workspaceId: string; documentId: string };

export interface EventStreamOptions {
  app: FastifyInstance;
  request: FastifyRequest;
  /** The response the body is piped into. */
  response: ServerResponse;
  caller: Caller;
  role: Role | null;
  scope: StreamScope;
  /** The seq the client last saw (`Last-Event-ID`); null for a new client. */
  lastEventId: number | null;
  heartbeatMs: number;
  recheckMs: number;
  onClose(stream: EventStream): void;
}

/**
 * One client's server-sent event stream: missed events replayed from the outbox, then the hub's
 * events as they commit, each checked against what the caller may read (confidential documents
 * need a grant; decisions cached until the next re-check), with heartbeats for proxies and a
 * periodic re-check that ends the stream when the caller's credentials or membership are gone.
 * Work runs one step at a time (`chain`), so events leave in the order they came.
 */
export class EventStream implements TrackedStream {
  readonly body = new PassThrough();
  readonly userId: string;
  readonly kind: 'workspace' | 'document';
  readonly credential: Credential;
  private chain: Promise<void> = Promise.resolve();
  private readonly replayed = new Set<number>();
  private readonly grants = new Map<string, boolean>();
  private readonly timers: NodeJS.Timeout[] = [];
  private unsubscribe: (() => void) | null = null;
  private role: Role | null;
  private instanceAdmin: boolean;
  private ended = false;

  constructor(private readonly options: EventStreamOptions) {
    this.userId = options.caller.userId;
    this.credential = credentialOf(options.request, this.userId);
    this.kind = 'documentId' in options.scope ? 'document' : 'workspace';
    this.role = options.role;
    this.instanceAdmin = options.caller.instanceAdmin;
    // The client's disconnect destroys the body (Fastify does when the response closes).
    this.body.on('close', () => void this.close('client gone'));
  }

  /** Start: listen, replay what the client missed, say `ready`, then pass events on live. */
  start(): void {
    this.write(`retry: ${RETRY_MS}\n\n`);
    // Listen before reading the outbox: whatever commits meanwhile is heard (and deduplicated).
    this.unsubscribe = this.options.app.eventHub.subscribe((event) =>
      this.enqueue(() => this.forward(event)),
    );
    this.enqueue(() => this.replay());
    const every = (ms: number, work: () => void) => {
      const timer = setInterval(work, ms);
      timer.unref();
      this.timers.push(timer);
    };
    // A comment line: proxies and load balancers see traffic and keep the connection.
    every(this.options.heartbeatMs, () => this.write(': keep-alive\n\n'));
    every(this.options.recheckMs, () => this.enqueue(() => this.recheck()));
  }

  /** End the stream (idempotent); resolves once the response has ended. */
  async close(reason: string): Promise<void> {
    if (!this.ended) {
      this.ended = true;
      this.unsubscribe?.();
      for (const timer of this.timers) clearInterval(timer);
      this.options.onClose(this);
      this.options.request.log.debug({ reason }, 'event stream closed');
      this.body.end();
    }
    // Ended, the response lets its keep-alive socket go idle, which the closing server reaps.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      finished(this.options.response).catch(() => {}),
      new Promise((resolve) => {
        timer = setTimeout(resolve, 2000);
      }),
    ]);
    clearTimeout(timer);
  }

  private enqueue(work: () => Promise<void>): void {
    this.chain = this.chain.then(async () => {
      if (this.ended) return;
      try {
        await work();
      } catch (error) {
        this.options.request.log.warn({ err: error }, 'event stream failed; closing it');
        await this.close('failed');
      }
    });
  }

  private async replay(): Promise<void> {
    const { app } = this.options;
    const latest = await latestEventSeq(app.db);
    const from = this.options.lastEventId;
    let replayedCount = 0;
    let resetReason: string | null = null;
    if (from !== null) {
      if (from > latest || (from > 0 && !(await eventExists(app.db, from))))
        resetReason = 'unknown-event-id';
      else {
        const scope = this.scopeForReads();
        const missed = await readEventsAfter(app.db, scope, from, REPLAY_LIMIT + 1);
        if (missed.length > REPLAY_LIMIT) resetReason = 'too-many-missed';
        else {
          const confidential = await this.confidentialNow(missed);
          for (const event of missed) {
            this.replayed.add(event.seq);
            // An event from before its document was made confidential is as confidential now.
            const now = event.restricted || confidential.has(event.documentId as string);
            if (await this.send({ ...event, restricted: now })) replayedCount++;
          }
        }
      }
    }
    if (resetReason !== null)
      this.write(
        `event: reset\ndata: ${JSON.stringify({ reason: resetReason, lastEventId: from, limit: REPLAY_LIMIT })}\n\n`,
      );
    const position = Math.max(latest, ...this.replayed);
    this.write(
      `id: ${position}\nevent: ready\ndata: ${JSON.stringify({ replayed: replayedCount })}\n\n`,
    );
  }

  /**
   * Which of these events' documents are confidential now: an event records whether its
   * document was when it happened, and one made confidential since must not be replayed to
   * someone it is not shared with (its old title and comment excerpts are in the payloads).
   */
  private async confidentialNow(events: StoredEvent[]): Promise<Set<string>> {
    const ids = [
      ...new Set(
        events.flatMap((e) => (e.documentId !== null && !e.restricted ? [e.documentId] : [])),
      ),
    ];
    if (ids.length === 0) return new Set();
    return confidentialAmong(this.options.app.db, ids);
  }

  private scopeForReads() {
    const scope = this.options.scope;
    return 'documentId' in scope
      ? { documentId: scope.documentId }
      : { workspaceId: scope.workspaceId };
  }

  private async forward(event: StoredEvent): Promise<void> {
    if (this.replayed.delete(event.seq)) return;
    await this.send(event);
  }

  /** Send one event if it is in scope and the caller may read it; whether it was sent. */
  private async send(event: StoredEvent): Promise<boolean> {
    const scope = this.options.scope;
    if (event.workspaceId !== scope.workspaceId) return false;
    if ('documentId' in scope && event.documentId !== scope.documentId) return false;
    if (event.restricted && !(await this.mayRead(event.documentId))) return false;
    this.write(
      `id: ${event.seq}\nevent: ${event.payload.type}\ndata: ${JSON.stringify(event.payload)}\n\n`,
    );
    return true;
  }

  private async mayRead(documentId: string | null): Promise<boolean> {
    if (this.instanceAdmin || this.role === 'admin') return true;
    if (documentId === null) return false;
    let allowed = this.grants.get(documentId);
    if (allowed === undefined) {
      allowed = await mayReadRestricted(
        this.options.app.db,
        { ...this.options.caller, instanceAdmin: this.instanceAdmin },
        this.role,
        documentId,
      );
      this.grants.set(documentId, allowed);
    }
    return allowed;
  }

  /** Still allowed? Credentials, account, membership (and the document's confidentiality). */
  private async recheck(): Promise<void> {
    const access = await currentAccess(this.options.app, this.options.request, {
      userId: this.userId,
      workspaceId: this.options.scope.workspaceId,
    });
    this.grants.clear();
    if (!access) return this.close('access revoked');
    this.role = access.role;
    this.instanceAdmin = access.instanceAdmin;
    const scope = this.options.scope;
    if ('documentId' in scope && !(await this.documentStillReadable(scope.documentId)))
      return this.close('access revoked');
  }

  private async documentStillReadable(documentId: string): Promise<boolean> {
    const confidential = await isConfidential(this.options.app.db, documentId);
    return confidential !== undefined && (!confidential || (await this.mayRead(documentId)));
  }

  private write(text: string): void {
    if (this.ended) return;
    this.body.write(text);
    if (this.body.writableLength > MAX_BUFFERED) void this.close('client too slow');
  }
}
