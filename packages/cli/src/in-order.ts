/**
 * Run `work` on every item with at most `limit` running at once, and hand each result to
 * `report` in the items' order (a result waits for those before it), so that output stays the
 * same whatever order the work finishes in. Resolves when every item is reported; on the first
 * error `work` throws, starts nothing more and rejects with it once the running work has settled.
 */
export async function inOrder<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
  report: (result: R, item: T) => void,
): Promise<void> {
  const results = new Array<{ value: R } | undefined>(items.length);
  let started = 0;
  let reported = 0;
  const flush = () => {
    for (let done = results[reported]; done; done = results[reported]) {
      results[reported] = undefined;
      report(done.value, items[reported] as T);
      reported++;
    }
  };
  const worker = async () => {
    while (started < items.length) {
      const index = started++;
      try {
        results[index] = { value: await work(items[index] as T) };
      } catch (error) {
        started = items.length; // start nothing more
        throw error;
      }
      flush();
    }
  };
  const workers = Array.from({ length: Math.min(limit, items.length) }, worker);
  const settled = await Promise.allSettled(workers);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
}
