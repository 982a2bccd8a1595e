import { describe, expect, it } from 'vitest';
import { CLEAN_TDD, lineOf } from '../../test/documents.js';
import { expectUsageError } from '../../test/expect-output.js';
import { runCli } from '../../test/run-cli.js';
import { useTempDirs } from '../../test/temp-dir.js';

const tempDir = useTempDirs();

const QUOTED = 'Do we keep "legacy" templates, or drop them?';
const OTHER = CLEAN_TDD.replace(
  '- Do we need per-tenant sending domains? - Status: Open',
  `- ${QUOTED} - Status: Open`,
);

function board() {
  return tempDir({ 'a.md': CLEAN_TDD, 'b/other.md': OTHER });
}

describe('designdoc questions', () => {
  it('lists every question with its location and status as a table', async () => {
    const dir = board();
    const out = await runCli(['questions'], { cwd: dir.path });
    expect(out.code).toBe(0);
    const open = lineOf(CLEAN_TDD, 'per-tenant');
    const row = (location: string, status: string, question: string) =>
      `${location.padEnd(`b/other.md:${open}`.length)}  ${status.padEnd('In Progress'.length)}  ${question}`;
    expect(out.stdout.split('\n')).toEqual([
      row('Location', 'Status', 'Question'),
      row('-'.repeat(`b/other.md:${open}`.length), '-'.repeat(11), '-'.repeat(QUOTED.length)),
      row(`a.md:${open}`, 'Open', 'Do we need per-tenant sending domains?'),
      row(`a.md:${open + 1}`, 'In Progress', 'Which push provider do we start with?'),
      row(`a.md:${open + 2}`, 'Resolved', 'Should retries back off exponentially?'),
      row(`b/other.md:${open}`, 'Open', QUOTED),
      row(`b/other.md:${open + 1}`, 'In Progress', 'Which push provider do we start with?'),
      row(`b/other.md:${open + 2}`, 'Resolved', 'Should retries back off exponentially?'),
      '',
    ]);
  });

  it('--status open keeps open questions only', async () => {
    const out = await runCli(['questions', '--status', 'open', '--format', 'json'], {
      cwd: board().path,
    });
    expect(JSON.parse(out.stdout).map((q: { status: string }) => q.status)).toEqual([
      'Open',
      'Open',
    ]);
  });

  it('--status takes several statuses, in any spelling, and "unresolved"', async () => {
    const dir = board();
    const some = await runCli(['questions', '-s', 'Open, in-progress', '-f', 'json'], {
      cwd: dir.path,
    });
    expect(JSON.parse(some.stdout).map((q: { status: string }) => q.status)).toEqual([
      'Open',
      'In Progress',
      'Open',
      'In Progress',
    ]);
    const unresolved = await runCli(['questions', '-s', 'unresolved', '-f', 'json'], {
      cwd: dir.path,
    });
    expect(JSON.parse(unresolved.stdout)).toHaveLength(4);
  });

  it('says so when no question matches', async () => {
    const out = await runCli(['questions', '--status', 'blocked'], { cwd: board().path });
    expect(out).toEqual({ code: 0, stdout: 'No entries.\n', stderr: '' });
  });

  it('--format csv quotes cells with commas and quotes (RFC 4180)', async () => {
    const out = await runCli(['questions', 'b/other.md', '--status', 'open', '--format', 'csv'], {
      cwd: board().path,
    });
    expect(out.stdout).toBe(
      `Location,Status,Question\r\nb/other.md:${lineOf(OTHER, QUOTED)},Open,"Do we keep ""legacy"" templates, or drop them?"\r\n`,
    );
  });

  it('--format json gives file, line, document, status and question', async () => {
    const out = await runCli(['questions', 'a.md', '--format', 'json'], { cwd: board().path });
    const [first] = JSON.parse(out.stdout);
    expect(first).toMatchObject({
      file: 'a.md',
      line: lineOf(CLEAN_TDD, 'per-tenant'),
      location: `a.md:${lineOf(CLEAN_TDD, 'per-tenant')}`,
      document: 'Notification Service',
      status: 'Open',
      question: 'Do we need per-tenant sending domains?',
    });
  });

  it('exits 2 for an unknown --format', async () => {
    expectUsageError(
      await runCli(['questions', '--format', 'xml'], { cwd: board().path }),
      /'xml' is invalid/,
    );
  });

  it('lists the readable files and exits 2 when one cannot be read', async () => {
    const dir = tempDir({ 'a.md': CLEAN_TDD, 'b.md': new Uint8Array([0]) });
    const out = await runCli(['questions', '-f', 'json', 'a.md', 'b.md'], { cwd: dir.path });
    expect(out.code).toBe(2);
    expect(JSON.parse(out.stdout)).toHaveLength(3);
    expect(out.stderr).toBe(
      'designdoc: b.md: Binary file (NUL byte at offset 0), not a Markdown document\n',
    );
  });
});
