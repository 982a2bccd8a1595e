import { SpanKind } from '@opentelemetry/api';
import { inSpan } from '../tracing/tracer.js';
import { type AttemptOutcome, attemptDelivery, type DeliveryContext } from './webhook-attempt.js';

/**
 * `attemptDelivery` in a span of its own trace, `webhook delivery` (each attempt is one, at
 * whatever time and on whichever instance it runs), with its queries as children and its
 * outcome as `designdoc.webhook.outcome`. The POST carries the span as `traceparent`. No-op
 * spans when tracing is off.
 */
export function attemptDeliveryTraced(
  ctx: DeliveryContext,
  deliveryId: string,
): Promise<AttemptOutcome> {
  return inSpan(
    'webhook delivery',
    { root: true, kind: SpanKind.CLIENT, attributes: { 'designdoc.delivery.id': deliveryId } },
    async (span) => {
      const outcome = await attemptDelivery(ctx, deliveryId);
      span.setAttribute('designdoc.webhook.outcome', outcome.kind);
      return outcome;
    },
  );
}
