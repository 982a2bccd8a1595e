import { expect } from 'vitest';
import type { CliOutput } from './run-cli.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences start with ESC
export const ANSI = /\u001b\[/;

/** The user never sees a JavaScript stack trace, whatever went wrong. */
export function expectNoStackTrace(output: CliOutput): void {
  expect(output.stdout).not.toContain('    at ');
  expect(output.stderr).not.toContain('    at ');
}

/**
 * A fault the CLI reports on one line of stderr, prefixed `designdoc:`, with exit code 2 and no
 * stack trace; returns that line for further checks.
 */
export function expectFault(output: CliOutput): string {
  expectNoStackTrace(output);
  expect(output.code).toBe(2);
  const lines = output.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^designdoc: /);
  return lines[0] as string;
}

/** A commander usage error: exit 2, the problem on stderr, the hint to `--help`. */
export function expectUsageError(output: CliOutput, problem: string | RegExp): void {
  expectNoStackTrace(output);
  expect(output.code).toBe(2);
  expect(output.stderr).toMatch(problem);
  expect(output.stderr).toContain('designdoc --help');
  expect(output.stdout).toBe('');
}
