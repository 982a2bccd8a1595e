import { availableParallelism } from 'node:os';
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
    // Vitest's default is one worker fewer than the cores: one on a two-core machine, where the
    // files spend much of their time waiting on child processes, databases and timers. Two
    // workers there took npm test from 450 s to 305 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
