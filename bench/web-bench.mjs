// What the browser benches share (editor.mjs, screens.mjs): Chromium's flags, a large tdd
// document, the API calls that set up a workspace with an author, and signing in.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { BENCH_AUTH, benchProcesses, die, REPO_DIR, startDesigndoc } from './lib.mjs';

/** The same flags as the browser suite (packages/cli/test/browser.ts). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const BENCH_USER = { username: 'bench', password: 'plum-velvet-harbor-9271' };

/**
 * A tdd document of about `kb` KiB: the payments-ledger example, then copies of its sections
 * from Context to Deployment with their headings renamed "Appendix n: …" (so no heading repeats),
 * until it is big enough.
 */
export function bigDocument(kb) {
  const ledger = readFileSync(path.join(REPO_DIR, 'examples/payments-ledger.md'), 'utf8');
  const start = ledger.indexOf('## Context\n');
  const end = ledger.indexOf('## Open Questions\n');
  const body = ledger.slice(start, end);
  const copies = [];
  let size = Buffer.byteLength(ledger);
  for (let n = 1; size < kb * 1024; n++) {
    const copy = body.replace(/^(#{2,3}) (.+)$/gm, `$1 Appendix ${n}: $2`);
    copies.push(copy);
    size += Buffer.byteLength(copy);
  }
  const cut = ledger.indexOf('## References\n');
  return `${ledger.slice(0, cut)}${copies.join('')}${ledger.slice(cut)}`;
}

const json = { ...BENCH_AUTH, 'content-type': 'application/json' };

/** An API call with the bench's admin key; a string body is sent as Markdown. */
export async function call(url, method, route, body) {
  const response = await fetch(new URL(route, url), {
    method,
    headers: typeof body === 'string' ? { ...BENCH_AUTH, 'content-type': 'text/markdown' } : json,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  if (!response.ok) die(`${method} ${route}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** A workspace `bench` with BENCH_USER as its author, and a document of `markdown` in it. */
export async function benchDocument(url, markdown) {
  const root = await fetch(url);
  if (!(await root.text()).includes('<div id="root">'))
    die('the server does not serve the web app: run `npm run build -w @designdoc/web` first');
  await call(url, 'POST', '/api/v1/workspaces', { slug: 'bench', name: 'Bench' });
  await call(url, 'POST', '/api/v1/users', BENCH_USER);
  await call(url, 'PUT', '/api/v1/workspaces/bench/members/bench', { role: 'author' });
  return call(url, 'POST', '/api/v1/workspaces/bench/documents?template=tdd', markdown);
}

/** Sign in as BENCH_USER on `page`, through the sign-in form. */
export async function signIn(page, url) {
  await page.goto(url);
  await page.getByLabel('Username').fill(BENCH_USER.username);
  await page.getByLabel('Password').fill(BENCH_USER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Recently updated' }).waitFor();
}

/**
 * Run `body` with `designdoc serve` on a data folder of its own, a bench document of about `kb`
 * KiB in it (`benchDocument`) and Chromium; all stopped and removed afterwards, whatever happens.
 */
export async function withBenchDocument(name, kb, body) {
  const work = mkdtempSync(path.join(os.tmpdir(), `designdoc-${name}-bench-`));
  const { children, cleanup } = benchProcesses(work);
  let browser;
  try {
    const { url } = await startDesigndoc({ DESIGNDOC_DATA_DIR: work }, { cwd: work, children });
    const markdown = bigDocument(kb);
    const doc = await benchDocument(url, markdown);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    return await body({ url, markdown, doc, browser });
  } finally {
    await browser?.close();
    cleanup();
  }
}
