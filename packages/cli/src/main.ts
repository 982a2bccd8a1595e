import { run } from './run.js';

// A reader that stops early (`designdoc lint | head`) closes the pipe: stop quietly, as cat and
// grep do, rather than die on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

/** The only place that touches `process`: hand it to `run` and exit with its code. */
const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  stdin: async () => {
    // Decoded as one: a character split across two chunks stays whole.
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  untilStopped: () =>
    new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }),
});
process.exitCode = code;
