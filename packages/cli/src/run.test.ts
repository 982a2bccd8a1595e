import { describe, expect, it } from 'vitest';
import { expectUsageError } from '../test/expect-output.js';
import { EXAMPLES_DIR } from '../test/paths.js';
import { runCli } from '../test/run-cli.js';
import { VERSION } from './version.js';

const cwd = EXAMPLES_DIR;

describe('designdoc (argument parsing)', () => {
  it('prints its version and exits 0', async () => {
    const out = await runCli(['--version'], { cwd });
    expect(out.code).toBe(0);
    expect(out.stdout.trim()).toBe(VERSION);
  });

  it('prints help listing every command and exits 0', async () => {
    const out = await runCli(['--help'], { cwd });
    expect(out.code).toBe(0);
    for (const command of [
      'lint',
      'fix',
      'show',
      'questions',
      'decisions',
      'new',
      'template',
      'schema',
    ]) {
      expect(out.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
  });

  it('prints the options of a command with --help', async () => {
    const out = await runCli(['lint', '--help'], { cwd });
    expect(out.code).toBe(0);
    for (const option of [
      '--format',
      '--output-file',
      '--max-warnings',
      '--quiet',
      '--fix',
      '--fix-dry-run',
      '--template',
      '--config',
      '--no-color',
    ]) {
      expect(out.stdout).toContain(option);
    }
  });

  it('exits 2 on an unknown command', async () => {
    expectUsageError(await runCli(['frobnicate'], { cwd }), /unknown command 'frobnicate'/);
  });

  it('exits 2 on an unknown option', async () => {
    expectUsageError(
      await runCli(['lint', '--bogus', 'payments-ledger.md'], { cwd }),
      /unknown option '--bogus'/,
    );
  });

  it('exits 2 on an unknown --format, listing the formats', async () => {
    const out = await runCli(['lint', '--format', 'xml', 'payments-ledger.md'], { cwd });
    expectUsageError(out, /'xml' is invalid/);
    expect(out.stderr).toContain('stylish, json, sarif, github, junit');
  });

  it('exits 2 when a required argument is missing', async () => {
    expectUsageError(await runCli(['show'], { cwd }), /missing required argument 'file'/);
  });
});
