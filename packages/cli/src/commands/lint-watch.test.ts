import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD, TDD_WITH_ERROR, TDD_WITH_WARNING } from '../../test/documents.js';
import { expectFault } from '../../test/expect-output.js';
import { runCli } from '../../test/run-cli.js';
import { type RunningCli, startCli } from '../../test/run-cli-io.js';

const tempDir = useTempDirs();
const running: RunningCli[] = [];

afterEach(async () => {
  for (const cli of running.splice(0)) await cli.stop();
});

function watch(argv: string[], cwd: string): RunningCli {
  const cli = startCli(['lint', '--watch', ...argv], { cwd });
  running.push(cli);
  return cli;
}

const HEADER = /\n\[\d{2}:\d{2}:\d{2}\] doc\.md changed: linting again\n/;

describe('designdoc lint --watch', () => {
  it('lints, lints a file again when it changes under a timed header, and exits 0 when stopped', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR });
    const cli = watch(['doc.md'], dir.path);
    await cli.waitFor('Watching 1 file for changes (Ctrl+C to stop)');
    expect(cli.stdout()).toContain('Unfilled placeholder “[TODO]”');
    expect(cli.stdout()).not.toContain('Random Thoughts');
    dir.write('doc.md', TDD_WITH_WARNING);
    await cli.waitFor('Random Thoughts');
    expect(cli.stderr()).toMatch(HEADER);
    const last = cli.stdout().split('\ndoc.md\n').at(-1);
    expect(last).toContain('Section “Random Thoughts” is level 1, expected level 2');
    expect(last).not.toContain('[TODO]');
    running.pop();
    const out = await cli.stop();
    expect(out.code).toBe(0);
  });

  it('reports every file again, linting only what changed, and picks up new files', async () => {
    const dir = tempDir({ 'docs/a.md': TDD_WITH_ERROR, 'docs/b.md': CLEAN_TDD });
    const cli = watch(['docs', '--debug'], dir.path);
    await cli.waitFor('Watching 2 files');
    dir.write('docs/b.md', TDD_WITH_WARNING);
    await cli.waitFor('linting again');
    await cli.waitFor('Rule ', 2);
    expect(cli.stderr()).toContain(
      'docs/a.md: config (none), template tdd (default), result from the cache',
    );
    expect(cli.stderr()).not.toContain('docs/b.md: config (none), template tdd (default), result');
    const second = cli.stdout().slice(cli.stdout().lastIndexOf('docs/a.md'));
    expect(second).toContain('[TODO]');
    expect(second).toContain('Random Thoughts');
    dir.write('docs/c.md', TDD_WITH_ERROR.replace('[TODO]', '[Later]'));
    await cli.waitFor('[Later]');
  });

  it('lints again when the config changes, and goes on watching after a bad config', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR });
    const cli = watch(['doc.md'], dir.path);
    await cli.waitFor('Watching 1 file');
    dir.write('designdoc.config.yaml', 'rules:\n  unfilled-placeholder: loud\n');
    await cli.waitFor('designdoc: Invalid configuration in');
    dir.write('designdoc.config.yaml', 'rules:\n  unfilled-placeholder: warn\n');
    await cli.waitFor('warning  Unfilled placeholder');
  });

  it('is not woken by the files it writes (the cache, the report) nor by other files', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR });
    const cli = watch(['doc.md', '--cache', '-o', 'report.txt'], dir.path);
    await cli.waitFor('Watching 1 file');
    // Such as a log its output is redirected to, or an editor's swap file.
    dir.write('watch.log', 'Watching 1 file for changes\n');
    dir.write('.doc.md.swp', 'x');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(cli.stderr()).not.toContain('linting again');
    expect(dir.read('report.txt')).toContain('[TODO]');
    expect(dir.exists('.designdoccache')).toBe(true);
  });

  it('exits 2 where nothing can stop it, and with --stdin', async () => {
    const dir = tempDir({ 'doc.md': CLEAN_TDD });
    expect(expectFault(await runCli(['lint', '--watch', 'doc.md'], { cwd: dir.path }))).toBe(
      'designdoc: --watch needs a terminal to stop it from',
    );
    expect(expectFault(await runCli(['lint', '--watch', '--stdin'], { cwd: dir.path }))).toBe(
      'designdoc: --watch needs files to watch; drop --stdin',
    );
  });
});
