import { defineConfig } from 'vitest/config';

// The suites that read the shared corpora and templates (../shared, or DESIGNDOC_SHARED_DIR):
// test data kept outside the repository, so `npm test` never needs them. .ci/run runs these.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.corpus.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    globalSetup: ['test/corpora-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
