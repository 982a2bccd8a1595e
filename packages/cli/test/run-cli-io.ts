import { run } from '../src/run.js';
import type { CliOutput } from './run-cli.js';

/** `runCli` for commands that read standard input (`lint --stdin`): `input` is all of it. */
export async function runCliWithInput(
  argv: string[],
  options: { cwd: string; input: string; env?: Record<string, string | undefined> },
): Promise<CliOutput> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (text: string) => (stdout += text), isTTY: false, columns: 100 },
    stderr: { write: (text: string) => (stderr += text), isTTY: false, columns: 100 },
    cwd: options.cwd,
    env: options.env ?? {},
    stdin: async () => options.input,
  });
  return { code, stdout, stderr };
}

/** A long-running command (`lint --watch`) started in-process, its output so far, and its stop. */
export interface RunningCli {
  stdout(): string;
  stderr(): string;
  /** Resolves once `stderr` (or, failing that, `stdout`) holds `text` the given number of times. */
  waitFor(text: string, times?: number): Promise<void>;
  /** Stop it as Ctrl+C does, and wait for its exit code. */
  stop(): Promise<CliOutput>;
}

/** Start `argv` in-process with a stop the test controls (`Io.untilStopped`). */
export function startCli(argv: string[], options: { cwd: string }): RunningCli {
  let stdout = '';
  let stderr = '';
  let stop = () => {};
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  const exit = run(argv, {
    stdout: { write: (text: string) => (stdout += text), isTTY: false, columns: 100 },
    stderr: { write: (text: string) => (stderr += text), isTTY: false, columns: 100 },
    cwd: options.cwd,
    env: {},
    untilStopped: () => stopped,
  });
  const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
  return {
    stdout: () => stdout,
    stderr: () => stderr,
    async waitFor(text, times = 1) {
      const deadline = Date.now() + 10_000;
      while (count(stderr, text) < times && count(stdout, text) < times) {
        if (Date.now() > deadline)
          throw new Error(`“${text}” ×${times} never came:\n${stdout}\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async stop() {
      stop();
      const code = await exit;
      return { code, stdout, stderr };
    },
  };
}
