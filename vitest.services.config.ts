import { defineConfig } from 'vitest/config';

// The suites that need this machine's PostgreSQL (and, later, Redis); .ci/run starts them.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.pg.test.ts', 'packages/*/src/**/*.redis.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
