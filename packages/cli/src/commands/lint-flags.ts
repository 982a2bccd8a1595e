import { CliError } from '../io.js';
import type { LintCommandOptions } from './lint-command-options.js';

/**
 * Refuse combinations of lint's flags that cannot mean anything, each with a one-line reason
 * (exit 2), as ESLint refuses `--fix` with `--stdin` and `--print-config` with more files.
 */
export function checkLintFlags(patterns: readonly string[], options: LintCommandOptions): void {
  if (options.printConfig !== undefined) {
    if (patterns.length > 0)
      throw new CliError(
        `--print-config takes exactly one file and lints nothing; drop the other paths (${patterns.join(' ')})`,
      );
    if (options.stdin)
      throw new CliError('--print-config is not available for standard input; drop --stdin');
    return;
  }
  if (options.stdinFilename !== undefined && !options.stdin)
    throw new CliError('--stdin-filename names the Markdown read with --stdin; add --stdin');
  if (options.stdin) {
    if (patterns.length > 0)
      throw new CliError(
        `--stdin lints standard input, not files; drop the paths (${patterns.join(' ')})`,
      );
    if (options.fix)
      throw new CliError(
        '--fix is not available for standard input (there is no file to write); use --fix-dry-run instead',
      );
    if (options.watch) throw new CliError('--watch needs files to watch; drop --stdin');
  }
  if (options.server) {
    const local: [string, unknown][] = [
      ['--rule', options.rule?.length],
      ['--cache', options.cache],
      ['--stdin', options.stdin],
      ['--watch', options.watch],
    ];
    for (const [flag, given] of local)
      if (given) throw new CliError(`${flag} works on local files only; drop --server`);
  }
}
