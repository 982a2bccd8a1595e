import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../test/temp-dir.js';
import { CLEAN_TDD } from '../test/documents.js';
import { expectNoStackTrace } from '../test/expect-output.js';
import { runCli } from '../test/run-cli.js';

const tempDir = useTempDirs();

/**
 * A generous bound: the bench measures the real figures (well under a second each); this only
 * catches an input that turns quadratic, which would take minutes.
 */
const BOUND_MS = 5_000;

const LAST_DECISION =
  '| Templates stored in the database | Product teams edit them without a deploy | Template changes need their own review flow |';

/** Lint one document in-process, timed; returns its json result. */
async function lintTimed(doc: string) {
  const dir = tempDir({ 'doc.md': doc });
  const started = performance.now();
  const out = await runCli(['lint', '--format', 'json', 'doc.md'], { cwd: dir.path });
  const elapsed = performance.now() - started;
  expectNoStackTrace(out);
  expect(out.stderr).toBe('');
  const [result] = JSON.parse(out.stdout);
  return { out, result, elapsed };
}

describe('pathological inputs lint in bounded time', () => {
  it('a 1 MB document of deeply nested lists and blockquotes', async () => {
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < 1_000_000; i++) {
      const depth = i % 60;
      const line =
        i % 2 === 0
          ? `${'> '.repeat(depth)}- quoted item ${i}`
          : `${'  '.repeat(depth)}- listed item ${i}`;
      lines.push(line);
      size += line.length + 1;
    }
    const doc = CLEAN_TDD.replace(
      '## Context Diagram',
      `${lines.join('\n')}\n\n## Context Diagram`,
    );
    expect(doc.length).toBeGreaterThan(1_000_000);
    const { out, result, elapsed } = await lintTimed(doc);
    expect(elapsed).toBeLessThan(BOUND_MS);
    expect(out.code).toBe(0);
    expect(result.diagnostics).toEqual([]);
  });

  it('a 10,000-row table in Key Design Decisions', async () => {
    const rows = Array.from(
      { length: 10_000 },
      (_, i) => `| Decision ${i} | Rationale ${i} | Trade-off ${i} |`,
    );
    const doc = CLEAN_TDD.replace(LAST_DECISION, `${LAST_DECISION}\n${rows.join('\n')}`);
    const { out, result, elapsed } = await lintTimed(doc);
    expect(elapsed).toBeLessThan(BOUND_MS);
    expect(out.code).toBe(0);
    expect(result.diagnostics).toEqual([]);
    const dir = tempDir({ 'doc.md': doc });
    const decisions = JSON.parse(
      (await runCli(['decisions', '-f', 'json', 'doc.md'], { cwd: dir.path })).stdout,
    );
    expect(decisions).toHaveLength(10_002);
    expect(decisions[10_001].tradeOffs).toBe('Trade-off 9999');
  });

  it('100,000 [x] brackets on a few lines', async () => {
    const line = '[x]'.repeat(25_000);
    const doc = CLEAN_TDD.replace(
      'The notification service sends',
      `${[line, line, line, line].join('\n')}\n\nThe notification service sends`,
    );
    const { out, elapsed } = await lintTimed(doc);
    expect(elapsed).toBeLessThan(BOUND_MS);
    expect(out.code).toBe(0);
  });

  it('100,000 unclosed brackets and braces', async () => {
    const doc = CLEAN_TDD.replace(
      'The notification service sends',
      `${'['.repeat(100_000)}\n\n${'{'.repeat(100_000)}\n\n${'[a'.repeat(50_000)}\n\nThe notification service sends`,
    );
    const { elapsed, result } = await lintTimed(doc);
    expect(elapsed).toBeLessThan(BOUND_MS);
    expect(result.diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'file')).toEqual([]);
  });
});
