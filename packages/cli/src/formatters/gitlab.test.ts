import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD, lineOf, TDD_WITH_ERROR_AND_WARNING } from '../../test/documents.js';
import { runCli } from '../../test/run-cli.js';
import type { FileResult } from '../lint/lint-file.js';
import { gitlab } from './gitlab.js';

const tempDir = useTempDirs();

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

const context = { cwd: '/repo', color: false, rules: new Map(), version: '0' };

/** A result for `/repo/docs/a.md` with a diagnostic per [ruleId, message, line]. */
function resultOf(...findings: [string, string, number][]): FileResult {
  return {
    filePath: '/repo/docs/a.md',
    errorCount: findings.length,
    warningCount: 0,
    fixableCount: 0,
    diagnostics: findings.map(([ruleId, message, line]) => {
      const point = { line, column: 1, offset: line * 10 };
      return { ruleId, severity: 'error', message, place: { start: point, end: point }, url: '' };
    }),
  };
}

const issuesOf = (results: FileResult[]): Issue[] => JSON.parse(gitlab(results, context));

describe('gitlab format', () => {
  it('prints a Code Quality report: one issue per problem, warnings minor and errors major', async () => {
    const dir = tempDir({ 'docs/design.md': TDD_WITH_ERROR_AND_WARNING, 'ok.md': CLEAN_TDD });
    const out = await runCli(['lint', '--format', 'gitlab'], { cwd: dir.path });
    expect(out.code).toBe(1);
    expect(out.stderr).toBe('');
    const issues: Issue[] = JSON.parse(out.stdout);
    expect(issues).toEqual([
      {
        description: 'Unfilled placeholder “[TODO]”',
        check_name: 'unfilled-placeholder',
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
        severity: 'major',
        location: {
          path: 'docs/design.md',
          lines: { begin: lineOf(TDD_WITH_ERROR_AND_WARNING, 'TODO') },
        },
      },
      {
        description: 'Section “Random Thoughts” is level 1, expected level 2',
        check_name: 'heading-level',
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
        severity: 'minor',
        location: {
          path: 'docs/design.md',
          lines: { begin: lineOf(TDD_WITH_ERROR_AND_WARNING, 'Random Thoughts') },
        },
      },
    ]);
  });

  it('prints an empty array for a clean run (GitLab then shows no issues)', async () => {
    const dir = tempDir({ 'doc.md': CLEAN_TDD });
    expect(await runCli(['lint', '-f', 'gitlab'], { cwd: dir.path })).toEqual({
      code: 0,
      stdout: '[]\n',
      stderr: '',
    });
  });

  it('keeps a fingerprint when the text above moves the finding to another line', () => {
    const before = issuesOf([resultOf(['unfilled-placeholder', 'Unfilled placeholder “X”', 10])]);
    const after = issuesOf([resultOf(['unfilled-placeholder', 'Unfilled placeholder “X”', 14])]);
    expect(after[0]?.location.lines.begin).toBe(14);
    expect(after[0]?.fingerprint).toBe(before[0]?.fingerprint);
  });

  it('gives the same message twice in a file two fingerprints, and changes with the message, rule or file', () => {
    const [first, second] = issuesOf([
      resultOf(
        ['unfilled-placeholder', 'Unfilled placeholder “X”', 3],
        ['unfilled-placeholder', 'Unfilled placeholder “X”', 9],
      ),
    ]);
    expect(first?.fingerprint).not.toBe(second?.fingerprint);
    const base = issuesOf([resultOf(['r', 'm', 1])])[0]?.fingerprint;
    expect(issuesOf([resultOf(['r', 'other', 1])])[0]?.fingerprint).not.toBe(base);
    expect(issuesOf([resultOf(['s', 'm', 1])])[0]?.fingerprint).not.toBe(base);
    const elsewhere = { ...resultOf(['r', 'm', 1]), filePath: '/repo/docs/b.md' };
    expect(issuesOf([elsewhere])[0]?.fingerprint).not.toBe(base);
  });

  it('writes paths with forward slashes, relative to the working folder', () => {
    const [issue] = issuesOf([resultOf(['r', 'm', 1])]);
    expect(issue?.location.path).toBe('docs/a.md');
  });
});
