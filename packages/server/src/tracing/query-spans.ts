import { SpanKind, trace } from '@opentelemetry/api';
import type { LogEvent } from 'kysely';
import { recordFailure, tracer } from './tracer.js';

/** The `db.system.name` of each engine (OpenTelemetry's database semantic conventions). */
const SYSTEMS = { sqlite: 'sqlite', postgres: 'postgresql' } as const;

/** Where each kind of statement names its table (Kysely quotes identifiers). */
const TABLE: Record<string, RegExp> = {
  SELECT: /\bfrom\s+"([^"]+)"/i,
  INSERT: /^\s*insert\s+into\s+"([^"]+)"/i,
  UPDATE: /^\s*update\s+"([^"]+)"/i,
  DELETE: /^\s*delete\s+from\s+"([^"]+)"/i,
};

/** The statement's first keyword and the table it works on (for a SELECT, the first it reads). */
function summarize(sql: string): { operation: string; table: string | undefined } {
  const operation = /^\s*([a-z]+)/i.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';
  return { operation, table: TABLE[operation]?.exec(sql)?.[1] };
}

/**
 * One span per query, told by Kysely's query log once the query has run (the place the
 * metrics measure it), dated back by its duration: named like `SELECT documents`, with the
 * SQL (its values are parameters, never in the text), the engine and, when it failed, the error.
 * Only inside a traced operation (a request, a relay, a delivery): a query outside any, such
 * as the webhook poll's, makes no single-span trace of its own.
 */
export function querySpans(engine: keyof typeof SYSTEMS): (event: LogEvent) => void {
  const system = SYSTEMS[engine];
  return (event) => {
    if (!trace.getActiveSpan()?.isRecording()) return;
    const end = performance.now();
    const sql = event.query.sql;
    const { operation, table } = summarize(sql);
    const span = tracer.startSpan(table ? `${operation} ${table}` : operation, {
      kind: SpanKind.CLIENT,
      startTime: end - event.queryDurationMillis,
      attributes: {
        'db.system.name': system,
        'db.operation.name': operation,
        'db.query.text': sql,
        ...(table ? { 'db.collection.name': table } : {}),
      },
    });
    if (event.level === 'error') recordFailure(span, event.error);
    span.end(end);
  };
}
