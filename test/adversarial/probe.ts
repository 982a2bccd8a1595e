import { Worker } from 'node:worker_threads';

/** /healthz latencies (ms, on the probe's timetable) and statuses seen while some work ran. */
export interface ProbeSamples {
  samples: number[];
  statuses: number[];
}

/** The /healthz probe of healthz-probe.mjs, in its own thread. */
export interface HealthzProbe {
  /** Probe from now until `work` settles, then `tailMs` longer (work a request leaves behind). */
  during<T>(work: () => Promise<T>, tailMs: number): Promise<{ result: T } & ProbeSamples>;
  /**
   * Wait until /healthz has answered within QUIET_MS ten times running (at most SETTLE_MS): work
   * the last attack left behind (lint jobs, webhook fan-out, a full collection) is not the next
   * attack's.
   */
  settle(): Promise<void>;
  close(): Promise<void>;
}

const QUIET_MS = 20;
const SETTLE_MS = 10_000;

/** Start the probe's thread, asking 127.0.0.1:`port` every `intervalMs`. */
export function startProbe(port: number, intervalMs = 10): HealthzProbe {
  const worker = new Worker(new URL('./healthz-probe.mjs', import.meta.url), {
    workerData: { host: '127.0.0.1', port, intervalMs },
  });
  const next = <T>(message: string) =>
    new Promise<T>((resolve) => {
      worker.once('message', resolve);
      worker.postMessage(message);
    });
  return {
    async during(work, tailMs) {
      await next('start');
      const result = await work();
      await new Promise((resolve) => setTimeout(resolve, tailMs));
      const { samples, statuses } = await next<ProbeSamples>('stop');
      return { result, samples, statuses };
    },
    async settle() {
      const until = performance.now() + SETTLE_MS;
      while (performance.now() < until) {
        const { samples } = await this.during(
          () => new Promise((resolve) => setTimeout(resolve, 10 * intervalMs)),
          0,
        );
        if (samples.length >= 10 && samples.every((ms) => ms < QUIET_MS)) return;
      }
    },
    async close() {
      worker.postMessage('close');
      await worker.terminate();
    },
  };
}

/** The q-quantile of `values` (nearest rank), 0 for none. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}
