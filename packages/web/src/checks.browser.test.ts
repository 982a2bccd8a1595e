import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../../../test/browser.js';
import { EXAMPLES_DIR } from '../../../test/repo-paths.js';
import { callAsAdmin } from '../../../test/start-server.js';
import { useApp } from '../test/app-server.js';
import { createMember, expectAccessible, signIn } from '../test/app-session.js';

/** The payments ledger example as a draft in the demo workspace, made through the API; its id. */
async function createLedger(url: string): Promise<string> {
  const markdown = readFileSync(join(EXAMPLES_DIR, 'payments-ledger.md'), 'utf8');
  const created = await callAsAdmin(
    url,
    'POST',
    '/api/v1/workspaces/demo/documents',
    { markdown },
    201,
  );
  return created.id as string;
}

describe('check runs in the web app, in Chromium', () => {
  const startApp = useApp();
  const browser = useBrowser();

  it('shows the newest run of each check on the document screen, diagnostics folded away', async () => {
    const url = await startApp();
    const id = await createLedger(url);
    const checks = `/api/v1/documents/${id}/checks`;
    // An older run of check-api that the newer one replaces, then the two checks CI reports.
    await callAsAdmin(
      url,
      'POST',
      checks,
      { name: 'check-api', result: 'passed', diagnostics: [] },
      201,
    );
    await callAsAdmin(
      url,
      'POST',
      checks,
      {
        name: 'check-api',
        result: 'failed',
        commit: '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432',
        url: 'https://ci.example.com/jobs/1234',
        diagnostics: [
          {
            ruleId: 'api-undocumented-operation',
            severity: 'error',
            message: 'GET /v1/refunds is served but not in the API Contracts',
            line: 88,
            column: 1,
          },
          {
            ruleId: 'api-field-undocumented',
            severity: 'warning',
            message: 'Response field “currency” is not in the contract',
            line: 95,
            column: 3,
          },
        ],
      },
      201,
    );
    await callAsAdmin(
      url,
      'POST',
      checks,
      { name: 'check-schema', result: 'passed', diagnostics: [] },
      201,
    );

    const page = await browser.newPage();
    await page.setViewportSize({ width: 1360, height: 900 });
    await signIn(page, url, 'priya');
    browser.takeProblems(/status of 401/);
    await page.goto(`${url}documents/${id}`);
    const panel = page.getByRole('region', { name: /^Checks/ });
    await panel.getByText('version 1').waitFor();
    const runs = panel.locator('.check-run');
    await expect.poll(() => runs.count()).toBe(2);

    const api = runs.filter({ hasText: 'check-api' });
    expect(await api.locator('.badge').textContent()).toBe('failed');
    expect(await api.textContent()).toContain('1 error, 1 warning');
    expect(await api.locator('code').textContent()).toBe('9f8e7d6');
    expect(await api.getByRole('link', { name: 'CI job of check-api' }).getAttribute('href')).toBe(
      'https://ci.example.com/jobs/1234',
    );
    expect(await api.locator('time').textContent()).toBe('just now');
    const schema = runs.filter({ hasText: 'check-schema' });
    expect(await schema.locator('.badge').textContent()).toBe('passed');
    expect(await schema.textContent()).toContain('0 errors, 0 warnings');
    expect(await schema.locator('details').count()).toBe(0);

    // The diagnostics open on demand: line, message and rule.
    const diagnostic = api.locator('li.diagnostic').first();
    expect(await diagnostic.isVisible()).toBe(false);
    await api.getByText('Diagnostics (2)').click();
    await diagnostic.waitFor();
    expect(await api.locator('li.diagnostic').allTextContents()).toEqual([
      'error Line 88: GET /v1/refunds is served but not in the API Contracts (api-undocumented-operation)',
      'warning Line 95: Response field “currency” is not in the contract (api-field-undocumented)',
    ]);
    await expectAccessible(page, 'document with check runs');
  });

  it('lets a workspace admin require checks in the review policy', async () => {
    const url = await startApp();
    await createMember(url, 'ada', 'Ada Admin', 'admin');
    const page = await browser.newPage();
    await signIn(page, url, 'ada');
    browser.takeProblems(/status of 401/);
    await page.goto(`${url}settings/demo`);
    const policy = page.getByRole('region', { name: 'Review policy' });
    await policy.getByLabel(/Checks that must pass/).fill('check-api, check-schema');
    await policy.getByRole('button', { name: 'Save the policy' }).click();
    await policy.getByText('Policy saved.').waitFor();
    const stored = await callAsAdmin(
      url,
      'GET',
      '/api/v1/workspaces/demo/review-policy',
      undefined,
      200,
    );
    expect(stored.requiredChecks).toEqual(['check-api', 'check-schema']);
    await page.reload();
    expect(await policy.getByLabel(/Checks that must pass/).inputValue()).toBe(
      'check-api, check-schema',
    );
  });
});
