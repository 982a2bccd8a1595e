import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACKS, defaultAttack } from './attacks.js';
import { type ApiRequest, send } from './http-client.js';
import { type HealthzProbe, quantile, startProbe } from './probe.js';
import { type AttackRow, writeReport } from './report.js';
import { seedClient, seedWorld, type World } from './seed.js';
import { ADMIN_TOKEN, type Engine, type ServerProcess, startServer } from './server-process.js';

/** The goal (issue 16): /healthz answers within this at the 99th percentile during any request. */
export const HEALTHZ_P99_MS = 100;
/** An attack not answered by then froze the server: it is restarted so the run goes on. */
const ATTACK_TIMEOUT_MS = 20_000;
/** The probe goes on this long after the answer: work a request leaves behind is its own. */
const TAIL_MS = 100;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * For every operation of the served OpenAPI, its worst request (attacks.ts) against a real
 * `designdoc serve` process on `engine`, while a thread of this process asks for /healthz every
 * 10 ms: /healthz p99 must stay within HEALTHZ_P99_MS, and no attack may answer 5xx or not at all.
 */
export function describeEveryRoute(engine: Engine): void {
  describe(`every route under its worst input, /healthz p99 ≤ ${HEALTHZ_P99_MS} ms (${engine})`, () => {
    let server: ServerProcess;
    let probe: HealthzProbe;
    let world: World;
    let operations: string[] = [];
    const rows: AttackRow[] = [];
    const began = performance.now();

    beforeAll(async () => {
      server = await startServer(engine);
      const { json } = await seedClient(server.port)<{ paths: Record<string, object> }>(
        'GET',
        '/api/v1/openapi.json',
      );
      operations = Object.entries(json.paths).flatMap(([path, item]) =>
        Object.keys(item)
          .filter((method) => METHODS.includes(method))
          .map((method) => `${method.toUpperCase()} ${path}`),
      );
      world = await seedWorld(server.port);
      probe = startProbe(server.port);
    }, 600_000);

    afterAll(async () => {
      const unclassified = operations.filter((op) => !ATTACKS.some((a) => a.operation === op));
      if (rows.length > 0) writeReport(engine, rows, unclassified, performance.now() - began);
      await probe?.close();
      await server?.dispose();
    }, 60_000);

    /** Send one attack while the probe runs; restart a server that froze or fell over. */
    async function attack(operation: string, input: string, req: ApiRequest): Promise<AttackRow> {
      const request = {
        ...req,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...req.headers },
      };
      await probe.settle();
      const { result, samples, statuses } = await probe.during(
        () => send(server.port, request, { timeoutMs: ATTACK_TIMEOUT_MS }),
        TAIL_MS,
      );
      const row: AttackRow = {
        operation,
        input,
        status: result.status,
        attackMs: Math.round(result.ms * 10) / 10,
        responseBytes: result.bytes,
        probes: samples.length,
        healthzP99: Math.round(quantile(samples, 0.99) * 10) / 10,
        healthzMax: Math.round(Math.max(0, ...samples) * 10) / 10,
        problems: [],
      };
      if (result.status >= 300) row.detail = result.text.slice(0, 300);
      if (result.timedOut)
        row.problems.push(`no answer in ${ATTACK_TIMEOUT_MS / 1000} s (server restarted)`);
      else if (result.status === 0) row.problems.push('the connection broke (server restarted)');
      else if (result.status >= 500)
        row.problems.push(`answered ${result.status}: ${serverError(result.text)}`);
      if (row.healthzP99 > HEALTHZ_P99_MS)
        row.problems.push(
          `/healthz p99 ${row.healthzP99} ms > ${HEALTHZ_P99_MS} ms (max ${row.healthzMax} ms)`,
        );
      const failed = statuses.filter((s) => s !== 200 && s !== -1).length;
      if (failed > 0) row.problems.push(`/healthz failed ${failed} of ${statuses.length} times`);
      if (result.status === 0) await server.restart();
      rows.push(row);
      return row;
    }

    /** What the server logged for a 500 (the answer only gives the request id). */
    function serverError(answer: string): string {
      const requestId = /"requestId":"([^"]+)"/.exec(answer)?.[1];
      const logged = server
        .tail()
        .split('\n')
        .find((line) => requestId && line.includes(requestId) && line.includes('"err"'));
      return /"message":"((?:[^"\\]|\\.)*)"/.exec(logged ?? '')?.[1] ?? answer.slice(0, 300);
    }

    it('attacks only operations the server serves', () => {
      const stale = ATTACKS.map((a) => a.operation).filter((op) => !operations.includes(op));
      expect(stale).toEqual([]);
    });

    it('stores every worst document when seeding', () => {
      expect(world.seedProblems).toEqual([]);
    });

    for (const { operation, input, build } of ATTACKS)
      it(`${operation} — ${input}`, async () => {
        const row = await attack(operation, input, build(world));
        expect(row.problems, `${operation} (${input}): ${row.status}, ${row.attackMs} ms`).toEqual(
          [],
        );
      });

    it('sends a plain request to every operation the table does not know', async () => {
      const problems: string[] = [];
      for (const operation of operations.filter((op) => !ATTACKS.some((a) => a.operation === op))) {
        const row = await attack(
          operation,
          'plain (no entry in attacks.ts)',
          defaultAttack(operation, world),
        );
        problems.push(...row.problems.map((p) => `${operation}: ${p}`));
      }
      expect(problems).toEqual([]);
    });
  });
}
