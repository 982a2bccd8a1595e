import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../../../test/browser.js';
import { EXAMPLES_DIR } from '../../../test/repo-paths.js';
import { ADMIN_HEADERS } from '../../../test/start-server.js';
import { screenshotter, useApp } from '../test/app-server.js';
import { createMember, expectAccessible, signIn } from '../test/app-session.js';

/** The payments ledger example, lint-clean, with one question still open (the approval gate). */
function ledgerWithOpenQuestion(): string {
  return readFileSync(join(EXAMPLES_DIR, 'payments-ledger.md'), 'utf8')
    .replace('status: approved', 'status: draft')
    .replace(
      '## Open Questions\n\n',
      '## Open Questions\n\n- Who signs off on retention? - Status: Open\n',
    );
}

/** Create the document as the admin, through the API; its id. */
async function createLedger(url: string): Promise<string> {
  const response = await fetch(new URL('/api/v1/workspaces/demo/documents', url), {
    method: 'POST',
    headers: { ...ADMIN_HEADERS, 'content-type': 'text/markdown' },
    body: ledgerWithOpenQuestion(),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** Select the first paragraph after heading `anchor` in the rendered document, as a mouse would. */
async function selectFirstParagraph(page: Page, anchor: string): Promise<string> {
  return page.evaluate((id) => {
    const heading = document.getElementById(id) as HTMLElement;
    let paragraph = heading.nextElementSibling;
    while (paragraph && paragraph.tagName !== 'P') paragraph = paragraph.nextElementSibling;
    const text = paragraph?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 40);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    paragraph?.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return range.toString();
  }, anchor);
}

const statusBadge = (page: Page) => page.locator('.document-header .badge');

describe('review in the web app, in Chromium', () => {
  const startApp = useApp();
  const browser = useBrowser();
  const forgiveSignedOut = () => browser.takeProblems(/status of 401/);

  it('takes a document from request to approval past an open question, live', async () => {
    const url = await startApp();
    await createMember(url, 'rita', 'Rita Haas', 'reviewer');
    const id = await createLedger(url);
    const shoot = screenshotter();

    // The author asks Rita for review.
    const author = await browser.newPage();
    await author.setViewportSize({ width: 1360, height: 900 });
    await signIn(author, url, 'priya');
    forgiveSignedOut();
    await author.goto(`${url}documents/${id}`);
    const panel = author.getByRole('region', { name: 'Review' });
    await panel.getByRole('button', { name: 'Request review…' }).click();
    await panel.getByLabel(/Rita Haas/).check();
    await panel.getByLabel('Note for the timeline (optional)').fill('Ready for a first look');
    await panel.getByRole('button', { name: 'Request review', exact: true }).click();
    await expect.poll(() => statusBadge(author).textContent()).toBe('in review');
    await panel.locator('.reviewer', { hasText: 'Rita Haas' }).getByText('waiting').waitFor();

    // The reviewer finds it waiting for her and comments on a section, quoting a passage.
    const reviewer = await browser.newPage();
    await reviewer.setViewportSize({ width: 1360, height: 900 });
    await signIn(reviewer, url, 'rita');
    forgiveSignedOut();
    const waiting = reviewer.getByRole('region', { name: 'Reviews waiting for me' });
    await waiting.getByRole('link', { name: 'Payments Ledger Service' }).click();
    await reviewer.locator('.rendered h2#overview').waitFor();
    const quote = await selectFirstParagraph(reviewer, 'overview');
    const comments = reviewer.getByRole('region', { name: 'Comments' });
    await expect.poll(() => comments.getByLabel('Section').inputValue()).toBe('overview');
    await comments.getByText(quote.trim()).waitFor();
    await comments.getByLabel('Comment', { exact: true }).fill('Which services post first? @priya');
    await comments.getByRole('button', { name: 'Start thread' }).click();
    // The thread sits beside its section, in the margin.
    const overview = reviewer.getByRole('group', { name: 'Comments on Overview' });
    await overview.locator('.thread').getByText('Which services post first?').waitFor();
    const toc = reviewer.getByRole('navigation', { name: 'Table of contents' });
    await expect
      .poll(() => toc.locator('li', { hasText: 'Overview' }).locator('.toc-count').textContent())
      .toBe('1 unresolved threads');
    await comments.getByText('1 unresolved').waitFor();

    // Approval is refused while a question is open; the panel says why.
    const reviewPanel = reviewer.getByRole('region', { name: 'Review' });
    await reviewPanel.getByText('What blocks approval').waitFor();
    await reviewPanel.getByRole('button', { name: 'Approve' }).click();
    const refusal = reviewPanel.getByRole('alert');
    await refusal.getByText('Approval refused by the review policy').waitFor();
    expect(await refusal.textContent()).toContain('Who signs off on retention?');
    expect(browser.takeProblems(/status of 409/)).toHaveLength(1);
    await expectAccessible(reviewer, 'review panel, blocked');
    await shoot(reviewer, 'review-blocked', reviewPanel);

    // The author sees the mention, then resolves the question in the editor and saves.
    await author.goto(url);
    await author
      .getByRole('region', { name: /Notifications/ })
      .getByText('Rita Haas mentioned you')
      .waitFor();
    await expectAccessible(author, 'home with notifications');
    await author.goto(`${url}documents/${id}/edit`);
    await author
      .locator('.outline')
      .getByRole('button', { name: 'Open Questions', exact: true })
      .click();
    await author.keyboard.press('ArrowDown');
    await author.keyboard.press('ArrowDown');
    await author.keyboard.press('End');
    await author.keyboard.press('Shift+Home');
    await author.keyboard.insertText(
      '- Who signs off on retention? - Status: Resolved (the finance controller)',
    );
    await author.getByRole('button', { name: 'Save' }).click();
    await author.getByText('Saved as version 2').waitFor();

    // The reviewer's panel follows the new version by itself; she approves; the author sees it live.
    await reviewPanel.getByText('Your review of version 2').waitFor();
    await expect
      .poll(() => reviewPanel.locator('.blocked .blockers').textContent())
      .not.toContain('Open questions');
    expect(await reviewPanel.locator('.blocked .blockers').textContent()).toContain(
      'Approvals missing',
    );
    await author.goto(`${url}documents/${id}`);
    await expect.poll(() => statusBadge(author).textContent()).toBe('in review');
    await reviewPanel.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => statusBadge(reviewer).textContent()).toBe('approved');
    await expect
      .poll(() => statusBadge(author).textContent(), { timeout: 10_000 })
      .toBe('approved');

    // The timeline tells the story, newest first.
    const timeline = author.getByRole('region', { name: 'Status timeline' });
    await expect.poll(() => timeline.locator('li').count()).toBe(2);
    const moves = await timeline.locator('li').allTextContents();
    expect(moves[0]).toMatch(/in review → approved.*rita · version 2/);
    expect(moves[1]).toMatch(/draft → in review.*priya · version 1/);
    expect(moves[1]).toContain('Ready for a first look');

    // The thread is still open; the author resolves it, and the count goes.
    const authorComments = author.getByRole('group', { name: 'Comments on Overview' });
    await authorComments.getByRole('button', { name: 'Resolve' }).click();
    await authorComments.getByText('1 resolved').waitFor();
    expect(await author.locator('.toc-count').count()).toBe(0);

    for (const scheme of ['light', 'dark'] as const) {
      await author.emulateMedia({ colorScheme: scheme });
      await expectAccessible(author, `document with review (${scheme})`);
    }
    await author.emulateMedia({ colorScheme: 'light' });
    await author.evaluate(() => window.scrollTo(0, 0));
    await shoot(author, 'review-approved');
  }, 240_000);

  it('sets the review policy and manages a webhook with its deliveries', async () => {
    const url = await startApp();
    await createMember(url, 'ada', 'Ada Admin', 'admin');
    const received: string[] = [];
    const signed: { signature: string; body: string }[] = [];
    const receiver: Server = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => {
        body += chunk;
      });
      request.on('end', () => {
        received.push(String(request.headers['x-designdoc-event'] ?? request.url));
        signed.push({ signature: String(request.headers['designdoc-signature']), body });
        response.writeHead(204).end();
      });
    });
    /** Whether a delivery is signed with `secret` (docs/webhooks.md). */
    const signedWith = (delivery: { signature: string; body: string }, secret: string) => {
      const parts = Object.fromEntries(delivery.signature.split(',').map((p) => p.split('=')));
      const expected = createHmac('sha256', secret).update(`${parts.t}.${delivery.body}`);
      return parts.v1 === expected.digest('hex');
    };
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const shoot = screenshotter();
    try {
      const page = await browser.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await signIn(page, url, 'ada');
      forgiveSignedOut();
      await page.goto(`${url}settings/demo`);

      const policy = page.getByRole('region', { name: 'Review policy' });
      await policy.getByLabel('Approvals needed').fill('2');
      await policy.getByLabel('Let authors approve their own document').check();
      await policy.getByRole('button', { name: 'Save the policy' }).click();
      await policy.getByText('Policy saved.').waitFor();
      const stored = await page.evaluate(async () =>
        (await fetch('/api/v1/workspaces/demo/review-policy')).json(),
      );
      expect(stored).toMatchObject({ requiredApprovals: 2, allowSelfApproval: true });

      const hooks = page.getByRole('region', { name: 'Webhooks' });
      await hooks.getByLabel('Payload URL').fill(hookUrl);
      await hooks.getByLabel('Description').fill('Release notes bot');
      await hooks.getByLabel('document.created').check();
      await hooks.getByRole('button', { name: 'Add webhook' }).click();
      await hooks.getByText('shown only now').waitFor();
      const firstSecret = (await hooks.locator('code.secret').textContent()) ?? '';
      expect(firstSecret).toMatch(/\S{16,}/);
      await hooks.locator('.webhook-url', { hasText: hookUrl }).waitFor();

      await createLedger(url);
      await expect.poll(() => received.length, { timeout: 15_000 }).toBe(1);
      await hooks.getByRole('button', { name: 'Deliveries' }).click();
      const row = hooks.locator('.deliveries tbody tr').first();
      await expect
        .poll(async () => {
          await hooks.getByRole('button', { name: 'Refresh deliveries' }).click();
          return row.textContent();
        })
        .toMatch(/document\.created.*succeeded.*204/);
      await row.getByRole('button', { name: /Redeliver/ }).click();
      await expect.poll(() => received.length, { timeout: 15_000 }).toBe(2);
      await expect.poll(() => hooks.locator('.deliveries tbody tr').count()).toBe(2);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expectAccessible(page, `settings with policy and webhooks (${scheme})`);
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await shoot(page, 'webhooks', hooks);

      // A delivery's attempt log.
      await hooks
        .locator('.deliveries tbody tr')
        .last()
        .getByRole('button', { name: /attempts of document\.created/ })
        .click();
      await hooks
        .getByRole('list', { name: 'Attempts' })
        .getByText(/Attempt 1: succeeded, HTTP 204/)
        .waitFor();
      expect(signedWith(signed[0] as (typeof signed)[number], firstSecret)).toBe(true);

      // Edit the hook: another event and description; then a new secret, shown once, which
      // signs the next delivery.
      await hooks.getByRole('button', { name: `Edit ${hookUrl}` }).click();
      const edit = hooks.getByRole('form', { name: `Edit the webhook ${hookUrl}` });
      expect(await edit.getByLabel('Payload URL').inputValue()).toBe(hookUrl);
      expect(await edit.getByLabel('document.created').isChecked()).toBe(true);
      await edit.getByLabel('Description').fill('Release notes and updates');
      await edit.getByLabel('document.updated').check();
      await hooks.getByRole('button', { name: 'Generate a new secret' }).click();
      await expect.poll(() => hooks.locator('code.secret').textContent()).not.toBe(firstSecret);
      const secondSecret = (await hooks.locator('code.secret').textContent()) ?? '';
      expect(secondSecret).toMatch(/^[\w-]{32}$/);
      await edit.getByRole('button', { name: 'Save the webhook' }).click();
      await hooks
        .getByText(/Release notes and updates · native · document\.created, document\.updated/)
        .waitFor();
      await createLedger(url);
      await expect.poll(() => received.length, { timeout: 15_000 }).toBe(3);
      expect(signedWith(signed[2] as (typeof signed)[number], secondSecret)).toBe(true);
      expect(signedWith(signed[2] as (typeof signed)[number], firstSecret)).toBe(false);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expectAccessible(page, `webhook attempts and editor (${scheme})`);
      }
      await page.emulateMedia({ colorScheme: 'light' });

      // More deliveries than a page: the list pages with its cursor.
      for (let i = 0; i < 19; i++) await createLedger(url);
      await expect.poll(() => received.length, { timeout: 30_000 }).toBe(22);
      await hooks.getByRole('button', { name: 'Refresh deliveries' }).click();
      await expect.poll(() => hooks.locator('.deliveries tr.delivery-row').count()).toBe(20);
      await hooks.getByRole('button', { name: 'Older deliveries' }).click();
      await expect.poll(() => hooks.locator('.deliveries tr.delivery-row').count()).toBe(22);
      expect(await hooks.getByRole('button', { name: 'Older deliveries' }).count()).toBe(0);

      await hooks.getByRole('button', { name: 'Disable' }).click();
      await hooks.getByText('disabled', { exact: true }).waitFor();
      await hooks.getByRole('button', { name: /^Delete/ }).click();
      await hooks.getByText('No webhooks yet.').waitFor();
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  }, 120_000);
});
