import { type DiagLogger, DiagLogLevel, diag } from '@opentelemetry/api';
import type { ServerConfig } from '../config.js';
import { VERSION } from '../version.js';

/** The OpenTelemetry SDK this server starts, an optional peer dependency (package.json). */
export const SDK_PACKAGE = '@opentelemetry/sdk-node';
export const SDK_RANGE = '^0.223.0';

/**
 * How long stopping waits for the spans still queued to be sent before dropping them: a collector
 * that answers takes milliseconds, and `docker stop` gives 10 s in all, most of them to the
 * requests in flight (SHUTDOWN_TIMEOUT_MS).
 */
const FLUSH_ON_STOP_MS = 2000;

/** Started tracing: `shutdown` sends what is queued (at most 2 s) and stops. */
export interface Tracing {
  shutdown(): Promise<void>;
}

/** Tracing is configured, but the SDK package is not installed (its message says how to get it). */
export class TracingUnavailableError extends Error {
  constructor() {
    super(
      `Tracing is configured (OTEL_* variables) but needs ${SDK_PACKAGE}, which is not installed: npm install ${SDK_PACKAGE}@${SDK_RANGE}`,
    );
    this.name = 'TracingUnavailableError';
  }
}

/**
 * Start the OpenTelemetry SDK when the configuration turns tracing on, else do nothing and load
 * nothing (null): the SDK is about 70 packages and 31 MB, an optional peer dependency loaded
 * here only, so a server without tracing starts and serves as it did. Call it before the work it
 * traces, and `shutdown` after the app has closed.
 *
 * The SDK reads the standard `OTEL_*` variables from the process environment (endpoint,
 * protocol, headers, service name and resource attributes, sampler, batch sizes). designdoc
 * exports traces only (its metrics are on /metrics, its logs on standard output), names the
 * service `designdoc` unless `OTEL_SERVICE_NAME` says otherwise, and reports export failures
 * on standard error (more with `OTEL_LOG_LEVEL`).
 */
export async function startTracing(config: Pick<ServerConfig, 'tracing'>): Promise<Tracing | null> {
  if (!config.tracing) return null;
  let sdkNode: typeof import('@opentelemetry/sdk-node');
  try {
    sdkNode = await import('@opentelemetry/sdk-node');
  } catch (error) {
    if (isMissingSdk(error)) throw new TracingUnavailableError();
    throw error;
  }
  const { NodeSDK, resources } = sdkNode;
  // Replaced by the SDK's own console logger when OTEL_LOG_LEVEL is set.
  diag.setLogger(SDK_ERRORS, { logLevel: DiagLogLevel.ERROR, suppressOverrideMessage: true });
  const sdk = new NodeSDK({
    // Under what the environment says (OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES): detected
    // resources are merged over this one.
    resource: resources.defaultResource().merge(
      resources.resourceFromAttributes({
        'service.name': 'designdoc',
        'service.version': VERSION,
      }),
    ),
    instrumentations: [],
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  return {
    async shutdown() {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        sdk.shutdown().catch((error: Error) => diag.error(error.message)),
        new Promise((resolve) => {
          timer = setTimeout(resolve, FLUSH_ON_STOP_MS).unref();
        }),
      ]);
      clearTimeout(timer);
    },
  };
}

const ignore = () => {};

/**
 * The SDK's errors (mostly an export that failed: the collector is down or refuses) as process
 * warnings, one line each on standard error, as the PostgreSQL pool's lost connections are.
 */
const SDK_ERRORS: DiagLogger = {
  error(message, ...args) {
    process.emitWarning(`Tracing: ${[message, ...args].map(describe).join(' ')}`);
  },
  warn: ignore,
  info: ignore,
  debug: ignore,
  verbose: ignore,
};

/** A message or argument of the SDK's in a few words: an error (even as its JSON) by its message. */
function describe(value: unknown): string {
  if (value instanceof Error) return value.message;
  if (typeof value !== 'string') return String(value);
  try {
    const parsed = JSON.parse(value) as { message?: unknown };
    if (typeof parsed.message === 'string') return parsed.message;
  } catch {}
  return value.trim();
}

/** Whether an import failed because the SDK package is not installed (not inside it). */
function isMissingSdk(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
    typeof message === 'string' &&
    message.includes(`'${SDK_PACKAGE}'`)
  );
}
