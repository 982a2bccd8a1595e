import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// The suites that need this machine's PostgreSQL (and, later, Redis); .ci/run starts them.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.pg.test.ts', 'packages/*/src/**/*.redis.test.ts'],
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: one on a two-core machine, where the
    // files spend much of their time waiting on child processes, databases and timers. Two
    // workers there took npm test from 450 s to 305 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    hookTimeout: 30_000,
  },
});
