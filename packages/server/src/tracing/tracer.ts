import { type Span, type SpanOptions, SpanStatusCode, trace } from '@opentelemetry/api';
import { VERSION } from '../version.js';

/**
 * designdoc's tracer. Until the SDK is started (start-tracing.ts) every span it makes is the
 * API's no-op one, so code may call it whether or not tracing is on; the per-request paths
 * only do when it is (request-spans.ts, query-spans.ts, traced-preparer.ts).
 */
export const tracer = trace.getTracer('designdoc', VERSION);

/** Mark `span` as failed by `error` (its type and message; the message never holds a document). */
export function recordFailure(span: Span, error: unknown): void {
  const failure = error instanceof Error ? error : new Error(String(error));
  span.recordException(failure);
  span.setStatus({ code: SpanStatusCode.ERROR, message: failure.message });
}

/**
 * Run `work` in a new span, the active one while it runs (so that the spans of the queries it
 * makes are its children), ended when `work` settles and marked failed when it throws.
 */
export function inSpan<T>(
  name: string,
  options: SpanOptions,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  return tracer.startActiveSpan(name, options, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      recordFailure(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}
