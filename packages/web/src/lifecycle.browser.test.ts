import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../../../test/browser.js';
import { EXAMPLES_DIR } from '../../../test/repo-paths.js';
import { ADMIN_HEADERS } from '../../../test/start-server.js';
import { useApp } from '../test/app-server.js';
import { createMember, expectAccessible, signIn } from '../test/app-session.js';

const LEDGER = readFileSync(join(EXAMPLES_DIR, 'payments-ledger.md'), 'utf8');

/** Create a lint-clean document titled `title` as the admin; its id. */
async function create(url: string, title: string): Promise<string> {
  const response = await fetch(new URL('/api/v1/workspaces/demo/documents', url), {
    method: 'POST',
    headers: { ...ADMIN_HEADERS, 'content-type': 'text/markdown' },
    body: LEDGER.replace('title: Payments Ledger Service', `title: ${title}`),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const panel = (page: Page) => page.getByRole('region', { name: 'Review' });
const status = (page: Page) => page.locator('.document-header .badge');

/** Make a status move from the review panel, with a note for the timeline. */
async function move(
  page: Page,
  label: string,
  note: string,
  fill?: (form: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await panel(page)
    .getByRole('button', { name: `${label}…` })
    .click();
  const form = panel(page).getByRole('form', { name: label });
  await fill?.(form);
  await form.getByLabel('Note for the timeline (optional)').fill(note);
  await form.getByRole('button', { name: label, exact: true }).click();
}

/** As the author: request review of the open document from `reviewer`. */
async function requestReview(page: Page, reviewer: RegExp) {
  await move(page, 'Request review', 'Please review', (form) => form.getByLabel(reviewer).check());
  await expect.poll(() => status(page).textContent()).toBe('in review');
}

describe('the review lifecycle in the web app, in Chromium', () => {
  const startApp = useApp();
  const browser = useBrowser();
  const forgiveSignedOut = () => browser.takeProblems(/status of 401/);

  it('asks more reviewers, requests changes, rejects, reopens, supersedes and deprecates', async () => {
    const url = await startApp();
    await createMember(url, 'rita', 'Rita Haas', 'reviewer');
    await createMember(url, 'rolf', 'Rolf Berg', 'reviewer');
    const first = await create(url, 'Ledger One');
    const second = await create(url, 'Ledger Two');

    const author = await browser.newPage();
    await author.setViewportSize({ width: 1360, height: 900 });
    await signIn(author, url, 'priya');
    const reviewer = await browser.newPage();
    await reviewer.setViewportSize({ width: 1360, height: 900 });
    await signIn(reviewer, url, 'rita');
    forgiveSignedOut();

    // The author asks Rita, then Rolf as well, from the panel.
    await author.goto(`${url}documents/${first}`);
    await requestReview(author, /Rita Haas/);
    await panel(author).getByRole('button', { name: 'Ask more reviewers…' }).click();
    const ask = panel(author).getByRole('form', { name: 'Ask more reviewers' });
    expect(await ask.getByLabel(/Rita Haas/).count()).toBe(0);
    await ask.getByLabel(/Rolf Berg/).check();
    await ask.getByRole('button', { name: 'Ask them' }).click();
    await panel(author)
      .locator('.reviewer', { hasText: 'Rolf Berg' })
      .getByText('waiting')
      .waitFor();
    await expectAccessible(author, 'review panel, asking more reviewers');
    // On a narrow window the panel with its reviewers fits: nothing scrolls sideways.
    await author.setViewportSize({ width: 390, height: 900 });
    await panel(author).scrollIntoViewIfNeeded();
    expect(
      await author.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    await expectAccessible(author, 'narrow review panel');
    await author.setViewportSize({ width: 1360, height: 900 });

    // Rita asks for changes; the author sees it live; then Rita rejects the document.
    await reviewer.goto(`${url}documents/${first}`);
    await panel(reviewer)
      .getByLabel('Your review of version 1')
      .fill('Split the ledger per region.');
    await panel(reviewer).getByRole('button', { name: 'Request changes' }).click();
    await panel(author)
      .locator('.reviewer', { hasText: 'Rita Haas' })
      .getByText('asked for changes')
      .waitFor();
    expect(await panel(author).locator('.verdicts').textContent()).toContain(
      'Split the ledger per region.',
    );
    await panel(author)
      .locator('.blockers', { hasText: /changes/i })
      .waitFor();
    await move(reviewer, 'Reject', 'Not the direction we want');
    await expect.poll(() => status(reviewer).textContent()).toBe('rejected');
    await expect.poll(() => status(author).textContent(), { timeout: 10_000 }).toBe('rejected');
    await expectAccessible(author, 'rejected document');

    // The author reopens the rejected document as a draft and asks again; Rita approves.
    await move(author, 'Reopen as a draft', 'Split per region now');
    await expect.poll(() => status(author).textContent()).toBe('draft');
    await requestReview(author, /Rita Haas/);
    await reviewer.reload();
    await panel(reviewer).getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => status(reviewer).textContent()).toBe('approved');

    // Rita supersedes it with the second document: each links to the other.
    await move(reviewer, 'Supersede', 'Ledger Two replaces it', (form) =>
      form.getByLabel('Replaced by').selectOption({ label: 'Ledger Two (draft)' }),
    );
    await expect.poll(() => status(reviewer).textContent()).toBe('superseded');
    const timeline = reviewer.getByRole('region', { name: 'Status timeline' });
    await timeline.getByRole('link', { name: 'the replacing document' }).click();
    await reviewer.waitForURL(`${url}documents/${second}`);
    await reviewer.getByRole('heading', { level: 1, name: 'Ledger Two' }).waitFor();
    const supersedes = reviewer.getByRole('region', { name: 'Status timeline' });
    await supersedes.getByRole('link', { name: 'Ledger One' }).click();
    await reviewer.waitForURL(`${url}documents/${first}`);
    // The timeline loads after the page: wait for it rather than read it at once.
    await expect
      .poll(async () => (await timeline.locator('li').allTextContents())[0] ?? '')
      .toMatch(/approved → superseded.*rita/);
    const moves = await timeline.locator('li').allTextContents();
    expect(moves.join('\n')).toContain('Not the direction we want');
    for (const scheme of ['light', 'dark'] as const) {
      await reviewer.emulateMedia({ colorScheme: scheme });
      await expectAccessible(reviewer, `superseded document (${scheme})`);
    }
    await reviewer.emulateMedia({ colorScheme: 'light' });

    // The second document goes through review and is deprecated.
    await author.goto(`${url}documents/${second}`);
    await requestReview(author, /Rita Haas/);
    await reviewer.goto(`${url}documents/${second}`);
    await panel(reviewer).getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => status(reviewer).textContent()).toBe('approved');
    await move(reviewer, 'Deprecate', 'Payments moved to the new platform');
    await expect.poll(() => status(reviewer).textContent()).toBe('deprecated');
    expect(await panel(reviewer).getByRole('button').count()).toBe(0);
    await expect.poll(() => status(author).textContent(), { timeout: 10_000 }).toBe('deprecated');
  }, 240_000);

  it('follows new questions and decisions live on the boards, keeping filters and scroll', async () => {
    const url = await startApp();
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 420 });
    await signIn(page, url, 'priya');
    forgiveSignedOut();
    const withQuestion = (title: string, question: string) =>
      LEDGER.replace('title: Payments Ledger Service', `title: ${title}`).replace(
        '## Open Questions\n\n',
        `## Open Questions\n\n- ${question} - Status: Open\n`,
      );
    const post = async (markdown: string) => {
      const response = await fetch(new URL('/api/v1/workspaces/demo/documents', url), {
        method: 'POST',
        headers: { ...ADMIN_HEADERS, 'content-type': 'text/markdown' },
        body: markdown,
      });
      expect(response.status, await response.clone().text()).toBe(201);
    };
    for (let i = 1; i <= 6; i++) await post(withQuestion(`Ledger ${i}`, `Question ${i}?`));

    // The board, filtered to open questions in the demo workspace and scrolled down.
    // Each list reads itself again once its stream is live (and 250 ms later at most): wait for
    // that, so that what comes next can only arrive as a live event.
    const streamOpen = () =>
      page.waitForResponse((r) => r.url().includes('/api/v1/workspaces/demo/events'));
    let live = streamOpen();
    await page.goto(`${url}questions?status=open&workspace=demo`);
    await live;
    await page.waitForTimeout(600);
    const cards = page.locator('.board-column .card');
    await page.getByRole('link', { name: 'Question 6?' }).waitFor();
    const shown = await cards.count();
    await page.evaluate(() => window.scrollTo(0, 200));
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(100);
    await post(withQuestion('Ledger 7', 'Who owns the refunds queue?'));
    await page.getByRole('link', { name: 'Who owns the refunds queue?' }).waitFor({
      state: 'attached',
    });
    expect(await cards.count()).toBe(shown + 1);
    expect(await page.getByLabel('Status').inputValue()).toBe('open');
    expect(await page.getByLabel('Workspace').inputValue()).toBe('demo');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    expect(page.url()).toBe(`${url}questions?status=open&workspace=demo`);

    // The decision log, likewise.
    live = streamOpen();
    await page.goto(`${url}decisions?workspace=demo`);
    await live;
    await page.waitForTimeout(600);
    const rows = page.locator('main tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const before = await rows.count();
    await page.evaluate(() => window.scrollTo(0, 200));
    const scrolledLog = await page.evaluate(() => window.scrollY);
    await post(withQuestion('Ledger Eight', 'Anything?'));
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(before);
    await page.getByText('Ledger Eight').first().waitFor({ state: 'attached' });
    expect(await page.getByLabel('Workspace').inputValue()).toBe('demo');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolledLog);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectAccessible(page, `live decision log (${scheme})`);
    }
  }, 120_000);
});
