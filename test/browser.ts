import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** The system Chromium (`npx playwright install` is not available here, nor needed). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless, and quiet: no updater, sync or other background traffic during a test. */
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

/** How long a single wait (a selector, a navigation, a function) may take before it fails. */
const WAIT_TIMEOUT = 15_000;

export interface BrowserSession {
  /** A new page in a fresh context (its own storage), watched for problems. */
  newPage(): Promise<Page>;
  /**
   * What went wrong in the pages of the current test so far, one line each: uncaught errors,
   * console errors, dialogs (the site never opens one; they are dismissed), renderer crashes.
   */
  problems(): string[];
  /** Remove and return the problems matching `pattern`, for one a test expects and checks. */
  takeProblems(pattern: RegExp): string[];
}

/**
 * For a test file: one Chromium for the whole file, a fresh context per page. After each test
 * its pages are closed, and the test fails if they reported a problem nobody took, so that no
 * page error or console error goes unnoticed even in a test that forgot to look.
 */
export function useBrowser(): BrowserSession {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let problems: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });
  afterEach(async () => {
    const left = problems;
    problems = [];
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    if (left.length > 0)
      throw new Error(`The browser reported ${left.length} problem(s):\n${left.join('\n')}`);
  });

  const watch = (page: Page) => {
    page.on('pageerror', (error) => {
      problems.push(`page error on ${page.url()}: ${error.stack ?? error.message}`);
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url, lineNumber } = message.location();
      problems.push(`console error on ${page.url()}: ${message.text()} (at ${url}:${lineNumber})`);
    });
    page.on('dialog', (dialog) => {
      problems.push(`${dialog.type()} dialog on ${page.url()}: ${dialog.message()}`);
      dialog.dismiss().catch(() => {});
    });
    page.on('crash', () => {
      problems.push(`page crashed: ${page.url()}`);
    });
  };

  return {
    async newPage() {
      if (!browser) throw new Error('useBrowser(): the browser is not running (call it in a test)');
      const context = await browser.newContext();
      contexts.push(context);
      context.setDefaultTimeout(WAIT_TIMEOUT);
      context.setDefaultNavigationTimeout(WAIT_TIMEOUT);
      const page = await context.newPage();
      watch(page);
      return page;
    },
    problems: () => [...problems],
    takeProblems(pattern) {
      const taken = problems.filter((p) => pattern.test(p));
      problems = problems.filter((p) => !pattern.test(p));
      return taken;
    },
  };
}
