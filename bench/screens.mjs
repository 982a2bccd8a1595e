#!/usr/bin/env node
// How fast the web app's two heaviest screens become usable, and how many bytes they cost
// (issue 22: "time to interactive of the document screen with a 100 KB document ≤ 0.5 s and of
// the editor ≤ 1 s in Chromium; report the bytes transferred"). `designdoc serve` with the
// built web app, Chromium (Debian's, through playwright-core), a signed-in author and a
// ~100 KB tdd document; each run opens the screen in a new browser context (an empty cache: a
// first visit), then once more in the same context (a later visit: assets from the cache).
//
// Time to interactive, as measured here: from the start of the navigation until the screen
// shows its content and the page answers input — the document's rendered body (its last
// appendix heading) or the editor's text, its outline and its first lint pass over the whole
// text done (`designdoc:analyse`),
// and then one animation frame and one task, so that nothing still holds the main thread.
// Bytes: the transfer size of the page and every resource it loaded (Resource Timing), so the
// compressed size where the server compressed.
//
//   node screens.mjs [--runs 5] [--kb 100] [--out results/screens.json]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { die, fmt, machineInfo, median, parseArgs, REPO_DIR } from './lib.mjs';
import { signIn, withBenchDocument } from './web-bench.mjs';

let args;
try {
  args = parseArgs(process.argv.slice(2));
} catch (error) {
  die(error.message);
}
const runs = Number(args.runs ?? 5);
const targetKb = Number(args.kb ?? 100);
if (!Number.isInteger(runs) || runs < 1) die(`--runs must be a whole number ≥ 1, got ${args.runs}`);
const out = path.resolve(args.out ?? path.join(REPO_DIR, 'bench/results/screens.json'));

/** In the page: milliseconds since navigation start once a frame and a task have passed. */
const settled = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
  );

/** In the page: bytes transferred for the page and its resources, and how many resources. */
const transferred = () => {
  const entries = [
    ...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource'),
  ];
  return {
    bytes: entries.reduce((n, e) => n + e.transferSize, 0),
    decoded: entries.reduce((n, e) => n + e.decodedBodySize, 0),
    resources: entries.length,
  };
};

const SCREENS = {
  document: {
    path: (id) => `documents/${id}`,
    ready: async (page, lastHeading) => {
      await page.locator('.document-body .rendered h2', { hasText: lastHeading }).waitFor();
    },
  },
  editor: {
    path: (id) => `documents/${id}/edit`,
    ready: async (page) => {
      // The text is drawn only where it is in view: its first lint pass reads all of it.
      await page.locator('.cm-content').waitFor();
      await page
        .locator('.outline')
        .getByRole('button', { name: 'Overview', exact: true })
        .waitFor();
      await page.waitForFunction(
        () => performance.getEntriesByName('designdoc:analyse').length > 0,
      );
    },
  },
};

await withBenchDocument('screens', targetKb, async ({ url, markdown, doc, browser }) => {
  const lastHeading = [...markdown.matchAll(/^## (Appendix \d+: .+)$/gm)].at(-1)?.[1];
  if (!lastHeading) die('the bench document has no appendix heading');
  // Signed in once; each run's context starts from this session's cookies, with an empty cache.
  const signedIn = await browser.newContext();
  await signIn(await signedIn.newPage(), url);
  const storageState = await signedIn.storageState();
  await signedIn.close();

  const results = {};
  for (const [name, screen] of Object.entries(SCREENS)) {
    const first = [];
    const later = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({
        storageState,
        viewport: { width: 1360, height: 900 },
      });
      for (const list of [first, later]) {
        const page = await context.newPage();
        await page.goto(`${url}${screen.path(doc.id)}`, { waitUntil: 'commit' });
        await screen.ready(page, lastHeading);
        const ms = await page.evaluate(settled);
        list.push({ ms, ...(await page.evaluate(transferred)) });
        await page.close();
      }
      await context.close();
    }
    results[name] = {
      first: {
        medianMs: median(first.map((r) => r.ms)),
        minMs: Math.min(...first.map((r) => r.ms)),
        maxMs: Math.max(...first.map((r) => r.ms)),
        bytes: median(first.map((r) => r.bytes)),
        decodedBytes: median(first.map((r) => r.decoded)),
        resources: median(first.map((r) => r.resources)),
      },
      later: {
        medianMs: median(later.map((r) => r.ms)),
        minMs: Math.min(...later.map((r) => r.ms)),
        maxMs: Math.max(...later.map((r) => r.ms)),
        bytes: median(later.map((r) => r.bytes)),
      },
    };
  }
  const result = {
    when: new Date().toISOString(),
    machine: machineInfo(),
    chromium: browser.version(),
    document: { bytes: Buffer.byteLength(markdown) },
    runs,
    screens: results,
  };
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  const kib = (bytes) => `${fmt(bytes / 1024, 0)} KiB`;
  console.log(
    '| screen | visit | median ms to interactive | min–max ms | transferred | decoded | resources |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [name, { first, later }] of Object.entries(results)) {
    console.log(
      `| ${name} | first | ${fmt(first.medianMs, 0)} | ${fmt(first.minMs, 0)}–${fmt(first.maxMs, 0)} | ${kib(first.bytes)} | ${kib(first.decodedBytes)} | ${first.resources} |`,
    );
    console.log(
      `| ${name} | later | ${fmt(later.medianMs, 0)} | ${fmt(later.minMs, 0)}–${fmt(later.maxMs, 0)} | ${kib(later.bytes)} | | |`,
    );
  }
});
