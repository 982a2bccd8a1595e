import { describe, expect, it } from 'vitest';
import { inOrder } from './in-order.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inOrder', () => {
  it('reports in item order whatever order the work finishes in, with at most `limit` running', async () => {
    const items = Array.from({ length: 40 }, (_, i) => i);
    let running = 0;
    let most = 0;
    const finished: number[] = [];
    const reported: string[] = [];
    await inOrder(
      items,
      5,
      async (i) => {
        running++;
        most = Math.max(most, running);
        await pause((i * 7) % 11);
        running--;
        finished.push(i);
        return `item ${i}`;
      },
      (result) => reported.push(result),
    );
    expect(reported).toEqual(items.map((i) => `item ${i}`));
    expect(finished).not.toEqual(items);
    expect(most).toBe(5);
  });

  it('starts nothing more after a failure and rejects with it', async () => {
    const started: number[] = [];
    const reported: number[] = [];
    const run = inOrder(
      Array.from({ length: 20 }, (_, i) => i),
      2,
      async (i) => {
        started.push(i);
        await pause(1);
        if (i === 3) throw new Error('server gone');
        return i;
      },
      (i) => reported.push(i),
    );
    await expect(run).rejects.toThrow('server gone');
    expect(started.length).toBeLessThanOrEqual(5);
    expect(reported).toEqual([0, 1, 2]);
  });
});
