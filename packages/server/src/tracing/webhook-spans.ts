import { context, propagation, SpanStatusCode, trace } from '@opentelemetry/api';

/**
 * The W3C trace context (`traceparent`, and `tracestate` when there is one) of the active span,
 * as headers for an outgoing request: a receiver that traces continues the delivery's trace.
 * Empty when tracing is off.
 */
export function traceHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  propagation.inject(context.active(), headers);
  return headers;
}

/**
 * An attempt's facts on the active `webhook delivery` span: the hook, the event, the attempt's
 * number, the receiver's host (never its whole URL: a hook's path can be its secret, as Slack's
 * is) and status, and an error status when it failed.
 */
export function describeAttempt(
  url: string,
  ids: { webhookId: string; eventId: string; attempt: number },
  result: { statusCode: number | null; error: string | null },
): void {
  const span = trace.getActiveSpan();
  if (!span?.isRecording()) return;
  const target = new URL(url);
  span.setAttributes({
    'designdoc.webhook.id': ids.webhookId,
    'designdoc.event.id': ids.eventId,
    'designdoc.attempt': ids.attempt,
    'http.request.method': 'POST',
    'server.address': target.hostname,
    'server.port': Number(target.port) || (target.protocol === 'https:' ? 443 : 80),
    ...(result.statusCode === null ? {} : { 'http.response.status_code': result.statusCode }),
  });
  if (result.error !== null) span.setStatus({ code: SpanStatusCode.ERROR, message: result.error });
}
