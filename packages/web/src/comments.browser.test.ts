import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../../../test/browser.js';
import { EXAMPLES_DIR } from '../../../test/repo-paths.js';
import { ADMIN_HEADERS } from '../../../test/start-server.js';
import { screenshotter, useApp } from '../test/app-server.js';
import { createMember, expectAccessible, signIn } from '../test/app-session.js';

const LEDGER = readFileSync(join(EXAMPLES_DIR, 'payments-ledger.md'), 'utf8');

/** Call the API as the instance admin; the JSON answer. */
async function admin<T>(url: string, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(new URL(path, url), {
    ...init,
    headers: { ...ADMIN_HEADERS, 'content-type': 'application/json', ...init.headers },
  });
  expect(response.ok, `${path}: ${await response.clone().text()}`).toBe(true);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** No sideways scrolling: the page is as wide as the window. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('comments beside their sections, in Chromium', () => {
  const startApp = useApp();
  const browser = useBrowser();
  const forgiveSignedOut = () => browser.takeProblems(/status of 401/);

  it('writes Markdown comments from a heading, with mentions, safely, in the margin and narrow', async () => {
    const url = await startApp();
    await createMember(url, 'rita', 'Rita Haas', 'reviewer');
    const { id } = await admin<{ id: string }>(url, '/api/v1/workspaces/demo/documents', {
      method: 'POST',
      headers: { 'content-type': 'text/markdown' },
      body: LEDGER,
    });
    const shoot = screenshotter();
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1600, height: 1000 });
    await signIn(page, url, 'priya');
    forgiveSignedOut();
    await page.goto(`${url}documents/${id}`);
    await page.locator('.rendered h2#overview').waitFor();

    // Every section heading has a Comment button, reached with the keyboard.
    const overview = page.getByRole('group', { name: 'Comments on Overview' });
    const commentButton = overview.getByRole('button', { name: 'Comment on Overview' });
    expect(await page.getByRole('button', { name: /^Comment on / }).count()).toBeGreaterThan(20);
    await commentButton.focus();
    await page.keyboard.press('Enter');
    const box = overview.getByRole('combobox', { name: 'Comment' });
    await box.waitFor();

    // Markdown with a script, a javascript: link and an event handler, and a mention picked from
    // the members' list with the keyboard.
    await box.focus();
    await page.keyboard.type(
      'Looks good **overall**, see [this](javascript:window.__pwned=1) and <a href="javascript:window.__pwned=2">that</a>.\n\n<script>window.__pwned = 3</script><img src="x" onerror="window.__pwned = 4">\n\nWhat do you think, @ri',
    );
    const suggestions = overview.getByRole('listbox', { name: 'Members to mention' });
    await suggestions.getByRole('option', { name: /@rita Rita Haas/ }).waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await box.inputValue()).toMatch(/What do you think, @rita $/);
    expect(await suggestions.isHidden()).toBe(true);
    await overview.getByRole('button', { name: 'Start thread' }).click();

    const thread = overview.locator('.thread');
    await thread.locator('.comment-body strong', { hasText: 'overall' }).waitFor();
    const body = thread.locator('.comment-body');
    expect(await body.locator('script, img, [onerror]').count()).toBe(0);
    for (const href of await body
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href ?? '').not.toMatch(/^javascript:/i);
    await body.getByText('that').click();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    const stored = await page.evaluate(
      async (doc) =>
        (await (await fetch(`/api/v1/documents/${doc}/comments`)).json()) as {
          items: { comments: { mentions: string[] }[] }[];
        },
      id,
    );
    expect(stored.items[0]?.comments[0]?.mentions).toEqual(['rita']);

    // Beside its heading, in the margin, on a wide window.
    const heading = await page.locator('.rendered h2#overview').boundingBox();
    const paragraph = await page.locator('.rendered h2#overview ~ p').first().boundingBox();
    const placed = await overview.boundingBox();
    if (!heading || !paragraph || !placed) throw new Error('nothing to measure');
    expect(placed.x).toBeGreaterThanOrEqual(paragraph.x + paragraph.width);
    expect(Math.abs(placed.y - heading.y)).toBeLessThan(80);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // Editing your own comment renders the new Markdown and says it was edited.
    await thread.getByRole('button', { name: 'Edit your comment' }).click();
    await thread.getByRole('combobox', { name: 'Edit your comment' }).fill('Looks good _now_');
    await thread.getByRole('button', { name: 'Save comment' }).click();
    await thread.locator('.comment-body em', { hasText: 'now' }).waitFor();
    await thread.getByText('(edited)').waitFor();
    await overview.getByText('1 unresolved').waitFor();

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectAccessible(page, `document with margin comments (${scheme})`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    // The Overview section with its thread in the margin, for the README.
    const section = await page.evaluate(() => {
      const card = document.querySelector('.document-body')?.getBoundingClientRect();
      const top = document.getElementById('overview')?.getBoundingClientRect();
      const end = document.getElementById('goals-and-non-goals')?.getBoundingClientRect();
      if (!card || !top || !end) return null;
      const y = top.top + window.scrollY - 12;
      return { x: card.left, y, width: card.width, height: end.top + window.scrollY - y };
    });
    if (!section) throw new Error('no Overview section to photograph');
    await shoot(page, 'comments', section);

    // A thread on a section that a new version removes is outdated, apart, with why.
    await admin(url, `/api/v1/documents/${id}/comments`, {
      method: 'POST',
      body: JSON.stringify({ section: 'future-considerations', body: 'Is multi-currency next?' }),
    });
    await page
      .getByRole('group', { name: 'Comments on Future Considerations' })
      .getByText('Is multi-currency next?')
      .waitFor();
    const head = await fetch(new URL(`/api/v1/documents/${id}`, url), { headers: ADMIN_HEADERS });
    const etag = head.headers.get('etag') ?? '';
    const without = LEDGER.replace(/## Future Considerations\n[\s\S]*?(?=## References)/, '');
    expect(without).not.toContain('Future Considerations');
    await admin(url, `/api/v1/documents/${id}`, {
      method: 'PUT',
      headers: { 'content-type': 'text/markdown', 'if-match': etag },
      body: without,
    });
    const side = page.getByRole('region', { name: 'Comments' });
    const outdated = side.locator('.outdated .thread', { hasText: 'Is multi-currency next?' });
    await outdated.getByText('its section is no longer in the document').waitFor();
    await expect
      .poll(() => page.getByRole('group', { name: 'Comments on Future Considerations' }).count())
      .toBe(0);
    await outdated.getByRole('combobox', { name: 'Reply' }).fill('Not this year.');
    await outdated.getByRole('button', { name: 'Reply' }).click();
    await outdated.getByText('Not this year.').waitFor();

    // A narrow window: the threads sit under their heading, nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 900 });
    const narrowHeading = await page.locator('.rendered h2#overview').boundingBox();
    const narrow = await overview.boundingBox();
    if (!narrowHeading || !narrow) throw new Error('nothing to measure');
    expect(narrow.y).toBeGreaterThanOrEqual(narrowHeading.y + narrowHeading.height - 1);
    expect(narrow.x).toBeLessThan(narrowHeading.x + 20);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectAccessible(page, `narrow document with comments (${scheme})`);
    }
  }, 180_000);
});
