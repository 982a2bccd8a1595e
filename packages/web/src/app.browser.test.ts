import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../../../test/browser.js';
import { screenshotter, useApp } from '../test/app-server.js';
import { editorCounts, expectAccessible, signIn } from '../test/app-session.js';

/** Put the editor's cursor at the end of the line after the heading `title` (via the outline). */
async function goBelowHeading(page: Page, title: string, lines = 2): Promise<void> {
  await page.locator('.outline').getByRole('button', { name: title, exact: true }).click();
  for (let i = 0; i < lines; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
}

describe('the web app in Chromium', () => {
  const startApp = useApp();
  const browser = useBrowser();
  // Signed out, the app asks GET /me once and is told 401: that is how it learns to show sign-in.
  const forgiveSignedOut = () => browser.takeProblems(/status of 401/);

  it('takes authors from sign-in to a linted, fixed, saved, conflicted, searched document', async () => {
    const url = await startApp();
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1360, height: 860 });

    await page.goto(url);
    await page.getByRole('heading', { name: 'Sign in to designdoc' }).waitFor();
    await expect(page.getByText('First time here?')).toBeTruthy();
    await expectAccessible(page, 'sign in');
    await signIn(page, url, 'priya');
    forgiveSignedOut();
    await expectAccessible(page, 'home');

    // A new document from the tdd template opens in the editor with the template's placeholders.
    await page.getByRole('link', { name: 'New document' }).click();
    await page.getByLabel('Title').fill('Payments Ledger');
    await page.getByLabel('Template').selectOption('tdd');
    await expectAccessible(page, 'new document');
    await page.getByRole('button', { name: 'Create and edit' }).click();
    await page.waitForURL(/\/documents\/[0-9a-f-]+\/edit$/);
    const editUrl = page.url();
    const id = /documents\/([0-9a-f-]+)\/edit/.exec(editUrl)?.[1] as string;
    await page.locator('.cm-lintRange-error').first().waitFor();
    const before = await editorCounts(page);
    expect(before.errors).toBeGreaterThan(30);
    await expect
      .poll(() => page.locator('.outline-entry.state-placeholder').count())
      .toBeGreaterThan(10);
    await expectAccessible(page, 'editor');

    // A quick fix: a question whose status is spelled in lower case, fixed from the hover tooltip.
    await goBelowHeading(page, 'Open Questions');
    await page.keyboard.insertText('\n- Should the ledger shard by tenant? - Status: open');
    const misspelt = page.locator('.cm-lintRange-error', { hasText: /^open$/ });
    await misspelt.waitFor();
    await expect.poll(async () => (await editorCounts(page)).errors).toBe(before.errors + 1);
    await misspelt.hover();
    const tooltip = page.locator('.cm-tooltip-lint');
    await tooltip.getByText('should be written “Open”').waitFor();
    expect(
      await tooltip.getByRole('link', { name: '(question-status)' }).getAttribute('href'),
    ).toMatch(/question-status\.md$/);
    await tooltip.getByRole('button', { name: 'Fix' }).click();
    await expect.poll(async () => (await editorCounts(page)).errors).toBe(before.errors);
    await expect
      .poll(() => page.locator('.cm-content').textContent())
      .toContain('Should the ledger shard by tenant? - Status: Open');

    // Fixing by typing: the Overview placeholder replaced, the outline marks it written.
    await goBelowHeading(page, 'Overview');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.insertText(
      'An append-only ledger of every payment, so that finance can reconcile each day.',
    );
    await expect.poll(async () => (await editorCounts(page)).errors).toBe(before.errors - 1);
    await expect(
      page.locator('.outline-entry', { hasText: 'Overview' }).getAttribute('class'),
    ).resolves.toContain('state-present');
    await expect
      .poll(() => page.locator('.editor-preview').textContent())
      .toContain('An append-only ledger of every payment');

    // Unsaved edits survive a reload: a new tab of the same browser finds the local draft.
    await page.waitForTimeout(400);
    const reloaded = await page.context().newPage();
    await reloaded.goto(editUrl);
    await reloaded.getByText('Restored your unsaved changes').waitFor();
    expect(await reloaded.locator('.cm-content').textContent()).toContain('append-only ledger');
    await reloaded.close();

    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved as version 2').waitFor();

    // Someone else saves in between: the next save shows both versions and overwrites nothing.
    const other = await browser.newPage();
    await signIn(other, url, 'sam');
    forgiveSignedOut();
    await other.goto(editUrl);
    await other.locator('.cm-lintRange-error').first().waitFor();
    await goBelowHeading(other, 'References');
    await other.keyboard.insertText('\n- Sam’s reference: the ledger RFC');
    await other.getByRole('button', { name: 'Save' }).click();
    await other.getByText('Saved as version 3').waitFor();
    // The first author's editor hears of it live, and leaves her text alone.
    await page.getByText('A newer version (3) was saved by sam').waitFor();
    expect(await page.locator('.cm-content').textContent()).not.toContain('Sam’s reference');

    await goBelowHeading(page, 'Future Considerations');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.insertText('- Multi-currency balances');
    await page.getByRole('button', { name: 'Save' }).click();
    const dialog = page.getByRole('dialog', { name: 'Someone else saved this document' });
    await dialog.waitFor();
    // The refused save is the 412 the dialog is about.
    expect(browser.takeProblems(/status of 412/)).toHaveLength(1);
    expect(await dialog.textContent()).toContain('Version 3');
    expect(await dialog.locator('.cm-merge-a').textContent()).toContain('Sam’s reference');
    await expectAccessible(page, 'conflict dialog');
    await dialog.getByRole('button', { name: 'Save my version' }).click();
    await page.getByText('Saved as version 4').waitFor();
    await dialog.waitFor({ state: 'hidden' });

    // The document: rendered, its lint panel opens the editor at a line, its history diffs.
    await page.goto(`${url}documents/${id}`);
    await page.getByRole('heading', { name: 'Payments Ledger', level: 1 }).waitFor();
    await page.locator('.rendered h2#open-questions').waitFor();
    await page
      .getByRole('navigation', { name: 'Table of contents' })
      .getByText('Overview')
      .waitFor();
    await page.locator('.diff').waitFor();
    expect(await page.locator('.diff').textContent()).toContain('Multi-currency balances');
    await expectAccessible(page, 'document');
    await page.locator('.diagnostics').getByRole('link').first().click();
    await page.waitForURL(/\/edit\?line=\d+$/);
    await page.locator('.cm-editor.cm-focused').waitFor();
    await page.goBack();

    // Search: `/` focuses the box, results come as one types, with the match highlighted.
    await page.getByRole('heading', { name: 'Payments Ledger', level: 1 }).waitFor();
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-box');
    await page.keyboard.type('reconcile');
    await page.waitForURL(/\/search\?q=reconcile$/);
    const hit = page
      .locator('.search-results li')
      .filter({ has: page.getByRole('link', { name: 'Payments Ledger', exact: true }) });
    await hit.waitFor();
    expect(await hit.locator('mark').first().textContent()).toMatch(/reconcile/i);
    await expectAccessible(page, 'search');

    // The open question is on the board, linking back to its section.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Questions' })
      .click();
    const question = page.getByRole('link', { name: 'Should the ledger shard by tenant?' });
    await question.waitFor();
    expect(await question.getAttribute('href')).toBe(`/documents/${id}#open-questions`);
    await expectAccessible(page, 'questions');
    await question.click();
    await page.locator('.rendered h2#open-questions').waitFor();

    // The server kept every version; nothing was lost on the way.
    const versions = await page.evaluate(
      async (documentId) =>
        (await (await fetch(`/api/v1/documents/${documentId}/versions`)).json()).items.length,
      id,
    );
    expect(versions).toBe(4);
  }, 240_000);

  it('passes axe on every screen in light and dark, and saves the README screenshots', async () => {
    const url = await startApp();
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const screenshot = screenshotter();
    const shoot = (name: string) => screenshot(page, name);

    await page.goto(url);
    await page.getByRole('heading', { name: 'Sign in to designdoc' }).waitFor();
    await shoot('sign-in');
    await signIn(page, url, 'priya');
    forgiveSignedOut();
    const documents = await page.evaluate(
      async () => (await (await fetch('/api/v1/documents?limit=50')).json()).items,
    );
    const broken = documents.find(
      (d: { title: string }) => d.title === 'Checkout Service Redesign',
    );
    const design = documents.find((d: { title: string }) => d.title === 'designdoc');

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const screens: [string, string, () => Promise<unknown>][] = [
        ['home', '', () => page.getByRole('heading', { name: 'Recently updated' }).waitFor()],
        [
          'documents',
          'documents',
          () => page.locator('table.documents tbody tr').first().waitFor(),
        ],
        [
          'document',
          `documents/${broken.id}`,
          () => page.locator('.diagnostics .diagnostic').first().waitFor(),
        ],
        [
          'editor',
          `documents/${broken.id}/edit`,
          () => page.locator('.cm-lintRange').first().waitFor(),
        ],
        ['questions', 'questions', () => page.locator('.board-column').first().waitFor()],
        ['decisions', 'decisions', () => page.locator('table.decisions').waitFor()],
        ['search', 'search?q=ledger', () => page.locator('.search-results li').first().waitFor()],
        ['new document', 'documents/new', () => page.getByLabel('Title').waitFor()],
        [
          'settings',
          'settings/demo',
          () => page.getByRole('heading', { name: 'Templates' }).waitFor(),
        ],
        ['diagram', `documents/${design.id}`, () => page.locator('.rendered h2').first().waitFor()],
      ];
      for (const [name, path, ready] of screens) {
        await page.goto(`${url}${path}`);
        await ready();
        await expectAccessible(page, `${name} (${scheme})`);
        if (scheme === 'light' && name === 'document') await shoot('document');
        if (scheme === 'light' && name === 'editor') await shoot('editor');
        if (scheme === 'dark' && name === 'editor') await shoot('editor-dark');
        if (scheme === 'dark' && name === 'questions') await shoot('questions-dark');
      }
    }

    // A narrow window: the navigation wraps and the document reads in one column.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 420, height: 860 });
    await page.goto(`${url}documents/${broken.id}`);
    await page.locator('.rendered h2').first().waitFor();
    await expectAccessible(page, 'document (narrow)');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);
  }, 240_000);
});
