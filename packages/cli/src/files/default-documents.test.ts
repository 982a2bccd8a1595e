import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD, TDD_WITH_ERROR } from '../../test/documents.js';
import { expectFault } from '../../test/expect-output.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

const README = '# My project\n\nSome intro.\n\n## Usage\n\nRun it.\n';
const CHANGELOG = '# Changelog\n\n## 1.0.0\n\n- First release.\n';
/** A design document with nothing that marks it as one: no front matter, no Status line. */
const UNMARKED = CLEAN_TDD.slice(CLEAN_TDD.indexOf('# Notification Service'));
/** A note that is not a design document. */
const NOTE = '# Meeting notes\n\n## Attendees\n\n- Ada\n';

/** The files `lint` reads with no paths, as the json report names them. */
async function defaultFiles(cwd: string, argv: string[] = []): Promise<string[]> {
  const out = await runCli(['lint', '--format', 'json', ...argv], { cwd });
  expect(out.stderr).toBe('');
  return (JSON.parse(out.stdout) as { filePath: string }[]).map((r) => r.filePath);
}

describe('the documents a command reads when given no paths', () => {
  it('a bare fix leaves README.md, CHANGELOG.md and the like untouched', async () => {
    const dir = tempDir({
      'README.md': README,
      'CHANGELOG.md': CHANGELOG,
      'CONTRIBUTING.md': '# Contributing\n\n## Pull requests\n\nWelcome.\n',
      'docs/design/notifications.md': UNMARKED.replace(/## Security[\s\S]*?(?=## Scalability)/, ''),
    });
    const out = await runCli(['fix'], { cwd: dir.path });
    expect(dir.read('README.md')).toBe(README);
    expect(dir.read('CHANGELOG.md')).toBe(CHANGELOG);
    expect(dir.read('docs/design/notifications.md')).toContain('\n## Security\n');
    expect(out.stdout).toMatch(/^docs\/design\/notifications\.md$/m);
    expect(out.stdout).not.toContain('README');
  });

  it('reads documents marked by front matter or a Status line, wherever they are', async () => {
    const dir = tempDir({
      'README.md': `---\nstatus: draft\n---\n${README}`,
      'notes/meeting.md': NOTE,
      'specs/by-status.md': CLEAN_TDD,
      'specs/named.md': `---\ntemplate: adr\n---\n\n# Use a queue\n`,
      'specs/madr.md':
        '# Use Postgres\n\n* Status: **Implemented**\n* Date: 2026-01-01\n\n## Context\n',
      'specs/bullet.md': '# Use Redis\n\n- Status: Accepted\n\n## Context\n',
      'specs/late.md': '# Late\n\n## Context\n\nStatus: mentioned in a section, not the header\n',
    });
    expect(await defaultFiles(dir.path, ['--quiet'])).toEqual([
      'specs/bullet.md',
      'specs/by-status.md',
      'specs/madr.md',
      'specs/named.md',
    ]);
  });

  it('reads Markdown under the conventional folders, and never vendored code or blank templates', async () => {
    const dir = tempDir({
      'docs/design/queue.md': UNMARKED,
      'docs/adr/0001-use-postgres.md': NOTE,
      'rfcs/text/0001-api.md': NOTE,
      'packages/api/proposals/cache.md': NOTE,
      'docs/guide.md': NOTE,
      'rfcs/0000-template.md': NOTE,
      'docs/design/templates/tdd.md': NOTE,
      'docs/design/README.md': NOTE,
      'vendor/lib/docs/design/x.md': CLEAN_TDD,
      'third_party/y/adr/x.md': CLEAN_TDD,
      'node_modules/z/design/x.md': CLEAN_TDD,
    });
    expect(await defaultFiles(dir.path, ['--quiet'])).toEqual([
      'docs/adr/0001-use-postgres.md',
      'docs/design/queue.md',
      'packages/api/proposals/cache.md',
      'rfcs/text/0001-api.md',
    ]);
  });

  it('reads the config’s documents globs, relative to the config, from any folder below it', async () => {
    const dir = tempDir({
      'designdoc.config.yaml': 'documents:\n  - "docs/specs/**/*.md"\n  - README.md\n',
      'README.md': CLEAN_TDD,
      'docs/specs/a.md': CLEAN_TDD,
      'docs/specs/deep/b.md': CLEAN_TDD,
      'docs/specs/CHANGELOG.md': CHANGELOG,
      'docs/specs/diagram.png': 'png',
      'docs/design/ignored-here.md': CLEAN_TDD,
    });
    expect(await defaultFiles(dir.path)).toEqual([
      'README.md',
      'docs/specs/a.md',
      'docs/specs/deep/b.md',
    ]);
    expect(await defaultFiles(dir.file('docs'))).toEqual(['specs/a.md', 'specs/deep/b.md']);
  });

  it('keeps today’s behaviour for named files, folders and globs', async () => {
    const dir = tempDir({ 'README.md': CLEAN_TDD, 'notes/meeting.md': TDD_WITH_ERROR });
    expect(await defaultFiles(dir.path, ['README.md'])).toEqual(['README.md']);
    expect(await defaultFiles(dir.path, ['.'])).toEqual(['README.md', 'notes/meeting.md']);
    expect(await defaultFiles(dir.path, ['notes'])).toEqual(['notes/meeting.md']);
  });

  it('says in one line what to do when nothing qualifies (exit 2)', async () => {
    const dir = tempDir({ 'README.md': README, 'notes/meeting.md': NOTE });
    const line = expectFault(await runCli(['fix'], { cwd: dir.path }));
    expect(line).toMatch(/^designdoc: No design documents found here: /);
    expect(line).toContain('run “designdoc init”, or name the files or folders to read');
    expect(dir.read('README.md')).toBe(README);
  });

  it('exits 2 when the config’s documents match nothing, naming the config and its globs', async () => {
    const dir = tempDir({ 'designdoc.config.yaml': 'documents: specs/*.md\n', 'a.md': CLEAN_TDD });
    const line = expectFault(await runCli(['lint'], { cwd: dir.path }));
    expect(line).toBe(
      'designdoc: The documents of designdoc.config.yaml (“specs/*.md”) match no Markdown files; fix the globs, or name the files or folders to read',
    );
  });

  it('is the same default for questions, decisions and build', async () => {
    const withQuestion = `${README}\n## Open Questions\n\n- Should we? - Status: Open\n`;
    const dir = tempDir({ 'README.md': withQuestion, 'docs/design/a.md': CLEAN_TDD });
    const questions = await runCli(['questions', '--format', 'json'], { cwd: dir.path });
    const files = JSON.parse(questions.stdout).map((q: { file: string }) => q.file);
    expect(new Set(files)).toEqual(new Set(['docs/design/a.md']));
    const decisions = await runCli(['decisions', '--format', 'json'], { cwd: dir.path });
    expect(decisions.stdout).not.toContain('README');
    const build = await runCli(['build', '--out', 'site'], { cwd: dir.path });
    expect(build.stdout).toMatch(/^Built 1 document into site\//);
  });
});
