import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../test/repo-paths.js';
import { ADMIN_HEADERS, useServers } from '../../../../test/start-server.js';
import { useTempDirs } from '../../../../test/temp-dir.js';
import {
  eventually,
  startReceiver,
  type WebhookReceiver,
} from '../../../../test/webhook-receiver.js';
import {
  type CollectedSpan,
  type OtlpCollector,
  startCollector,
} from '../../test/otlp-collector.js';
import { runBin } from '../../test/run-cli.js';

const tempDir = useTempDirs();
const startServer = useServers();
/** Records the modules a process loads, or hides a package (test/module-hooks.mjs). */
const MODULE_HOOKS = `--import=${fileURLToPath(new URL('../../test/module-hooks.mjs', import.meta.url))}`;
const SDK = '@opentelemetry/sdk-node';
/** The Markdown each test saves over the document's first version. */
const SAVED = '# Ledger\n\nSecond words.\n';

let collector: OtlpCollector | undefined;
let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await collector?.close();
  await receiver?.close();
  collector = receiver = undefined;
});

async function call(base: string, method: string, path: string, init: RequestInit = {}) {
  const response = await fetch(`${base}${path.slice(1)}`, {
    method,
    ...init,
    headers: { ...ADMIN_HEADERS, ...(init.headers as Record<string, string>) },
  });
  const text = await response.text();
  return { response, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

async function stop(child: ChildProcess): Promise<number | null> {
  child.kill('SIGTERM');
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

/** The JSON log lines of one request (by its `x-request-id`). */
function requestLogLines(output: string, requestId: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.reqId === requestId);
}

/** Every package under @opentelemetry/ the process resolved a module of, but the API. */
function sdkModulesLoaded(moduleLog: string): string[] {
  let urls: string[];
  try {
    urls = readFileSync(moduleLog, 'utf8').split('\n');
  } catch {
    return [];
  }
  return [
    ...new Set(urls.map((url) => /@opentelemetry\/([^/]+)/.exec(url)?.[1]).filter(Boolean)),
  ].filter((name) => name !== 'api') as string[];
}

/** Workspace "team", a webhook for document updates to `receiver`, and a document; its id and ETag. */
async function documentWithHook(base: string, hookTo: WebhookReceiver) {
  const json = { 'content-type': 'application/json' };
  await call(base, 'POST', '/api/v1/workspaces', {
    headers: json,
    body: JSON.stringify({ slug: 'team', name: 'Team' }),
  });
  const hook = await call(base, 'POST', '/api/v1/workspaces/team/webhooks', {
    headers: json,
    body: JSON.stringify({ url: hookTo.url, events: ['document.updated'] }),
  });
  hookTo.secret = hook.body.secret as string;
  const created = await call(base, 'POST', '/api/v1/workspaces/team/documents', {
    headers: { 'content-type': 'text/markdown' },
    body: '# Ledger\n\nFirst words.\n',
  });
  expect(created.response.status).toBe(201);
  return { id: created.body.id as string, etag: created.response.headers.get('etag') as string };
}

describe('designdoc serve with OpenTelemetry tracing', () => {
  it('exports a save as one trace (the request span, its queries, its parse and lint), the outbox relay and the webhook delivery as traces of their own, and logs the trace id', async () => {
    collector = await startCollector();
    receiver = await startReceiver();
    const dir = tempDir();
    const server = await startServer(
      {
        DESIGNDOC_DATA_DIR: dir.file('data'),
        LOG_LEVEL: 'info',
        WEBHOOK_ALLOW_PRIVATE: '127.0.0.1',
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_BSP_SCHEDULE_DELAY: '50',
        NODE_OPTIONS: MODULE_HOOKS,
        DESIGNDOC_TEST_MODULE_LOG: dir.file('modules.log'),
      },
      ['--no-demo'],
    );
    const { id, etag } = await documentWithHook(server.url, receiver);

    // The save continues the caller's trace (W3C traceparent).
    const trace = '0af7651916cd43dd8448eb211c80319c';
    const caller = 'b7ad6b7169203331';
    const saved = await call(server.url, 'PUT', `/api/v1/documents/${id}`, {
      headers: {
        'content-type': 'text/markdown',
        'if-match': etag,
        traceparent: `00-${trace}-${caller}-01`,
      },
      body: SAVED,
    });
    expect(saved.response.status).toBe(200);
    const delivery = await eventually(
      () => collector?.spans.find((s) => s.name === 'webhook delivery'),
      'the webhook delivery span',
    );

    // 1. One trace: the server span, child of the caller's, and every other span its child.
    const spans = collector.spans.filter((s) => s.traceId === trace);
    const request = spans.find((s) => s.kind === 2) as CollectedSpan;
    expect(request).toMatchObject({
      name: 'PUT /api/v1/documents/:id',
      parentSpanId: caller,
      attributes: {
        'http.request.method': 'PUT',
        'http.route': '/api/v1/documents/:id',
        'http.response.status_code': 200,
        'url.path': `/api/v1/documents/${id}`,
        'url.scheme': 'http',
        'client.address': '127.0.0.1',
      },
      resource: { 'service.name': 'designdoc' },
    });
    const children = spans.filter((s) => s !== request);
    expect(children.every((s) => s.parentSpanId === request.spanId)).toBe(true);
    const names = children.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'SELECT api_keys',
        'SELECT documents',
        'prepare document',
        'BEGIN',
        'INSERT versions',
        'INSERT events',
        'COMMIT',
      ]),
    );
    // Parse and lint (on a worker thread) before the transaction, which commits last.
    const prepare = children.find((s) => s.name === 'prepare document') as CollectedSpan;
    expect(prepare.attributes).toMatchObject({
      'designdoc.template': 'tdd',
      'designdoc.markdown.length': SAVED.length,
      'designdoc.runs_on': expect.any(String),
      'designdoc.lint.errors': expect.any(Number),
    });
    const begin = children.find((s) => s.name === 'BEGIN') as CollectedSpan;
    // The SDK dates each span from Date.now() when it is made (whole milliseconds) plus
    // performance.now() after that, so two spans' times compare only to within 1 ms (the
    // query spans, dated back by Kysely's measurement, likewise): orders are checked to 1 ms.
    expect(prepare.endUs).toBeLessThanOrEqual(begin.startUs + 1000);
    expect(prepare.startUs).toBeLessThan(begin.startUs);
    const insert = children.find((s) => s.name === 'INSERT versions') as CollectedSpan;
    expect(insert.attributes).toMatchObject({
      'db.system.name': 'sqlite',
      'db.operation.name': 'INSERT',
      'db.collection.name': 'versions',
    });
    expect(insert.attributes['db.query.text']).toMatch(/^insert into "versions"/);
    expect(insert.attributes['db.query.text']).not.toContain('Second words');
    for (const span of children) {
      expect(span.startUs).toBeGreaterThanOrEqual(request.startUs - 1000);
      expect(span.endUs).toBeLessThanOrEqual(request.endUs + 1000);
    }

    // 2. The relay and the delivery: traces of their own, tied by the event id.
    const event = request.events.find((e) => e.name === 'outbox event');
    expect(event?.attributes['designdoc.event.type']).toBe('document.updated');
    const eventId = event?.attributes['designdoc.event.id'];
    const relay = collector.spans.find(
      (s) =>
        s.name === 'outbox relay' &&
        (s.attributes['designdoc.event.ids'] as string[]).includes(eventId as string),
    ) as CollectedSpan;
    expect(relay).toMatchObject({ parentSpanId: '', attributes: { 'designdoc.deliveries': 1 } });
    expect(relay.traceId).not.toBe(trace);
    expect(
      collector.spans.filter((s) => s.parentSpanId === relay.spanId).map((s) => s.name),
    ).toContain('INSERT webhook_deliveries');
    expect(delivery).toMatchObject({
      parentSpanId: '',
      kind: 3,
      attributes: {
        'designdoc.event.id': eventId,
        'designdoc.webhook.outcome': 'succeeded',
        'http.response.status_code': 200,
        'server.address': '127.0.0.1',
      },
    });
    expect([trace, relay.traceId]).not.toContain(delivery.traceId);
    // The receiver can continue the delivery's trace.
    expect(receiver.received[0]?.headers.traceparent).toBe(
      `00-${delivery.traceId}-${delivery.spanId}-01`,
    );
    expect(receiver.received[0]?.signed).toBe(true);

    // 3. Both log lines of the save carry its trace id.
    const lines = requestLogLines(
      server.output(),
      saved.response.headers.get('x-request-id') as string,
    );
    expect(lines.map((l) => [l.msg, l.trace_id])).toEqual([
      ['incoming request', trace],
      ['request completed', trace],
    ]);
    expect(sdkModulesLoaded(dir.file('modules.log'))).toContain('sdk-node');
    expect(await stop(server.child)).toBe(0);
  }, 60_000);

  it('loads no SDK, exports nothing and logs no trace id without OTEL variables or with OTEL_SDK_DISABLED=true', async () => {
    collector = await startCollector();
    receiver = await startReceiver();
    for (const otel of [
      {},
      { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_SDK_DISABLED: 'true' },
    ]) {
      const dir = tempDir();
      const server = await startServer(
        {
          DESIGNDOC_DATA_DIR: dir.file('data'),
          LOG_LEVEL: 'info',
          WEBHOOK_ALLOW_PRIVATE: '127.0.0.1',
          NODE_OPTIONS: MODULE_HOOKS,
          DESIGNDOC_TEST_MODULE_LOG: dir.file('modules.log'),
          ...otel,
        },
        ['--no-demo'],
      );
      const { id, etag } = await documentWithHook(server.url, receiver);
      const saved = await call(server.url, 'PUT', `/api/v1/documents/${id}`, {
        headers: { 'content-type': 'text/markdown', 'if-match': etag },
        body: SAVED,
      });
      expect(saved.response.status).toBe(200);
      await eventually(() => (receiver?.received.length ?? 0) > 0, 'the webhook delivery');
      const lines = requestLogLines(
        server.output(),
        saved.response.headers.get('x-request-id') as string,
      );
      expect(lines.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
      expect(lines.some((l) => 'trace_id' in l)).toBe(false);
      expect(receiver.received.at(-1)?.headers.traceparent).toBeUndefined();
      expect(await stop(server.child)).toBe(0);
      expect(sdkModulesLoaded(dir.file('modules.log'))).toEqual([]);
      receiver.received.length = 0;
    }
    expect(collector.requests).toEqual([]);
  }, 60_000);

  it('says in one line how to install the SDK when tracing is configured without it (exit 2)', () => {
    const dir = tempDir();
    const range = (
      JSON.parse(readFileSync(`${REPO_ROOT}packages/server/package.json`, 'utf8')) as {
        peerDependencies: Record<string, string>;
      }
    ).peerDependencies[SDK];
    const result = runBin(['serve', '--port', '0', '--no-demo'], {
      cwd: dir.path,
      env: {
        DESIGNDOC_DATA_DIR: dir.file('data'),
        OTEL_TRACES_EXPORTER: 'otlp',
        NODE_OPTIONS: MODULE_HOOKS,
        DESIGNDOC_TEST_HIDE_PACKAGE: SDK,
      },
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      `designdoc: Tracing is configured (OTEL_* variables) but needs ${SDK}, which is not installed: npm install ${SDK}@${range}`,
    ]);
  });

  it('refuses an OTEL setting the SDK would ignore, by name (exit 2)', () => {
    const dir = tempDir();
    const result = runBin(['serve', '--port', '0', '--no-demo'], {
      cwd: dir.path,
      env: {
        DESIGNDOC_DATA_DIR: dir.file('data'),
        OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/xml',
      },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'OTEL_EXPORTER_OTLP_PROTOCOL “http/xml” must be http/protobuf (the default), http/json or grpc',
    );
    expect(result.stderr).toContain(
      'OTEL_EXPORTER_OTLP_ENDPOINT must be a URL starting with http:// or https://',
    );
  });
});
