import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD, lineOf, TDD_WITH_ERROR_AND_WARNING } from '../../test/documents.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

describe('eslint-json format', () => {
  it('prints ESLint’s LintResult shape: absolute paths, severity 1 or 2, counts by fixability', async () => {
    const dir = tempDir({ 'a.md': TDD_WITH_ERROR_AND_WARNING, 'b.md': CLEAN_TDD });
    const out = await runCli(['lint', '--format', 'eslint-json'], { cwd: dir.path });
    expect(out.code).toBe(1);
    expect(out.stderr).toBe('');
    const [a, b] = JSON.parse(out.stdout);
    expect(b).toEqual({
      filePath: join(dir.path, 'b.md'),
      messages: [],
      suppressedMessages: [],
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
    expect(Object.keys(a)).toEqual(Object.keys(b));
    const todo = lineOf(TDD_WITH_ERROR_AND_WARNING, 'TODO');
    const heading = lineOf(TDD_WITH_ERROR_AND_WARNING, 'Random Thoughts');
    expect(a).toMatchObject({ errorCount: 1, warningCount: 1, fatalErrorCount: 0 });
    expect(a.messages).toEqual([
      {
        ruleId: 'unfilled-placeholder',
        severity: 2,
        message: 'Unfilled placeholder “[TODO]”',
        messageId: 'placeholder',
        line: todo,
        column: 27,
        endLine: todo,
        endColumn: 33,
      },
      {
        ruleId: 'heading-level',
        severity: 1,
        message: 'Section “Random Thoughts” is level 1, expected level 2',
        messageId: 'sectionLevel',
        line: heading,
        column: 1,
        endLine: heading,
        endColumn: 18,
      },
    ]);
  });

  it('carries a fix as ESLint does: a range of offsets into the text and the replacement', async () => {
    const doc = CLEAN_TDD.replace('Status: In Progress', 'Status: in progress');
    const dir = tempDir({ 'doc.md': doc });
    const [result] = JSON.parse(
      (await runCli(['lint', '-f', 'eslint-json'], { cwd: dir.path })).stdout,
    );
    expect(result).toMatchObject({ errorCount: 1, fixableErrorCount: 1, fixableWarningCount: 0 });
    const [message] = result.messages;
    expect(message.ruleId).toBe('question-status');
    const [from, to] = message.fix.range;
    expect(doc.slice(from, to)).toBe('in progress');
    expect(message.fix.text).toBe('In Progress');
  });

  it('reports an unreadable file as ESLint reports a parsing error: fatal, with no rule', async () => {
    const dir = tempDir({ 'bin.md': new Uint8Array([35, 32, 0, 1]) });
    const out = await runCli(['lint', '-f', 'eslint-json', 'bin.md'], { cwd: dir.path });
    expect(out.code).toBe(2);
    const [result] = JSON.parse(out.stdout);
    expect(result).toMatchObject({ errorCount: 1, fatalErrorCount: 1 });
    expect(result.messages).toEqual([
      expect.objectContaining({ ruleId: null, severity: 2, fatal: true, line: 1, column: 1 }),
    ]);
    expect(result.messages[0].message).toMatch(/^Binary file/);
  });

  it('adds the fixed text as `output` with --fix-dry-run, as ESLint’s --fix-dry-run does', async () => {
    const doc = CLEAN_TDD.replace('Status: In Progress', 'Status: in progress');
    const dir = tempDir({ 'doc.md': doc });
    const out = await runCli(['lint', '--fix-dry-run', '-f', 'eslint-json'], { cwd: dir.path });
    const [result] = JSON.parse(out.stdout);
    expect(result.output).toBe(CLEAN_TDD);
    expect(dir.read('doc.md')).toBe(doc);
  });
});
