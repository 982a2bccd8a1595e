import { RULES } from '@designdoc/core';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD, TDD_WITH_ERROR } from '../../test/documents.js';
import { runCli } from '../../test/run-cli.js';
import { runCliWithInput } from '../../test/run-cli-io.js';

const tempDir = useTempDirs();

/** The rows of the timing table on stderr: [rule, ms, percent]. */
function timingRows(stderr: string): [string, number, number][] {
  const lines = stderr.split('\n');
  const header = lines.findIndex((line) => /^Rule +\| Time \(ms\) \| Relative$/.test(line));
  expect(header).toBeGreaterThanOrEqual(0);
  expect(lines[header + 1]).toMatch(/^:-+\|-+:\|-+:$/);
  return lines
    .slice(header + 2)
    .filter((line) => line.includes('|'))
    .map((line) => {
      const [rule, ms, percent] = line.split('|').map((cell) => cell.trim());
      return [rule as string, Number(ms), Number.parseFloat(percent as string)];
    });
}

const runningRules = RULES.filter((rule) => rule.meta.defaultSeverity !== 'off').length;

describe('designdoc lint --debug', () => {
  it('says which config and template each file used, and times the rules, on stderr', async () => {
    const dir = tempDir({
      'docs/designdoc.config.yaml': 'overrides:\n  - files: "adr/**"\n    template: adr\n',
      'docs/adr/a.md': CLEAN_TDD,
      'docs/b.md': TDD_WITH_ERROR,
      'c.md': CLEAN_TDD,
    });
    const plain = await runCli(['lint', 'docs', 'c.md'], { cwd: dir.path });
    const out = await runCli(['lint', '--debug', 'docs', 'c.md'], { cwd: dir.path });
    expect(out.code).toBe(plain.code);
    expect(out.stdout).toBe(plain.stdout);
    expect(out.stderr).toMatch(
      new RegExp(
        [
          '^designdoc: debug: c\\.md: config \\(none\\), template tdd \\(default\\)',
          'designdoc: debug: docs/adr/a\\.md: config docs/designdoc\\.config\\.yaml, template adr \\(override\\)',
          'designdoc: debug: docs/b\\.md: config docs/designdoc\\.config\\.yaml, template tdd \\(default\\)',
          'Rule ',
        ].join('\n'),
      ),
    );
    const rows = timingRows(out.stderr);
    expect(rows).toHaveLength(10);
    for (let i = 1; i < rows.length; i++)
      expect(rows[i]?.[1]).toBeLessThanOrEqual(rows[i - 1]?.[1] as number);
  });

  it('says so for standard input, under its --stdin-filename', async () => {
    const dir = tempDir({ 'designdoc.config.yaml': 'template: rfc\n' });
    const out = await runCliWithInput(
      ['lint', '--debug', '--stdin', '--stdin-filename', 'new.md'],
      { cwd: dir.path, input: CLEAN_TDD },
    );
    expect(out.stderr).toMatch(
      /^designdoc: debug: new\.md: config designdoc\.config\.yaml, template rfc \(config\)\n/,
    );
  });
});

describe('TIMING in the environment, as ESLint', () => {
  it('TIMING=1 prints the ten slowest rules, and nothing else, on stderr', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR });
    const out = await runCli(['lint', 'doc.md'], { cwd: dir.path, env: { TIMING: '1' } });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('Unfilled placeholder');
    expect(out.stderr).toMatch(/^Rule /);
    expect(timingRows(out.stderr)).toHaveLength(10);
  });

  it('TIMING=all lists every rule that ran, with shares that add up to 100%', async () => {
    const dir = tempDir({ 'doc.md': CLEAN_TDD });
    const out = await runCli(['lint', 'doc.md'], { cwd: dir.path, env: { TIMING: 'all' } });
    const rows = timingRows(out.stderr);
    expect(rows).toHaveLength(runningRules);
    const total = rows.reduce((sum, [, , percent]) => sum + percent, 0);
    expect(total).toBeGreaterThan(99);
    expect(total).toBeLessThan(101);
  });

  it('TIMING=15 lists 15 rules; a number of 10 or fewer still lists 10', async () => {
    const dir = tempDir({ 'doc.md': CLEAN_TDD });
    const fifteen = await runCli(['lint', 'doc.md'], { cwd: dir.path, env: { TIMING: '15' } });
    expect(timingRows(fifteen.stderr)).toHaveLength(Math.min(15, runningRules));
    const three = await runCli(['lint', 'doc.md'], { cwd: dir.path, env: { TIMING: '3' } });
    expect(timingRows(three.stderr)).toHaveLength(10);
  });
});
