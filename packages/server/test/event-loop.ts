import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * What `work` resolves to, and the longest the event loop stood still while it ran, in ms. A
 * stall is sampled when the loop next turns, so the monitor reads one turn after `work` ends:
 * a request that never leaves the loop (SQLite answers synchronously) shows as one long stall.
 */
export async function longestStall<T>(work: () => Promise<T>): Promise<[T, number]> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  try {
    // The monitor's first turn only starts its clock: a stall that began before a second turn
    // would go unseen (a 2 s stall right after enable() read as 14 ms).
    await sleep(25);
    const result = await work();
    await sleep(30);
    return [result, delay.max / 1e6];
  } finally {
    delay.disable();
  }
}
