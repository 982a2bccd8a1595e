import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ADMIN_HEADERS } from '../../../test/start-server.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** A password the server's strength check accepts. */
export const PASSWORD = 'plum-velvet-harbor-9271';

/** Create an account and make it `role` in the demo workspace, through the API as the admin. */
export async function createMember(
  url: string,
  username: string,
  displayName: string,
  role: 'viewer' | 'author' | 'reviewer' | 'admin',
): Promise<void> {
  const json = { ...ADMIN_HEADERS, 'content-type': 'application/json' };
  const user = await fetch(new URL('/api/v1/users', url), {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ username, password: PASSWORD, displayName }),
  });
  expect(user.status, await user.clone().text()).toBe(201);
  const member = await fetch(new URL(`/api/v1/workspaces/demo/members/${username}`, url), {
    method: 'PUT',
    headers: json,
    body: JSON.stringify({ role }),
  });
  expect(member.status, await member.clone().text()).toBe(200);
}

/** Sign in through the sign-in screen and wait for the home screen. */
export async function signIn(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Recently updated' }).waitFor();
}

/** Run axe-core on the page as it is: no serious or critical violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Evaluated through the DevTools protocol, which the page's CSP (no inline script) allows.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResult> } })
      .axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} at ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  });
  expect(violations, `axe on ${screen}`).toEqual([]);
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/** The lint counts the editor's toolbar shows: errors and warnings. */
export async function editorCounts(page: Page): Promise<{ errors: number; warnings: number }> {
  const counts = page.locator('.toolbar-actions .lint-counts');
  const read = async (kind: string) => {
    const badge = counts.locator(`.count.${kind}`);
    return (await badge.count()) ? Number.parseInt((await badge.textContent()).trim(), 10) : 0;
  };
  return { errors: await read('error'), warnings: await read('warning') };
}
