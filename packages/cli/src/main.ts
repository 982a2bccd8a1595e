import { run } from './run.js';

// A reader that stops early (`designdoc lint | head`) closes the pipe: stop quietly, as cat and
// grep do, rather than die on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

/** Whether a signal stopped the command (see untilStopped below). */
let stoppedBySignal = false;

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
      // The first SIGINT or SIGTERM stops the command in order; a second one, of either kind,
      // ends the process at once (128 + the signal's number, as a shell reports it).
      const stop = () => {
        process.removeListener('SIGINT', stop);
        process.removeListener('SIGTERM', stop);
        process.once('SIGINT', () => process.exit(130));
        process.once('SIGTERM', () => process.exit(143));
        stoppedBySignal = true;
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    }),
});
// A command stopped by a signal has finished its orderly stop when it returns: end now, rather
// than wait for sockets it no longer needs (a trace export to an unreachable collector).
if (stoppedBySignal) process.exit(code);
process.exitCode = code;
