import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A span as an OTLP/HTTP JSON export carries it, its attributes flattened to plain values. */
export interface CollectedSpan {
  traceId: string;
  spanId: string;
  /** Empty for the root span of a trace. */
  parentSpanId: string;
  name: string;
  /** 1 internal, 2 server, 3 client (OTLP's numbering). */
  kind: number;
  /** Start and end, in microseconds since the epoch. */
  startUs: number;
  endUs: number;
  attributes: Record<string, unknown>;
  events: { name: string; attributes: Record<string, unknown> }[];
  resource: Record<string, unknown>;
}

/** An OpenTelemetry collector as far as a test needs one: what it was sent. */
export interface OtlpCollector {
  /** What `OTEL_EXPORTER_OTLP_ENDPOINT` is set to. */
  url: string;
  spans: CollectedSpan[];
  /** Every request it got, by path (`/v1/traces` …), whatever its body. */
  requests: string[];
  close(): Promise<void>;
}

interface OtlpValue {
  stringValue?: string;
  intValue?: number | string;
  doubleValue?: number;
  boolValue?: boolean;
  arrayValue?: { values?: OtlpValue[] };
}
type OtlpAttributes = { key: string; value: OtlpValue }[] | undefined;

function plain(value: OtlpValue): unknown {
  if (value.arrayValue) return (value.arrayValue.values ?? []).map(plain);
  if (value.intValue !== undefined) return Number(value.intValue);
  return value.stringValue ?? value.doubleValue ?? value.boolValue;
}

const flatten = (attributes: OtlpAttributes) =>
  Object.fromEntries((attributes ?? []).map(({ key, value }) => [key, plain(value)]));

/**
 * An OTLP/HTTP receiver on 127.0.0.1 that takes the JSON encoding
 * (`OTEL_EXPORTER_OTLP_PROTOCOL=http/json`) at POST /v1/traces and keeps the spans.
 */
export async function startCollector(): Promise<OtlpCollector> {
  const spans: CollectedSpan[] = [];
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push(request.url ?? '');
      if (request.url === '/v1/traces' && request.headers['content-type'] === 'application/json') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          resourceSpans: {
            resource: { attributes: OtlpAttributes };
            scopeSpans: {
              spans: (Omit<CollectedSpan, 'attributes' | 'events' | 'resource'> & {
                startTimeUnixNano: string;
                endTimeUnixNano: string;
                attributes: OtlpAttributes;
                events?: { name: string; attributes: OtlpAttributes }[];
              })[];
            }[];
          }[];
        };
        for (const { resource, scopeSpans } of body.resourceSpans)
          for (const scope of scopeSpans)
            for (const span of scope.spans)
              spans.push({
                traceId: span.traceId,
                spanId: span.spanId,
                parentSpanId: span.parentSpanId ?? '',
                name: span.name,
                kind: span.kind,
                startUs: Number(BigInt(span.startTimeUnixNano) / 1000n),
                endUs: Number(BigInt(span.endTimeUnixNano) / 1000n),
                attributes: flatten(span.attributes),
                events: (span.events ?? []).map((e) => ({
                  name: e.name,
                  attributes: flatten(e.attributes),
                })),
                resource: flatten(resource.attributes),
              });
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
