/// <reference lib="dom" />
// (The callbacks given to page.evaluate and friends run in the page: they use the DOM types.)

import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../../../../test/browser.js';
import { makeTempDir, type TempDir, useTempDirs } from '../../../../test/temp-dir.js';
import { BIN } from '../../test/paths.js';
import { runBin } from '../../test/run-cli.js';
import { siteFixture } from '../../test/site-fixture.js';

// What a reader of a built site notices, in a real Chromium: the document table, search, links,
// images, diagrams, the boards, the theme switch, hostile HTML kept inert, and the preview's
// 404 page and live reload. Every test also fails if a page it opened threw, logged a console
// error or opened a dialog (see useBrowser); the few expected messages are taken precisely.

const browser = useBrowser();
const tempDir = useTempDirs();

/** The fixture's titles, as the documents' `# ` headings give them. */
const ADR = 'Use PostgreSQL for the payments ledger';
const LEDGER = 'Payments Ledger Service';
const NOTIFICATIONS = 'Notification Service';

/** A word of the fixture that only notifications.md has (under "Non-Goals"). */
const ONLY_IN_NOTIFICATIONS = 'newsletters';

/** The titles of the document table's rows the reader sees, top to bottom. */
function shownTitles(page: Page): Promise<string[]> {
  return page.$$eval('#dd-documents tbody tr', (rows) =>
    rows
      .filter((row) => !(row as HTMLElement).hidden)
      .map((row) => row.querySelector('td a')?.textContent ?? ''),
  );
}

const byTitle = (a: string, b: string) => a.toLowerCase().localeCompare(b.toLowerCase());

describe('a site built with `designdoc build`, opened from disk (file://, no server)', () => {
  let dir: TempDir & { remove(): void };
  /** The file:// URL of a page of the built site. */
  let url: (sitePath: string) => string;

  beforeAll(() => {
    dir = makeTempDir(siteFixture());
    const built = runBin(['build', 'docs', '--out', 'site', '--title', 'Fixture docs'], {
      cwd: dir.path,
    });
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    url = (sitePath) => pathToFileURL(join(dir.path, 'site', sitePath)).href;
  });
  afterAll(() => dir?.remove());

  async function open(sitePath: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(url(sitePath));
    return page;
  }

  it('lists the three documents with their titles and status badges', async () => {
    const page = await open('index.html');
    expect(await page.title()).toBe('Fixture docs');
    const rows = await page.$$eval('#dd-documents tbody tr', (trs) =>
      trs.map((tr) => ({
        title: tr.querySelector('td a')?.textContent,
        href: tr.querySelector('td a')?.getAttribute('href'),
        badge: tr.querySelector('.badge[class*="status-"]')?.textContent,
      })),
    );
    expect(rows).toHaveLength(3);
    expect(rows).toEqual(
      expect.arrayContaining([
        { title: ADR, href: 'docs/adr-0001-use-postgresql.html', badge: 'approved' },
        { title: NOTIFICATIONS, href: 'docs/notifications.html', badge: 'draft' },
        { title: LEDGER, href: 'docs/payments-ledger.html', badge: 'approved' },
      ]),
    );
    expect(browser.problems()).toEqual([]);
  });

  it('filters the rows as the reader types or picks a status, and counts them', async () => {
    const page = await open('index.html');
    const count = page.locator('#dd-filters output[name="count"]');
    const text = page.locator('#dd-filters input[name="text"]');

    await text.fill('ledger');
    expect((await shownTitles(page)).sort(byTitle)).toEqual([LEDGER, ADR]);
    expect(await count.textContent()).toBe('2 of 3 shown');

    await text.fill('ada byron');
    expect(await shownTitles(page)).toEqual([NOTIFICATIONS]);
    expect(await count.textContent()).toBe('1 of 3 shown');

    await text.fill('');
    await page.selectOption('#dd-filters select[name="status"]', 'draft');
    expect(await shownTitles(page)).toEqual([NOTIFICATIONS]);
    expect(await count.textContent()).toBe('1 of 3 shown');

    await page.selectOption('#dd-filters select[name="status"]', '');
    expect(await shownTitles(page)).toHaveLength(3);
    expect(await count.textContent()).toBe('3 of 3 shown');
    expect(browser.problems()).toEqual([]);
  });

  it('opens with the rows in the order its headers show (Title ▲)', async () => {
    const page = await open('index.html');
    // The page as built may claim no order at all; if it claims one (aria-sort, drawn as ▲ or
    // ▼), the rows must follow it. It claims "Title, ascending".
    const claims = await page.$$eval('#dd-documents thead th[aria-sort]', (headers) =>
      headers.map((th) => `${th.textContent} ${th.getAttribute('aria-sort')}`),
    );
    expect(claims.length).toBeLessThanOrEqual(1);
    if (claims.length === 1) {
      expect(claims).toEqual(['Title ascending']);
      expect(await shownTitles(page)).toEqual([ADR, LEDGER, NOTIFICATIONS].sort(byTitle));
    }
    expect(browser.problems()).toEqual([]);
  });

  it('sorts by title when the Title header is clicked, reversing on each click', async () => {
    const page = await open('index.html');
    const header = page.locator('#dd-documents thead th', { hasText: 'Title' });
    const status = page.locator('#dd-documents thead th', { hasText: 'Status' });
    const ascending = [LEDGER, NOTIFICATIONS, ADR].sort(byTitle);

    // Sorting by another column first, so the title order cannot come from the page as built.
    await status.getByRole('button').click();
    expect(await status.getAttribute('aria-sort')).toBe('ascending');
    expect(await header.getAttribute('aria-sort')).toBeNull();
    expect((await shownTitles(page))[0]).toBe(NOTIFICATIONS); // draft comes before approved

    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await status.getAttribute('aria-sort')).toBeNull();
    expect(await shownTitles(page)).toEqual(ascending);

    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await shownTitles(page)).toEqual([...ascending].reverse());

    // Sorting keeps the filter: hidden rows stay hidden.
    await page.locator('#dd-filters input[name="text"]').fill('ledger');
    await header.getByRole('button').click();
    expect(await shownTitles(page)).toEqual([LEDGER, ADR]);
    expect(browser.problems()).toEqual([]);
  });

  it('searches from the header: `/`, a word, ArrowDown and Enter open its section', async () => {
    const page = await open('index.html');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dd-search');

    await page.keyboard.type(ONLY_IN_NOTIFICATIONS);
    const options = page.locator('#dd-search-results li[role="option"]');
    await options.first().waitFor();
    expect(await page.locator('#dd-search-results').isVisible()).toBe(true);
    expect(await options.count()).toBe(1);
    const result = options.first();
    expect(await result.locator('.result-doc').textContent()).toBe(NOTIFICATIONS);
    expect(await result.locator('.result-title').textContent()).toBe('Non-Goals');
    expect(await result.locator('mark').allTextContents()).toEqual([ONLY_IN_NOTIFICATIONS]);

    await page.keyboard.press('ArrowDown');
    expect(await result.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/docs\/notifications\.html#non-goals$/);
    await page.waitForLoadState('load');
    expect(await page.locator('h1').first().textContent()).toBe(NOTIFICATIONS);
    const target = await page.evaluate(() => {
      const heading = document.querySelector(':target');
      const box = heading?.getBoundingClientRect();
      return {
        id: heading?.id,
        text: heading?.textContent,
        inView: box ? box.top >= 0 && box.top < window.innerHeight : false,
      };
    });
    expect(target).toEqual({ id: 'non-goals', text: 'Non-Goals', inView: true });
    expect(browser.problems()).toEqual([]);
  });

  it('searches from a document page too, and a click opens the result', async () => {
    const page = await open('docs/adr-0001-use-postgresql.html');
    await page.locator('#dd-search').fill(ONLY_IN_NOTIFICATIONS);
    const link = page.locator('#dd-search-results li[role="option"] a');
    await link.first().waitFor();
    expect(await link.count()).toBe(1);
    await link.first().click();
    await page.waitForURL(/\/docs\/notifications\.html#non-goals$/);
    expect(await page.locator('#non-goals').textContent()).toBe('Non-Goals');
    expect(browser.problems()).toEqual([]);
  });

  it('follows links between documents, anchors included, and shows their images', async () => {
    const page = await open('docs/adr-0001-use-postgresql.html');
    // "(see the [design document](payments-ledger.md))" in the ADR.
    const toLedger = page.locator('.doc-body a', { hasText: 'design document' });
    expect(await toLedger.getAttribute('href')).toBe('payments-ledger.html');
    await toLedger.click();
    await page.waitForURL(/\/docs\/payments-ledger\.html$/);
    expect(await page.locator('h1').first().textContent()).toBe(LEDGER);

    await page.goto(url('docs/notifications.html'));
    const image = page.locator('.doc-body img[alt="Message flow"]');
    expect(await image.getAttribute('src')).toBe('img/flow.svg');
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(
      120,
    );

    // "[the ledger decision](adr-0001-use-postgresql.md#decision-outcome)", rewritten.
    const toDecision = page.locator('.doc-body a', { hasText: 'the ledger decision' });
    expect(await toDecision.getAttribute('href')).toBe(
      'adr-0001-use-postgresql.html#decision-outcome',
    );
    await toDecision.click();
    await page.waitForURL(/\/docs\/adr-0001-use-postgresql\.html#decision-outcome$/);
    expect(await page.locator('h1').first().textContent()).toBe(ADR);
    expect(await page.locator('#decision-outcome').textContent()).toBe('Decision Outcome');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(
      'decision-outcome',
    );

    // Back on the notifications page, the reference list links to the ledger's page as well.
    await page.goBack();
    await page.waitForURL(/\/docs\/notifications\.html$/);
    await page.locator('.doc-body a', { hasText: 'Payments ledger' }).click();
    await page.waitForURL(/\/docs\/payments-ledger\.html$/);
    expect(await page.locator('h1').first().textContent()).toBe(LEDGER);
    expect(browser.problems()).toEqual([]);
  });

  it('draws the Mermaid diagram as SVG, and loads Mermaid only on pages with a diagram', async () => {
    const page = await open('docs/notifications.html');
    const diagram = page.locator('.doc-body pre.mermaid');
    expect(await diagram.count()).toBe(1);
    await diagram.locator('svg').waitFor();
    const labels = await diagram.locator('svg .node').allTextContents();
    expect(labels.map((l) => l.trim()).sort()).toEqual(['API', 'Providers', 'Queue', 'Workers']);
    expect(await diagram.locator('svg .edgePaths path, svg path.flowchart-link').count()).toBe(3);

    const adr = await open('docs/adr-0001-use-postgresql.html');
    await adr.waitForLoadState('load');
    const loaded = await adr.evaluate(() => ({
      resources: performance.getEntriesByType('resource').map((entry) => entry.name),
      scripts: Array.from(document.scripts, (script) => script.src),
      mermaid: 'mermaid' in window,
    }));
    expect(loaded.resources.filter((name) => /mermaid/i.test(name))).toEqual([]);
    expect(loaded.scripts.filter((src) => /mermaid/i.test(src))).toEqual([]);
    expect(loaded.scripts.some((src) => src.endsWith('/assets/site.js'))).toBe(true);
    expect(loaded.mermaid).toBe(false);
    expect(browser.problems()).toEqual([]);
  });

  it('opens the decision log and the questions board, whose entries link to their sections', async () => {
    const page = await open('decisions.html');
    expect(await page.locator('header nav a[aria-current="page"]').textContent()).toBe('Decisions');
    expect(await page.locator('main h1').textContent()).toBe('Decision log');
    await page.locator('main a', { hasText: 'PostgreSQL 16 on Amazon RDS' }).click();
    await page.waitForURL(/\/docs\/adr-0001-use-postgresql\.html#decision-outcome$/);
    expect(await page.locator('#decision-outcome').textContent()).toBe('Decision Outcome');

    await page.goto(url('questions.html'));
    expect(await page.locator('header nav a[aria-current="page"]').textContent()).toBe(
      'Open questions',
    );
    const openColumn = page.locator('.board-column', { has: page.locator('h2#col-open') });
    expect(await openColumn.locator('.card a').allTextContents()).toEqual([
      'Do we need per-tenant sending domains?',
    ]);
    expect(await openColumn.locator('.card a').getAttribute('href')).toBe(
      'docs/notifications.html#open-questions',
    );
    // The header's links lead back to the document table.
    await page.locator('header nav a', { hasText: 'Documents' }).click();
    await page.waitForURL(/\/index\.html$/);
    expect(await page.locator('#dd-documents tbody tr').count()).toBe(3);
    expect(browser.problems()).toEqual([]);
  });

  // localStorage works for file:// pages in headless Chromium (all file:// pages share it), so
  // the theme is tested where the site is most fragile: opened from disk.
  it('switches the theme auto → light → dark → auto, and keeps it across reloads and pages', async () => {
    const page = await open('index.html');
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme ?? 'auto');
    const toggle = page.locator('#dd-theme');
    expect(await theme()).toBe('auto');
    expect(await toggle.getAttribute('aria-label')).toBe('Colour theme: automatic');

    await toggle.click();
    expect(await theme()).toBe('light');
    await toggle.click();
    expect(await theme()).toBe('dark');
    expect(await toggle.getAttribute('aria-label')).toBe('Colour theme: dark');
    const darkBackground = await page.evaluate(
      () => getComputedStyle(document.body).backgroundColor,
    );

    await page.reload();
    expect(await theme()).toBe('dark');
    expect(await toggle.getAttribute('aria-label')).toBe('Colour theme: dark');
    await page.goto(url('docs/adr-0001-use-postgresql.html'));
    expect(await theme()).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      darkBackground,
    );

    await toggle.click();
    expect(await theme()).toBe('auto');
    expect(await toggle.getAttribute('aria-label')).toBe('Colour theme: automatic');
    await page.reload();
    expect(await theme()).toBe('auto');
    expect(browser.problems()).toEqual([]);
  });
});

describe('a document with hostile HTML and links', () => {
  it('renders without running any of it', async () => {
    const dir = tempDir({
      'docs/hostile.md': [
        '---',
        'title: Hostile document',
        'status: draft',
        '---',
        '',
        '# Hostile document',
        '',
        '## Overview',
        '',
        '<script>alert(1)</script>',
        '',
        '<img src=x onerror="alert(1)">',
        '',
        '[x](javascript:alert(1))',
        '',
        'The end.',
        '',
      ].join('\n'),
    });
    const built = runBin(['build', 'docs', '--out', 'site'], { cwd: dir.path });
    expect(built.code).toBe(0);

    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => dialogs.push(dialog.message()));
    await page.goto(pathToFileURL(dir.file('site/docs/hostile.html')).href);
    const body = page.locator('.doc-body');
    expect(await body.locator('p', { hasText: 'The end.' }).count()).toBe(1);
    // Markdown leaves `[x](javascript:…)` as text; were it ever a link, clicking it must do nothing.
    const link = body.locator('a', { hasText: /^x$/ });
    if ((await link.count()) > 0) await link.click();
    // Give an error handler or a late script every chance to run.
    await page.waitForTimeout(300);

    expect(dialogs).toEqual([]);
    expect(await body.locator('script').count()).toBe(0);
    const unsafe = await body.evaluate((element) =>
      Array.from(element.querySelectorAll('*')).flatMap((e) =>
        e
          .getAttributeNames()
          .filter(
            (name) => name.startsWith('on') || /^\s*javascript:/i.test(e.getAttribute(name) ?? ''),
          )
          .map((name) => `<${e.tagName.toLowerCase()} ${name}="${e.getAttribute(name)}">`),
      ),
    );
    expect(unsafe).toEqual([]);
    // Still the document: a `javascript:` link that ran would have replaced it.
    expect(page.url()).toBe(pathToFileURL(dir.file('site/docs/hostile.html')).href);
    // The one complaint allowed, and expected: the document's own `src=x` image does not exist
    // (the sanitizer keeps `<img src="x">` without its handler). Nothing else.
    const missing = browser.takeProblems(/Failed to load resource: net::ERR_FILE_NOT_FOUND/);
    const x = pathToFileURL(dir.file('site/docs/x')).href;
    for (const problem of missing) expect(problem).toContain(`(at ${x}:0)`);
    expect(missing.length).toBeLessThanOrEqual(1);
    expect(browser.problems()).toEqual([]);
  });
});

describe('search on a site whose documents hold its traps', () => {
  /** Build `files` into site/ and open one page of it. */
  async function openBuilt(files: Record<string, string>, sitePath: string): Promise<Page> {
    const dir = tempDir(files);
    const built = runBin(['build', 'docs', '--out', 'site'], { cwd: dir.path });
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(dir.file(`site/${sitePath}`)).href);
    return page;
  }

  /** What the results list shows after typing `query`: each option's title, document and marks. */
  async function searchFor(page: Page, query: string) {
    await page.locator('#dd-search').fill(query);
    const items = page.locator('#dd-search-results li');
    await items.first().waitFor();
    return items.evaluateAll((lis) =>
      lis.map((li) => ({
        title: li.querySelector('.result-title')?.textContent ?? li.textContent,
        document: li.querySelector('.result-doc')?.textContent ?? null,
        marks: Array.from(li.querySelectorAll('mark'), (mark) => mark.textContent),
      })),
    );
  }

  it('finds a document by the words of a title that only its front matter gives', async () => {
    const page = await openBuilt(
      {
        'docs/zeppelin.md': [
          '---',
          'title: Quarterly Zeppelin Review',
          'status: draft',
          '---',
          '',
          '## Background',
          '',
          'Airships are slow, but they carry a lot of cargo.',
          '',
        ].join('\n'),
      },
      'index.html',
    );
    expect(await searchFor(page, 'zeppelin')).toEqual([
      {
        title: 'Quarterly Zeppelin Review',
        document: 'Quarterly Zeppelin Review',
        marks: ['Zeppelin'],
      },
    ]);
    await page.locator('#dd-search-results a').click();
    await page.waitForURL(/\/docs\/zeppelin\.html$/);
    expect(await page.title()).toBe('Quarterly Zeppelin Review · Design documents');
    expect(browser.problems()).toEqual([]);
  });

  it('marks the matched words without touching the text’s own characters', async () => {
    const page = await openBuilt(
      { 'docs/ops.md': '# Operators\n\n## Comparison\n\nThe lt operator says whether a < b.\n' },
      'index.html',
    );
    expect(await searchFor(page, 'lt')).toEqual([
      { title: 'Comparison', document: 'Operators', marks: ['lt'] },
    ]);
    expect(await page.locator('#dd-search-results .result-excerpt').textContent()).toBe(
      'The lt operator says whether a < b.',
    );
    expect(browser.problems()).toEqual([]);
  });

  // An element's id (and an anchor's name) becomes a property of `window` unless a script set
  // one of that name first: the site's scripts must not read names a document can take.
  it.each([
    ['an anchor', '<a id="designdocSearch"></a>'],
    ['a heading', '<h2 id="designdocSearch">Search notes</h2>'],
    [
      'anchors',
      '<a id="MiniSearch"></a> <a name="designdocData"></a> <a id="createSearch"></a> <a id="search"></a>',
    ],
  ])('keeps working on a page holding %s named like a global of its scripts', async (_, html) => {
    const page = await openBuilt(
      {
        'docs/trap.md': [
          '# Trap',
          '',
          html,
          '',
          '## Overview',
          '',
          'The gondola hangs below the envelope.',
          '',
        ].join('\n'),
      },
      'docs/trap.html',
    );
    expect(await searchFor(page, 'gondola')).toEqual([
      { title: 'Overview', document: 'Trap', marks: ['gondola'] },
    ]);
    expect(browser.problems()).toEqual([]);
  });
});

describe('designdoc preview', () => {
  const children: ChildProcess[] = [];

  /** Resolves when the process has ended (at once if it already has). */
  function exited(child: ChildProcess): Promise<{ code: number | null; signal: string | null }> {
    if (child.exitCode !== null || child.signalCode !== null)
      return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
    return new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
  }

  // Whatever happened in the test, no preview server outlives it.
  afterEach(async () => {
    for (const child of children.splice(0)) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      child.kill('SIGTERM');
      const ended = await Promise.race([
        exited(child).then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), 5_000)),
      ]);
      if (!ended) {
        child.kill('SIGKILL');
        await exited(child);
      }
    }
  });

  /** Start `designdoc preview` and wait for the address it prints. */
  function startPreview(cwd: string, tmp: string): Promise<{ child: ChildProcess; url: string }> {
    const child = spawn(process.execPath, [BIN, 'preview', 'docs', '--port', '0'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', TMPDIR: tmp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
    });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`preview printed no address in 20 s:\n${stdout}\n${stderr}`)),
        20_000,
      );
      child.stdout?.setEncoding('utf8').on('data', (text: string) => {
        stdout += text;
        const found = /^Previewing at (http:\/\/\S+\/) \(Ctrl\+C to stop\)$/m.exec(stdout);
        if (found) {
          clearTimeout(timer);
          resolve({ child, url: found[1] as string });
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`preview exited (${code ?? signal}) early:\n${stdout}\n${stderr}`));
      });
    });
  }

  it('reloads an open page by itself when its document changes, and stops on SIGTERM', async () => {
    const dir = tempDir(siteFixture());
    // The preview's temporary site goes in a folder of its own (outside the watched working
    // directory), to check that it is removed on exit.
    const tmp = tempDir().path;
    const { child, url } = await startPreview(dir.path, tmp);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(readdirSync(tmp)).toHaveLength(1);

    const page = await browser.newPage();
    // Edit only once the page listens for reloads: its event stream has been answered.
    const listening = page.waitForResponse((r) => r.url().endsWith('/__designdoc/events'));
    await page.goto(`${url}docs/notifications.html`);
    expect((await listening).status()).toBe(200);
    const overview = page.locator('#overview + p');
    expect(await overview.textContent()).toContain('sends email and push messages');
    await page.evaluate(() => {
      (window as unknown as { beforeEdit: boolean }).beforeEdit = true;
    });

    const marker = `marker-${process.pid}-${Date.now()}`;
    const text = dir.read('docs/notifications.md');
    const edited = text.replace(
      'sends email and push messages',
      `sends email and push messages (${marker})`,
    );
    expect(edited).not.toBe(text);
    dir.write('docs/notifications.md', edited);

    // A reload, not a patch of the page: the flag set above is gone with the old page.
    await page.waitForFunction(
      (m) =>
        !('beforeEdit' in window) &&
        (document.querySelector('#overview + p')?.textContent ?? '').includes(m),
      marker,
      { timeout: 15_000, polling: 100 },
    );
    // The reloaded page is complete: its diagram is drawn again.
    await page.locator('pre.mermaid svg').waitFor();
    // Search, over HTTP here, finds the new words: the index's changed pieces were rewritten.
    await page.locator('#dd-search').fill(marker);
    const found = page.locator('#dd-search-results li[role="option"] a');
    await found.first().waitFor();
    expect(await found.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '../docs/notifications.html#overview',
    ]);
    // Pages declare an empty icon, so Chromium asks no /favicon.ico and logs no 404.
    expect(browser.problems()).toEqual([]);

    // A wrong address, however deep, gets the site's 404 page, styled and working.
    const missing = await page.goto(`${url}docs/no/such-page.html`);
    expect(missing?.status()).toBe(404);
    expect(await page.locator('main h1').textContent()).toBe('Page not found');
    expect(
      await page.evaluate(() =>
        Array.from(document.styleSheets).some(
          (sheet) => sheet.href?.endsWith('/assets/site.css') && sheet.cssRules.length > 0,
        ),
      ),
    ).toBe(true);
    await page.locator('main a', { hasText: 'See every document' }).click();
    await page.waitForURL(`${url}index.html`);
    expect(await page.locator('#dd-documents tbody tr').count()).toBe(3);
    // Chromium logs every 404 response, the page's own included: exactly that one is expected.
    expect(browser.takeProblems(/no\/such-page\.html/)).toEqual([
      expect.stringContaining(`status of 404 (Not Found) (at ${url}docs/no/such-page.html:0)`),
    ]);
    expect(browser.problems()).toEqual([]);

    // Close the page first, so that its event stream does not log the server going away.
    await page.close();
    child.kill('SIGTERM');
    expect(await exited(child)).toEqual({ code: 0, signal: null });
    expect(readdirSync(tmp)).toEqual([]);
  });
});
