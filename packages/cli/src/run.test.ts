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

  it("names ESLint's lint flags in the top-level help", async () => {
    const out = await runCli(['--help'], { cwd });
    for (const flag of [
      '--stdin-filename',
      '--cache-location',
      '--print-config',
      '--fix-dry-run',
      '--report-unused-disable-directives',
      '--rule <id:severity>',
      '--debug',
      '--watch',
      'eslint-json',
      'gitlab',
    ])
      expect(out.stdout).toContain(flag);
  });

  it('says which commands need the server package', async () => {
    const help = (await runCli(['--help'], { cwd })).stdout.replace(/\s+/g, ' ');
    expect(help).toContain(
      'serve [options] serve the designdoc API and web app (needs @designdoc/server;',
    );
    expect(help).toContain('migrate [options] apply database migrations (needs @designdoc/server;');
    expect(help).toContain('user manage local accounts in the database (needs @designdoc/server)');
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
      '--stdin',
      '--cache',
      '--rule',
      '--print-config',
      '--debug',
      '--watch',
      '--report-unused-disable-directives',
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
    expect(out.stderr).toContain('stylish, json, eslint-json, sarif, github, gitlab, junit');
  });

  it('exits 2 when a required argument is missing', async () => {
    expectUsageError(await runCli(['show'], { cwd }), /missing required argument 'file'/);
  });
});
