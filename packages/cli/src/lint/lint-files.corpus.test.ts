import { readdirSync, statSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { expectNoStackTrace } from '../../test/expect-output.js';
import { RFC_DIR } from '../../test/paths.js';
import { type CliOutput, runCli } from '../../test/run-cli.js';

// This suite is about the parallel path, so make sure it is taken even on a one-core machine,
// and count the worker threads started to prove it was.
const workersStarted = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:os', async (importOriginal) => {
  const os = await importOriginal<typeof import('node:os')>();
  return { ...os, availableParallelism: () => Math.max(2, os.availableParallelism()) };
});
vi.mock('node:worker_threads', async (importOriginal) => {
  const threads = await importOriginal<typeof import('node:worker_threads')>();
  class CountedWorker extends threads.Worker {
    constructor(...args: ConstructorParameters<typeof threads.Worker>) {
      super(...args);
      workersStarted.count++;
    }
  }
  return { ...threads, Worker: CountedWorker };
});

interface JsonResult {
  filePath: string;
  errorCount: number;
  diagnostics: { ruleId: string; message: string }[];
}

const CORPUS = readdirSync(RFC_DIR)
  .filter((name) => name.endsWith('.md'))
  .sort();

/** The whole Rust RFC corpus, linted once with the rfc preset (a few seconds, on worker threads). */
let corpusRun: CliOutput;
let corpusResults: JsonResult[];

beforeAll(async () => {
  corpusRun = await runCli(['lint', RFC_DIR, '--template', 'rfc', '--format', 'json'], {
    cwd: RFC_DIR,
  });
  corpusResults = JSON.parse(corpusRun.stdout);
}, 120_000);

describe('linting the 649-file Rust RFC corpus', () => {
  it('returns every file once, in sorted path order, linted on worker threads', () => {
    expect(CORPUS).toHaveLength(649);
    expect(corpusResults.map((r) => r.filePath)).toEqual(CORPUS);
    expect(workersStarted.count).toBeGreaterThan(0);
  });

  it('has no file-level failure and no crash: findings only, exit 1', () => {
    expectNoStackTrace(corpusRun);
    expect(corpusRun.stderr).toBe('');
    expect(corpusRun.code).toBe(1);
    expect(
      corpusResults
        .filter((r) => r.diagnostics.some((d) => d.ruleId === 'file'))
        .map((r) => r.filePath),
    ).toEqual([]);
  });

  it('finds what a reader would: the template itself is all placeholders', () => {
    const template = corpusResults.find((r) => r.filePath === '0000-template.md');
    expect(template?.diagnostics.some((d) => d.ruleId === 'unfilled-placeholder')).toBe(true);
  });

  it('gives the same diagnostics as linting the files one by one', async () => {
    // Which thread lints a file depends on timing (threads take files largest first from one
    // shared queue): the sample mixes the largest files, taken early, with two taken late.
    const bySize = [...CORPUS].sort(
      (a, b) => statSync(`${RFC_DIR}${b}`).size - statSync(`${RFC_DIR}${a}`).size,
    );
    const sample = [bySize[0], bySize[1], bySize[2], CORPUS[0], CORPUS[648]] as string[];
    for (const name of sample) {
      const out = await runCli(['lint', name, '--template', 'rfc', '--format', 'json'], {
        cwd: RFC_DIR,
      });
      const [alone] = JSON.parse(out.stdout) as JsonResult[];
      expect(corpusResults.find((r) => r.filePath === name)).toEqual(alone);
    }
  });
});
