import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD, lineOf, TDD_WITH_ERROR_AND_WARNING } from '../../test/documents.js';
import { runCli } from '../../test/run-cli.js';
import type { FileResult } from '../lint/lint-file.js';
import { github } from './github.js';

const tempDir = useTempDirs();

describe('github format', () => {
  it('prints one workflow command per problem', async () => {
    const dir = tempDir({ 'docs/design.md': TDD_WITH_ERROR_AND_WARNING, 'ok.md': CLEAN_TDD });
    const out = await runCli(['lint', '--format', 'github'], { cwd: dir.path });
    expect(out.code).toBe(1);
    const todo = lineOf(TDD_WITH_ERROR_AND_WARNING, 'TODO');
    const unknown = lineOf(TDD_WITH_ERROR_AND_WARNING, 'Random Thoughts');
    expect(out.stdout.split('\n')).toEqual([
      `::error file=docs/design.md,line=${todo},col=27,endLine=${todo},endColumn=33,title=unfilled-placeholder::Unfilled placeholder “[TODO]”`,
      `::warning file=docs/design.md,line=${unknown},col=1,endLine=${unknown},endColumn=18,title=heading-level::Section “Random Thoughts” is level 1, expected level 2`,
      '',
    ]);
  });

  it('escapes % in messages and %, commas and colons in properties', async () => {
    const doc = `${CLEAN_TDD}\n# 100% Uptime, Maybe\n\nSome notes.\n`;
    const dir = tempDir({ '50%,off:now.md': doc });
    const out = await runCli(['lint', '--format', 'github'], { cwd: dir.path });
    expect(out.stdout).toMatch(/^::warning file=50%25%2Coff%3Anow\.md,line=\d+,col=1,/);
    expect(out.stdout).toContain('::Section “100%25 Uptime, Maybe” is level 1, expected level 2\n');
  });

  it('keeps a multi-line message on one line by escaping newlines', () => {
    const point = { line: 3, column: 2, offset: 10 };
    const result: FileResult = {
      filePath: '/repo/a.md',
      errorCount: 1,
      warningCount: 0,
      fixableCount: 0,
      diagnostics: [
        {
          ruleId: 'x',
          severity: 'error',
          message: 'first\nsecond\r\nthird 100%',
          place: { start: point, end: point },
          url: '',
        },
      ],
    };
    const text = github([result], { cwd: '/repo', color: false, rules: new Map(), version: '0' });
    expect(text).toBe(
      '::error file=a.md,line=3,col=2,endLine=3,endColumn=2,title=x::first%0Asecond%0D%0Athird 100%25\n',
    );
  });

  it('prints nothing for a clean run', async () => {
    const dir = tempDir({ 'doc.md': CLEAN_TDD });
    expect(await runCli(['lint', '-f', 'github'], { cwd: dir.path })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });
});
