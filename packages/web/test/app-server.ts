import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { useServers } from '../../../test/start-server.js';
import { useTempDirs } from '../../../test/temp-dir.js';
import { createMember, PASSWORD } from './app-session.js';

const IMAGES = fileURLToPath(new URL('../../../docs/images/', import.meta.url));

/**
 * Start `designdoc serve` on a fresh data folder, with the demo workspace and two authors; the
 * server is stopped and its folder removed after each test. Call at the top of a suite.
 */
export function useApp(): () => Promise<string> {
  // Hooks run last-registered first: the server stops before its folder goes.
  const tempDir = useTempDirs();
  const start = useServers();
  return () => startApp(start, tempDir().path);
}

async function startApp(start: ReturnType<typeof useServers>, dataDir: string): Promise<string> {
  const { url } = await start({
    DESIGNDOC_DATA_DIR: dataDir,
    DESIGNDOC_ADMIN_PASSWORD: PASSWORD,
    LINT_THREADS: '0',
    // The webhook test's receiver is on 127.0.0.1, which hooks reach only when allowed.
    WEBHOOK_ALLOW_PRIVATE: '127.0.0.1',
  });
  await createMember(url, 'priya', 'Priya Raman', 'author');
  await createMember(url, 'sam', 'Sam Okafor', 'author');
  return url;
}

/**
 * Screenshots for the docs (`docs/images/web-{name}.png`), written only when
 * `DESIGNDOC_SCREENSHOTS=1`: a plain run leaves the committed images alone, since a screenshot
 * differs by a few pixels from run to run. `part` is a locator or a box in page coordinates.
 */
export function screenshotter(): (
  page: Page,
  name: string,
  part?: Locator | { x: number; y: number; width: number; height: number },
) => Promise<void> {
  const enabled = process.env.DESIGNDOC_SCREENSHOTS === '1';
  if (enabled) mkdirSync(IMAGES, { recursive: true });
  return async (page, name, part) => {
    if (!enabled) return;
    const options = { path: join(IMAGES, `web-${name}.png`), animations: 'disabled' as const };
    if (!part) return void (await page.screenshot(options));
    // A part, cut from the whole page: a locator's own screenshot scrolls it into view, where
    // the sticky header would cover its top.
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = 'boundingBox' in part ? await part.boundingBox() : part;
    if (!box) throw new Error(`${name}: nothing to photograph`);
    await page.screenshot({ ...options, fullPage: true, clip: box });
  };
}
