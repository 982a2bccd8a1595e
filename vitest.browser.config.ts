import { defineConfig } from 'vitest/config';

// The real-browser suites (`*.browser.test.ts`, Chromium through playwright-core); the root
// config leaves them out. One file at a time: each launches its own Chromium, and two at once
// are too much for a small CI machine.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.browser.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
