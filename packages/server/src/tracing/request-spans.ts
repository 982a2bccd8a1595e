import type { IncomingMessage } from 'node:http';
import {
  type Context,
  context,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { tracer } from './tracer.js';

const TRACED = Symbol('designdoc.requestSpan');

/** A raw request with the server span started for it. */
type TracedRequest = IncomingMessage & { [TRACED]?: { span: Span; context: Context } };

/**
 * A server span for every request, named by its route (`PUT /api/v1/documents/:id`), continuing
 * the trace of an incoming W3C `traceparent`, with the HTTP attributes of the semantic
 * conventions (method, route, path, scheme, client address, user agent, status) and an error
 * status on a 5xx. The span is the active one from the first hook to the response, so the spans
 * of the queries and the parse and lint a request makes are its children; its trace id is bound
 * to the request's logger as `trace_id`, so both request log lines (and any other) carry it.
 *
 * Registered only when tracing is on, before every other hook. The span starts in the request
 * logger's factory, the first code Fastify runs for a routed request and the one place the
 * "incoming request" line can get the id from; the route is known in `onRequest`. A request that
 * never reaches a route (a malformed URL) has no span.
 */
export const requestSpans = fp(async (app: FastifyInstance, options: { scheme: string }) => {
  app.setChildLoggerFactory((logger, bindings, childOptions, raw) => {
    const { span } = startRequestSpan(raw as TracedRequest, options.scheme);
    return logger.child({ ...bindings, trace_id: span.spanContext().traceId }, childOptions);
  });
  app.addHook('onRequest', (request, reply, done) => {
    const raw = request.raw as TracedRequest;
    const traced = raw[TRACED];
    if (!traced) return done();
    // A client that goes away before the answer: no onResponse, the span still ends. (Not the
    // request's own 'close': a request stream closes once its body has been read.)
    reply.raw.once('close', () => endRequestSpan(raw, null));
    const route = request.routeOptions.url;
    if (route) {
      traced.span.updateName(`${request.method} ${route}`);
      traced.span.setAttribute('http.route', route);
    }
    traced.span.setAttribute('client.address', request.ip);
    // The body's events come from the socket, outside this call: bound, they run in the span too.
    context.bind(traced.context, request.raw);
    context.with(traced.context, done);
  });
  app.addHook('onResponse', (request, reply, done) => {
    endRequestSpan(request.raw as TracedRequest, reply.statusCode);
    done();
  });
});

function startRequestSpan(raw: TracedRequest, scheme: string): { span: Span; context: Context } {
  const parent = propagation.extract(ROOT_CONTEXT, raw.headers);
  const method = raw.method ?? 'GET';
  const span = tracer.startSpan(
    method,
    {
      kind: SpanKind.SERVER,
      attributes: {
        'http.request.method': method,
        'url.path': (raw.url ?? '/').split('?')[0],
        'url.scheme': scheme,
        'network.protocol.version': raw.httpVersion,
        ...(raw.headers['user-agent'] ? { 'user_agent.original': raw.headers['user-agent'] } : {}),
      },
    },
    parent,
  );
  const traced = { span, context: trace.setSpan(parent, span) };
  raw[TRACED] = traced;
  return traced;
}

function endRequestSpan(raw: TracedRequest, statusCode: number | null): void {
  const traced = raw[TRACED];
  if (!traced) return;
  raw[TRACED] = undefined;
  if (statusCode !== null) {
    traced.span.setAttribute('http.response.status_code', statusCode);
    if (statusCode >= 500) traced.span.setStatus({ code: SpanStatusCode.ERROR });
  }
  traced.span.end();
}
