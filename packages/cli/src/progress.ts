import type { Io } from './io.js';

/**
 * A progress bar on stderr for long runs in a terminal; nothing at all in CI, in pipes or for
 * short runs, so machine output stays clean. The bar's library loads only then.
 */
export async function createProgress(
  io: Io,
  total: number,
): Promise<{ update(done: number): void; stop(): void; shown: boolean }> {
  if (!io.stderr.isTTY || io.env.CI || total < 50) return { update() {}, stop() {}, shown: false };
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as NodeJS.WriteStream,
      format: 'Linting [{bar}] {value}/{total} files',
      clearOnComplete: true,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop(), shown: true };
}
