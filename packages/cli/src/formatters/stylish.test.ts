import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import {
  CLEAN_TDD,
  lineOf,
  TDD_WITH_ERROR,
  TDD_WITH_ERROR_AND_WARNING,
} from '../../test/documents.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

describe('stylish format (the default)', () => {
  it('groups problems under each file, aligned, with a summary line', async () => {
    const dir = tempDir({
      'a.md': TDD_WITH_ERROR_AND_WARNING,
      'docs/b.md': TDD_WITH_ERROR,
      'c.md': CLEAN_TDD,
    });
    const out = await runCli(['lint'], { cwd: dir.path });
    const todo = lineOf(TDD_WITH_ERROR, 'TODO');
    const unknown = lineOf(TDD_WITH_ERROR_AND_WARNING, 'Random Thoughts');
    expect(out.stdout).toBe(
      [
        '',
        'a.md',
        `  ${todo}:27  error    Unfilled placeholder “[TODO]”                           unfilled-placeholder`,
        `  ${unknown}:1   warning  Section “Random Thoughts” is level 1, expected level 2  heading-level`,
        '',
        'docs/b.md',
        `  ${todo}:27  error  Unfilled placeholder “[TODO]”  unfilled-placeholder`,
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('says how many problems --fix could fix', async () => {
    const dir = tempDir({
      'doc.md': CLEAN_TDD.replace('Status: In Progress', 'Status: in progress'),
    });
    const out = await runCli(['lint', 'doc.md'], { cwd: dir.path });
    expect(out.stdout).toContain('Question status “in progress” should be written “In Progress”');
    expect(out.stdout).toContain(
      '✖ 1 problem (1 error, 0 warnings)\n  1 error and 0 warnings potentially fixable with the `--fix` option.\n',
    );
  });

  it('prints nothing for clean files', async () => {
    const dir = tempDir({ 'a.md': CLEAN_TDD, 'b.md': CLEAN_TDD });
    expect((await runCli(['lint'], { cwd: dir.path })).stdout).toBe('');
  });
});
