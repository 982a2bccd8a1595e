/** A stream the CLI writes to; `isTTY` and `columns` decide colours and the progress bar. */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Everything the CLI touches outside itself, injected so `run` is testable without a process. */
export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  cwd: string;
  env: Record<string, string | undefined>;
  /** All of standard input, for commands that read a secret from it (`--password-stdin`). */
  stdin?: () => Promise<string>;
  /** Today's date as YYYY-MM-DD (injected so `new` is testable). */
  today?: () => string;
  /**
   * Resolves when the user asks a long-running command (`preview`) to stop: Ctrl+C or SIGTERM
   * from main.ts, a test's own promise in-process. Only such commands call it.
   */
  untilStopped?: () => Promise<void>;
}

const CLI_ERROR = Symbol.for('designdoc.CliError');

/**
 * An error that ends the command with exit code 2 and a one-line message (usage, config, I/O);
 * an empty message when the problem has already been reported.
 */
export class CliError extends Error {
  readonly exitCode: number;
  readonly [CLI_ERROR] = true;

  /**
   * Whether `error` is a CliError, one thrown by a separately bundled command (build, preview,
   * serve, migrate carry their own copy of this class) included, where `instanceof` fails.
   */
  static is(error: unknown): error is CliError {
    return typeof error === 'object' && error !== null && CLI_ERROR in error;
  }

  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
