import { startTracing, type Tracing, TracingUnavailableError } from '@designdoc/server';
import { CliError } from '../io.js';

/**
 * Start tracing when the `OTEL_*` variables turn it on (the server's tracing/start-tracing.ts),
 * before `serve` opens the database; null when off. Without the SDK package, say in one line
 * how to get it (exit 2).
 */
export async function startServeTracing(config: { tracing: boolean }): Promise<Tracing | null> {
  try {
    return await startTracing(config);
  } catch (error) {
    if (error instanceof TracingUnavailableError) throw new CliError(error.message);
    throw error;
  }
}
