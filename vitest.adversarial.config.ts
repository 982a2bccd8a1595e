import { defineConfig } from 'vitest/config';

// The event-loop test for every route (test/adversarial/): a real `designdoc serve` process per
// engine (the embedded SQLite file, then this machine's PostgreSQL), each operation of the
// OpenAPI sent its worst input while /healthz is timed. It runs the built CLI (`npm run build`
// first) and takes minutes, so it is not part of `npm test`; .ci/run runs it.
export default defineConfig({
  test: {
    include: ['test/adversarial/**/*.adversarial.ts'],
    // One engine at a time: two servers under attack on two cores would time each other.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
