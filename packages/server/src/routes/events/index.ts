import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isLiveDocument } from '../../events/stream-reads.js';
import { liveCredentials } from '../../identity/live-credentials.js';
import { callerOf } from '../../plugins/auth.js';
import { ProblemError } from '../../plugins/problems.js';
import { DocumentParams } from '../common/document-schemas.js';
import { WorkspaceParams } from '../common/workspace-schemas.js';
import { EventStream, type StreamScope } from './event-stream.js';
import { OpenStreams } from './open-streams.js';

/** A seq as the client sends it back: digits (what `id:` lines carry). */
const Seq = Type.String({ pattern: '^[0-9]{1,15}$' });

const ResumeHeaders = Type.Object({
  'last-event-id': Type.Optional({
    ...Seq,
    description: 'The `id` of the last event received; the events after it are sent first',
  }),
});
const ResumeQuery = Type.Object(
  {
    lastEventId: Type.Optional({
      ...Seq,
      description: 'As `Last-Event-ID`, for clients that cannot set headers (the header wins)',
    }),
  },
  { additionalProperties: false },
);

const EVENT_STREAM = {
  200: {
    description:
      'Server-sent events: `id:` the event seq, `event:` its type, `data:` its payload as JSON; `ready` once live, `reset` when missed events cannot be replayed; comment lines as heartbeats',
    content: { 'text/event-stream': { schema: Type.String() } },
  },
};

/**
 * `GET /workspaces/{ws}/events` and `GET /documents/{id}/events`: live updates as server-sent
 * events, authorised like reads. See docs/api.md#live-updates-sse.
 */
export const eventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { streamsPerUser, heartbeatMs, recheckMs, credentialCheckMs } = app.config.liveUpdates;
  const open = new OpenStreams(streamsPerUser, app.metrics.registry, {
    everyMs: credentialCheckMs,
    live: (credentials) => liveCredentials(app.db, app.config.session, credentials),
    onError: (error) => app.log.warn({ err: error }, 'checking event streams’ credentials failed'),
  });
  // An open response would keep the server's close waiting for ever.
  app.addHook('preClose', () => open.closeAll());

  const stream = (
    request: FastifyRequest<{
      Headers: { 'last-event-id'?: string };
      Querystring: { lastEventId?: string };
    }>,
    reply: FastifyReply,
    scope: StreamScope,
  ) => {
    const caller = callerOf(request);
    const resume = request.headers['last-event-id'] ?? request.query.lastEventId;
    const events = new EventStream({
      app,
      request,
      response: reply.raw,
      caller,
      role: request.workspaceAccess?.role ?? null,
      scope,
      lastEventId: resume === undefined ? null : Number(resume),
      heartbeatMs,
      recheckMs,
      onClose: (closed) => open.remove(closed),
    });
    if (!open.add(events))
      throw new ProblemError(
        'too-many-streams',
        `You have ${open.limit} live event streams open on this server, the most allowed; close one first`,
        { limit: open.limit },
      );
    events.start();
    // Opened while the server drains (closeAll has run or is running): `retry:`, then the end,
    // so the client reconnects, to another instance. A 503 would stop an EventSource for good.
    if (app.draining) void events.close('server closing');
    return reply
      .header('content-type', 'text/event-stream; charset=utf-8')
      .header('cache-control', 'no-cache, no-transform')
      .header('x-accel-buffering', 'no')
      .send(events.body);
  };

  app.get(
    '/workspaces/:ws/events',
    {
      config: { problems: [404], access: { workspace: 'workspace:read' } },
      schema: {
        tags: ['events'],
        description:
          'Live updates of a workspace: every event of its documents you may read (confidential ones only with a grant).',
        params: WorkspaceParams,
        headers: ResumeHeaders,
        querystring: ResumeQuery,
        response: EVENT_STREAM,
      },
    },
    async (request, reply) => stream(request, reply, { workspaceId: workspaceIdOf(request) }),
  );

  app.get(
    '/documents/:id/events',
    {
      config: { problems: [404], access: { document: 'document:read' } },
      schema: {
        tags: ['events'],
        description: 'Live updates of one document.',
        params: DocumentParams,
        headers: ResumeHeaders,
        querystring: ResumeQuery,
        response: EVENT_STREAM,
      },
    },
    async (request, reply) => {
      const documentId = request.params.id;
      if (!(await isLiveDocument(app.db, documentId)))
        throw new ProblemError('not-found', `No document ${documentId}`);
      return stream(request, reply, { workspaceId: workspaceIdOf(request), documentId });
    },
  );
};

function workspaceIdOf(request: FastifyRequest): string {
  const access = request.workspaceAccess;
  if (!access) throw new ProblemError('not-found', 'No such workspace');
  return access.workspaceId;
}
