/**
 * The standard OpenTelemetry variables this server reads to decide whether to trace. The SDK
 * reads these and the rest of `OTEL_*` (service name, sampler, headers, batch sizes …) itself,
 * from the process environment: they are the SDK's settings, named and defined by the
 * specification, not designdoc's.
 */
export type TracingSettingName =
  | 'OTEL_SDK_DISABLED'
  | 'OTEL_TRACES_EXPORTER'
  | 'OTEL_EXPORTER_OTLP_ENDPOINT'
  | 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'
  | 'OTEL_EXPORTER_OTLP_PROTOCOL'
  | 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL';

/** The exporters `OTEL_TRACES_EXPORTER` may name (what @opentelemetry/sdk-node builds). */
const EXPORTERS = ['otlp', 'console', 'zipkin', 'none'];
const PROTOCOLS = ['http/protobuf', 'http/json', 'grpc'];

/**
 * Whether to trace: off unless an OTLP endpoint (`OTEL_EXPORTER_OTLP_ENDPOINT`,
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) or an exporter (`OTEL_TRACES_EXPORTER`, not `none`) is
 * set, and always off with `OTEL_SDK_DISABLED=true`. Off, the SDK is never loaded. Values the SDK
 * would only warn about and ignore (an unknown exporter or protocol, an endpoint that is not a
 * URL) stop the start here instead, by name.
 */
export function readTracingEnabled(
  env: Record<string, string | undefined>,
  problems: string[],
): boolean {
  const value = (name: TracingSettingName) => env[name]?.trim() || undefined;
  const exporters = value('OTEL_TRACES_EXPORTER')
    ?.split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const unknown = exporters?.filter((e) => !EXPORTERS.includes(e)) ?? [];
  if (unknown.length > 0)
    problems.push(
      `OTEL_TRACES_EXPORTER “${unknown.join(',')}” must be ${EXPORTERS.slice(0, -1).join(', ')} or none`,
    );
  for (const name of [
    'OTEL_EXPORTER_OTLP_PROTOCOL',
    'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL',
  ] as const) {
    const protocol = value(name);
    if (protocol && !PROTOCOLS.includes(protocol))
      problems.push(`${name} “${protocol}” must be http/protobuf (the default), http/json or grpc`);
  }
  for (const name of [
    'OTEL_EXPORTER_OTLP_ENDPOINT',
    'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
  ] as const) {
    const endpoint = value(name);
    if (endpoint && !/^https?:\/\/[^/]/.test(endpoint))
      problems.push(`${name} must be a URL starting with http:// or https://`);
  }
  if (value('OTEL_SDK_DISABLED')?.toLowerCase() === 'true') return false;
  if (exporters && exporters.length > 0) return exporters[0] !== 'none';
  return (
    value('OTEL_EXPORTER_OTLP_ENDPOINT') !== undefined ||
    value('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT') !== undefined
  );
}
