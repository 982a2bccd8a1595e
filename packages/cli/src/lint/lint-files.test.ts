import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { BIN } from '../../../../test/repo-paths.js';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD } from '../../test/documents.js';
import { expectFault } from '../../test/expect-output.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

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

describe('linting on several threads', () => {
  it('stops with one line and exit 2 when the template is bad, whichever thread finds it', async () => {
    // 20 files of about 100 kB: enough work to be split between this thread and a worker.
    const filler =
      `${'The service keeps every message until a provider accepts it. '.repeat(8)}\n\n`.repeat(
        200,
      );
    const doc = CLEAN_TDD.replace('## Context Diagram', `${filler}## Context Diagram`);
    const files: Record<string, string> = {
      'designdoc.config.yaml': 'template: ./ours.yaml\n',
      'ours.yaml': 'name: ours\n',
    };
    for (let i = 0; i < 20; i++) files[`doc-${i}.md`] = doc;
    const dir = tempDir(files);
    const started = workersStarted.count;
    const line = expectFault(await runCli(['lint'], { cwd: dir.path }));
    expect(line).toBe(
      `designdoc: Invalid template spec in ${dir.path}/ours.yaml: missing “title”, “sections”`,
    );
    expect(workersStarted.count).toBeGreaterThan(started);
    // The worker fails too, a moment later; that must not surface as an unhandled rejection.
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    process.off('unhandledRejection', record);
    expect(unhandled).toEqual([]);
  });
});

// 40 files of about 60 kB, every third with problems of its own: two threads, results out of
// order between them, reported in path order.
function fortyDocuments(): Record<string, string> {
  const filler =
    `${'The service keeps every message until a provider accepts it. '.repeat(8)}\n\n`.repeat(120);
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) {
    let doc = CLEAN_TDD.replace('## Context Diagram', `${filler}## Context Diagram`);
    if (i % 3 === 0)
      doc = doc.replace('## Context\n', `## Context\n\nSee [nothing](missing-${i}.md).\n`);
    files[`doc-${String(i).padStart(2, '0')}.md`] = doc;
  }
  return files;
}

describe('the report of a run on several threads, written as results come', () => {
  for (const format of ['stylish', 'json'])
    it(`is the report the whole run makes: --format ${format}`, async () => {
      const dir = tempDir(fortyDocuments());
      const started = workersStarted.count;
      const streamed = await runCli(['lint', '--format', format, '.'], { cwd: dir.path });
      expect(workersStarted.count).toBeGreaterThan(started);
      // --cache keeps every result and formats them at the end.
      const kept = await runCli(['lint', '--cache', '--format', format, '.'], { cwd: dir.path });
      expect(streamed.code).toBe(1);
      expect(streamed.stdout).toBe(kept.stdout);
      expect(streamed.code).toBe(kept.code);
      const files = [...streamed.stdout.matchAll(/doc-(\d\d)\.md/g)].map((m) => Number(m[1]));
      expect(files.length).toBeGreaterThan(10);
      expect(files).toEqual([...files].sort((a, b) => a - b));
    });

  it('writes --output-file, and an empty one when there is nothing to report', async () => {
    const dir = tempDir({ ...fortyDocuments(), 'clean/a.md': CLEAN_TDD });
    const out = await runCli(['lint', '--format', 'json', '--output-file', 'report.json', '.'], {
      cwd: dir.path,
    });
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    const report = JSON.parse(dir.read('report.json')) as { filePath: string }[];
    expect(report.map((r) => r.filePath)).toEqual([...report.map((r) => r.filePath)].sort());
    expect(report).toHaveLength(41);
    const clean = await runCli(['lint', '--output-file', 'clean.txt', 'clean'], { cwd: dir.path });
    expect(clean.code).toBe(0);
    expect(dir.read('clean.txt')).toBe('');
  });
});

describe('the lint worker bin/designdoc.js starts before the CLI loads', () => {
  const designdoc = (cwd: string, args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [BIN, ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', ...env },
      timeout: 60_000,
    });

  it('lints a folder as the run without it does', async () => {
    const dir = tempDir(fortyDocuments());
    const prestarted = designdoc(dir.path, ['lint', '.']);
    const without = designdoc(dir.path, ['lint', '.'], { DESIGNDOC_NO_PRESTART: '1' });
    const inProcess = await runCli(['lint', '.'], { cwd: dir.path });
    expect(prestarted.stderr).toBe('');
    expect(prestarted.status).toBe(1);
    expect(prestarted.stdout).toContain('doc-39.md');
    expect(prestarted.stdout).toBe(without.stdout);
    expect(prestarted.stdout).toBe(inProcess.stdout);
  });

  it('does not hold the process when the files are too few for it', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 3; i++) files[`doc-${i}.md`] = CLEAN_TDD;
    const dir = tempDir(files);
    const out = designdoc(dir.path, ['lint', '.']);
    expect({ status: out.status, stdout: out.stdout, stderr: out.stderr }).toEqual({
      status: 0,
      stdout: '',
      stderr: '',
    });
  });
});
