#!/usr/bin/env node
// The editor's speed goal (issue 6: "the editor's lint + preview of a 100 KB document stays
// under 16 ms per change at the median — measure it in the browser with performance marks"):
// `designdoc serve` with the built web app, Chromium (Debian's, through playwright-core) on the
// editor of a ~100 KB tdd document, N single-character changes typed one at a time, and the
// editor's own `designdoc:analyse` measures (parse + lint + render + outline of the whole text,
// once per change), median and p95.
//
//   node editor.mjs [--changes 200] [--kb 100] [--out results/editor.json]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { die, fmt, machineInfo, median, parseArgs, percentile, REPO_DIR } from './lib.mjs';
import { signIn, withBenchDocument } from './web-bench.mjs';

let args;
try {
  args = parseArgs(process.argv.slice(2));
} catch (error) {
  die(error.message);
}
const changes = Number(args.changes ?? 200);
const targetKb = Number(args.kb ?? 100);
const out = path.resolve(args.out ?? path.join(REPO_DIR, 'bench/results/editor.json'));
await withBenchDocument('editor', targetKb, async ({ url, markdown, doc, browser }) => {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  await signIn(page, url);
  await page.goto(`${url}documents/${doc.id}/edit`);
  await page.locator('.outline').getByRole('button', { name: 'Overview', exact: true }).click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  const count = () => page.evaluate(() => performance.getEntriesByName('designdoc:analyse').length);
  // Warm-up: the first passes compile the core's code paths.
  for (let i = 0; i < 20; i++) {
    const before = await count();
    await page.keyboard.type('w');
    await page.waitForFunction(
      (n) => performance.getEntriesByName('designdoc:analyse').length > n,
      before,
    );
  }
  await page.evaluate(() => performance.clearMeasures('designdoc:analyse'));
  for (let i = 0; i < changes; i++) {
    // One change, then wait for its pass (the linter runs 80 ms after the last key).
    await page.keyboard.type(i % 10 === 9 ? ' ' : 'x');
    await page.waitForFunction(
      (n) => performance.getEntriesByName('designdoc:analyse').length > n,
      i,
    );
  }
  const durations = await page.evaluate(() =>
    performance.getEntriesByName('designdoc:analyse').map((e) => e.duration),
  );
  const sorted = [...durations].sort((a, b) => a - b);
  const result = {
    when: new Date().toISOString(),
    machine: machineInfo(),
    chromium: browser.version(),
    document: { bytes: Buffer.byteLength(markdown), lines: markdown.split('\n').length },
    changes: durations.length,
    ms: {
      median: median(sorted),
      p95: percentile(sorted, 95),
      min: sorted[0],
      max: sorted[sorted.length - 1],
    },
  };
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `designdoc:analyse over ${result.changes} changes of a ${fmt(result.document.bytes / 1024, 1)} KiB document ` +
      `(${result.document.lines} lines): median ${fmt(result.ms.median)} ms, p95 ${fmt(result.ms.p95)} ms, ` +
      `min ${fmt(result.ms.min)} ms, max ${fmt(result.ms.max)} ms (goal: median under 16 ms)`,
  );
});
