import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../test/temp-dir.js';
import { CLEAN_TDD } from '../test/documents.js';
import { expectUsageError } from '../test/expect-output.js';
import { runCli } from '../test/run-cli.js';

const tempDir = useTempDirs();

describe('options with a fixed set of values', () => {
  it('exit 2 for another value, listing the valid ones and suggesting the likeliest', async () => {
    const dir = tempDir({ 'doc.md': CLEAN_TDD });
    const out = await runCli(['lint', '--format', 'stylsh', 'doc.md'], { cwd: dir.path });
    expectUsageError(
      out,
      "error: option '-f, --format <format>' argument 'stylsh' is invalid. Allowed choices are stylish, json, eslint-json, sarif, github, gitlab, junit. Did you mean “stylish”?\n",
    );
  });

  it('suggest nothing when no valid value is close', async () => {
    const dir = tempDir({ 'doc.md': CLEAN_TDD });
    const out = await runCli(['fix', '-f', 'xml', 'doc.md'], { cwd: dir.path });
    expectUsageError(out, /argument 'xml' is invalid\. Allowed choices are stylish, .*, junit\.\n/);
    expect(out.stderr).not.toContain('Did you mean');
  });

  it('still list the values in --help', async () => {
    const out = await runCli(['lint', '--help'], { cwd: tempDir().path });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(
      '(choices: "stylish", "json", "eslint-json", "sarif", "github", "gitlab", "junit", default: "stylish")',
    );
    expect(out.stdout).toMatch(
      /--report-unused-disable-directives-severity <level>[\s\S]*\(choices: "off", "warn", "error"\)/,
    );
  });

  it('accept each valid value', async () => {
    const dir = tempDir({ 'doc.md': CLEAN_TDD });
    const out = await runCli(['lint', '-f', 'gitlab', 'doc.md'], { cwd: dir.path });
    expect(out).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });
});
