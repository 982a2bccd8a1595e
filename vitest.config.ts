import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    // Suites that need PostgreSQL or Redis run in vitest.services.config.ts; suites that read the
    // shared corpora and templates (outside the repository) in vitest.corpora.config.ts.
    exclude: [
      '**/node_modules/**',
      '**/dist/**',
      '**/*.pg.test.ts',
      '**/*.redis.test.ts',
      '**/*.browser.test.ts',
      '**/*.corpus.test.ts',
    ],
    testTimeout: 20_000,
  },
});
