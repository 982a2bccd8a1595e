import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD, lineOf } from '../../test/documents.js';
import { fixture } from '../../test/paths.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();
const CLEAN_ADR = fixture('clean-adr.md').replace(
  'status: approved\n',
  'status: approved\ntemplate: adr\n',
);

function log() {
  return tempDir({ 'design.md': CLEAN_TDD, 'adr/0001-queue.md': CLEAN_ADR });
}

describe('designdoc decisions', () => {
  it('lists the decision log across documents as a table', async () => {
    const out = await runCli(['decisions'], { cwd: log().path });
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toMatch(/^Location +Decision +Rationale +Trade-offs$/);
    expect(lines[1]).toMatch(/^-+ {2}-+ {2}-+ {2}-+$/);
    expect(lines[2]).toMatch(
      /^adr\/0001-queue\.md:\d+ +A durable queue between the API and the senders +it is the only option/,
    );
    expect(lines[3]).toMatch(
      new RegExp(
        `^design\\.md:${lineOf(CLEAN_TDD, 'Queue every message')} +Queue every message before sending +Callers never wait on a provider +A message can be sent twice after a crash$`,
      ),
    );
    expect(lines[4]).toMatch(/^design\.md:\d+ +Templates stored in the database/);
    expect(lines.slice(5)).toEqual(['']);
  });

  it('--format csv writes a header and one quoted-as-needed row per decision', async () => {
    const out = await runCli(['decisions', 'design.md', '--format', 'csv'], { cwd: log().path });
    const line = lineOf(CLEAN_TDD, 'Queue every message');
    expect(out.stdout).toBe(
      [
        'Location,Decision,Rationale,Trade-offs',
        `design.md:${line},Queue every message before sending,Callers never wait on a provider,A message can be sent twice after a crash`,
        `design.md:${line + 1},Templates stored in the database,Product teams edit them without a deploy,Template changes need their own review flow`,
        '',
      ].join('\r\n'),
    );
  });

  it('--format json gives each decision with its document and status', async () => {
    const out = await runCli(['decisions', '-f', 'json'], { cwd: log().path });
    const rows = JSON.parse(out.stdout);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      file: 'adr/0001-queue.md',
      document: 'Use a queue for outgoing notifications',
      status: 'approved',
    });
    expect(rows[0].decision).toBe('A durable queue between the API and the senders');
    expect(rows[1]).toMatchObject({
      file: 'design.md',
      document: 'Notification Service',
      status: 'draft',
      decision: 'Queue every message before sending',
      rationale: 'Callers never wait on a provider',
      tradeOffs: 'A message can be sent twice after a crash',
    });
  });

  it('says so when there are no decisions', async () => {
    const dir = tempDir({ 'a.md': '# Notes\n\nNothing decided.\n' });
    expect(await runCli(['decisions', 'a.md'], { cwd: dir.path })).toEqual({
      code: 0,
      stdout: 'No entries.\n',
      stderr: '',
    });
  });
});
