import { spawnSync } from 'node:child_process';
import { ActionError } from './inputs.mjs';

/**
 * Run the designdoc command line at `bin` (its JavaScript bin file, run with this Node; or any
 * other executable, such as a package manager's shim) in `cwd` and collect what it printed.
 * Colours are off: the output goes to a log, a file or a parser, never a terminal.
 */
export function runDesignDoc(bin, args, cwd) {
  const script = /\.[cm]?js$/.test(bin);
  const result = spawnSync(script ? process.execPath : bin, script ? [bin, ...args] : args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    maxBuffer: 256 * 1024 * 1024,
    shell: !script && process.platform === 'win32',
  });
  if (result.error) throw new ActionError(`Cannot run designdoc (${bin}): ${result.error.message}`);
  return { status: result.status ?? 2, stdout: result.stdout, stderr: result.stderr };
}

/** Parse a command's JSON output, or null when it printed none (a fault it explained on stderr). */
export function parseJsonOutput(stdout) {
  try {
    return JSON.parse(stdout);
  } catch {
    return null;
  }
}
