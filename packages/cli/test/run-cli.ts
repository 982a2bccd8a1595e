import { spawnSync } from 'node:child_process';
import { run } from '../src/run.js';
import { BIN } from './paths.js';

/** What a user sees after one command: its exit code and everything written to each stream. */
export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunCliOptions {
  cwd: string;
  /** The environment; empty unless given, so the developer's NO_COLOR or CI never leak in. */
  env?: Record<string, string | undefined>;
  /** Pretend stdout and stderr are a terminal. */
  tty?: boolean;
  /** The date `new` writes; fixed so outputs are stable. */
  today?: string;
}

/** The date `runCli` gives `new` unless a test says otherwise. */
export const TODAY = '2026-03-14';

/** Run the CLI in-process through `run(argv, io)` with string-collecting streams. */
export async function runCli(argv: string[], options: RunCliOptions): Promise<CliOutput> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: {
      write: (text: string) => (stdout += text),
      isTTY: options.tty ?? false,
      columns: 100,
    },
    stderr: {
      write: (text: string) => (stderr += text),
      isTTY: options.tty ?? false,
      columns: 100,
    },
    cwd: options.cwd,
    env: options.env ?? {},
    today: () => options.today ?? TODAY,
  });
  return { code, stdout, stderr };
}

/**
 * Run the built `designdoc` binary in a child process, as a user would; for the paths `run`
 * cannot take in-process under Vitest (worker threads load the compiled worker script).
 */
export function runBin(
  argv: string[],
  options: { cwd: string; env?: Record<string, string>; input?: string },
): CliOutput {
  const child = spawnSync(process.execPath, [BIN, ...argv], {
    cwd: options.cwd,
    input: options.input ?? '',
    env: { PATH: process.env.PATH ?? '', ...options.env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}
