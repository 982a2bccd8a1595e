import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD, lineOf, TDD_WITH_ERROR_AND_WARNING } from '../../test/documents.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

describe('json format', () => {
  it('prints one entry per file with counts and diagnostics in core’s shape', async () => {
    const dir = tempDir({ 'a.md': TDD_WITH_ERROR_AND_WARNING, 'b.md': CLEAN_TDD });
    const out = await runCli(['lint', '--format', 'json'], { cwd: dir.path });
    expect(out.code).toBe(1);
    expect(out.stderr).toBe('');
    const report = JSON.parse(out.stdout);
    expect(report).toHaveLength(2);
    expect(report[1]).toEqual({
      filePath: 'b.md',
      errorCount: 0,
      warningCount: 0,
      fixableCount: 0,
      diagnostics: [],
    });
    const [a] = report;
    expect(a).toMatchObject({ filePath: 'a.md', errorCount: 1, warningCount: 1, fixableCount: 0 });
    expect(Object.keys(a)).toEqual([
      'filePath',
      'errorCount',
      'warningCount',
      'fixableCount',
      'diagnostics',
    ]);
    const line = lineOf(TDD_WITH_ERROR_AND_WARNING, 'TODO');
    expect(a.diagnostics[0]).toEqual({
      ruleId: 'unfilled-placeholder',
      severity: 'error',
      message: 'Unfilled placeholder “[TODO]”',
      messageId: 'placeholder',
      place: {
        start: { line, column: 27, offset: expect.any(Number) },
        end: { line, column: 33, offset: expect.any(Number) },
      },
      url: 'https://github.com/designdoc/designdoc/blob/main/docs/rules/unfilled-placeholder.md',
    });
    const { start, end } = a.diagnostics[0].place;
    expect(TDD_WITH_ERROR_AND_WARNING.slice(start.offset, end.offset)).toBe('[TODO]');
    expect(a.diagnostics[1]).toMatchObject({ ruleId: 'heading-level', severity: 'warning' });
  });

  it('includes each fix as data (offsets and replacement text)', async () => {
    const doc = CLEAN_TDD.replace('Status: In Progress', 'Status: in progress');
    const dir = tempDir({ 'doc.md': doc });
    const [result] = JSON.parse(
      (await runCli(['lint', '-f', 'json', 'doc.md'], { cwd: dir.path })).stdout,
    );
    const [diagnostic] = result.diagnostics;
    expect(diagnostic.ruleId).toBe('question-status');
    expect(result.fixableCount).toBe(1);
    const [from, to] = diagnostic.fix.range;
    expect(doc.slice(from, to)).toBe('in progress');
    expect(diagnostic.fix.text).toBe('In Progress');
  });

  it('prints an empty-diagnostics entry even for a clean run, so a pipeline can count files', async () => {
    const dir = tempDir({ 'doc.md': CLEAN_TDD });
    const out = await runCli(['lint', '-f', 'json'], { cwd: dir.path });
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual([
      { filePath: 'doc.md', errorCount: 0, warningCount: 0, fixableCount: 0, diagnostics: [] },
    ]);
  });
});
