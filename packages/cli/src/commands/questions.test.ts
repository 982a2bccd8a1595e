import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD, lineOf } from '../../test/documents.js';
import { expectFault, expectUsageError } from '../../test/expect-output.js';
import { runCli } from '../../test/run-cli.js';

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
    const out = await runCli(['questions', '--status', 'none'], { cwd: board().path });
    expect(out).toEqual({ code: 0, stdout: 'No entries.\n', stderr: '' });
  });

  it('exits 2 for a status no document can have, listing the valid ones', async () => {
    const line = expectFault(
      await runCli(['questions', '--status', 'bogus'], { cwd: board().path }),
    );
    expect(line).toBe(
      'designdoc: Unknown status “bogus” for --status, expected one of open, in-progress, resolved, unresolved, none',
    );
  });

  it('suggests the status a typo was meant to be', async () => {
    const out = await runCli(['questions', '-s', 'open,in-progres'], { cwd: board().path });
    expect(expectFault(out)).toBe(
      'designdoc: Unknown status “in-progres” for --status, expected one of open, in-progress, resolved, unresolved, none; did you mean “in-progress”?',
    );
    expect(out.stdout).toBe('');
  });

  it('exits 2 for an empty --status', async () => {
    expect(expectFault(await runCli(['questions', '-s', ' , '], { cwd: board().path }))).toMatch(
      /^designdoc: Empty --status, expected one of open, /,
    );
  });

  it('accepts a status a question carries that its template does not list', async () => {
    const dir = tempDir({
      'a.md': CLEAN_TDD.replace(
        'Do we need per-tenant sending domains? - Status: Open',
        'Do we need per-tenant sending domains? - Status: Blocked',
      ),
    });
    const out = await runCli(['questions', '-s', 'blocked', '-f', 'json'], { cwd: dir.path });
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).map((q: { status: string }) => q.status)).toEqual(['Blocked']);
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

  it('suggests the --format a typo was meant to be', async () => {
    expectUsageError(
      await runCli(['questions', '--format', 'jsno'], { cwd: board().path }),
      "argument 'jsno' is invalid. Allowed choices are table, json, csv. Did you mean “json”?",
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
