import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BROKEN, CLEAN, CONFIG_FILES, FIXABLE, README } from './design-fixtures.js';
import { commitAll, GIT_ENV, git, makeRepository, writeFiles } from './git-repository.js';

const ROOT = resolve(import.meta.dirname, '../..');
const HOOKS_FILE = '.pre-commit-hooks.yaml';
const WRAPPER = 'pre-commit/run.mjs';
const CLI_MANIFEST = 'packages/cli/package.json';

interface HookDefinition {
  id: string;
  entry: string;
  language: string;
  types: string[];
  pass_filenames: boolean;
  require_serial: boolean;
}
const hooks = parse(readFileSync(join(ROOT, HOOKS_FILE), 'utf8')) as HookDefinition[];

/**
 * A hook repository as pre-commit clones it from GitHub, made of this checkout's files: the hook
 * definitions, the wrapper they run (executable, as git keeps it) and the CLI's package.json
 * that pins the release. Committed, so pre-commit can clone it at a rev.
 */
function makeHookRepository(): { dir: string; rev: string } {
  const dir = makeRepository('designdoc-hooks-');
  for (const file of [HOOKS_FILE, WRAPPER, CLI_MANIFEST]) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(dir, file));
    chmodSync(join(dir, file), statSync(join(ROOT, file)).mode);
  }
  return { dir, rev: commitAll(dir, 'hooks') };
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares designdoc-lint and the opt-in designdoc-fix, run by the wrapper on Markdown', () => {
    expect(hooks.map((hook) => [hook.id, hook.entry])).toEqual([
      ['designdoc-lint', `${WRAPPER} lint`],
      ['designdoc-fix', `${WRAPPER} fix`],
    ]);
    for (const hook of hooks) {
      expect(hook).toMatchObject({
        language: 'script',
        types: ['markdown'],
        pass_filenames: false,
        require_serial: true,
      });
    }
    // language: script runs the file itself: it must stay executable in git.
    expect(statSync(join(ROOT, WRAPPER)).mode & 0o111).not.toBe(0);
  });
});

describe('pre-commit/run.mjs without the project having designdoc', () => {
  let hookRepository: string;
  let project: string;
  let fakeNpm: string;
  const version = JSON.parse(readFileSync(join(ROOT, CLI_MANIFEST), 'utf8')).version;

  beforeAll(() => {
    hookRepository = makeHookRepository().dir;
    project = mkdtempSync(join(tmpdir(), 'designdoc-project-'));
    // Stands in for npm: records its arguments and "installs" a designdoc that prints its own.
    fakeNpm = mkdtempSync(join(tmpdir(), 'designdoc-npm-'));
    writeFiles(fakeNpm, {
      npm: [
        '#!/bin/sh',
        `echo "$@" >> "${join(fakeNpm, 'calls')}"`,
        'while [ "$1" != --prefix ]; do shift; done',
        'mkdir -p "$2/node_modules/designdoc/bin"',
        `echo 'console.log("designdoc", ...process.argv.slice(2)); process.exitCode = 1;' > "$2/node_modules/designdoc/bin/designdoc.js"`,
        '',
      ].join('\n'),
    });
    chmodSync(join(fakeNpm, 'npm'), 0o755);
  });
  afterAll(() => {
    for (const dir of [hookRepository, project, fakeNpm])
      rmSync(dir, { recursive: true, force: true });
  });

  it('installs the release the hook repository is at, once, and runs it with the hook arguments', () => {
    const run = () =>
      spawnSync(process.execPath, [join(hookRepository, WRAPPER), 'lint', '--quiet'], {
        cwd: project,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${fakeNpm}:${process.env.PATH}` },
      });
    const first = run();
    const second = run();

    expect(first.stderr).toBe(`designdoc: installing designdoc@${version} for pre-commit (once)\n`);
    expect(first.stdout).toBe('designdoc lint --quiet\n');
    expect(first.status).toBe(1);
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe('designdoc lint --quiet\n');
    expect(readFileSync(join(fakeNpm, 'calls'), 'utf8')).toBe(
      `install --prefix ${join(hookRepository, '.designdoc-cli', version)} --no-save --no-audit --no-fund --loglevel=error designdoc@${version}\n`,
    );
  });
});

const preCommitVersion = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const hasPreCommit = preCommitVersion.status === 0;
const SKIP_REASON =
  'pre-commit is not on PATH (apt-get install pre-commit, or pip install pre-commit)';
if (!hasPreCommit) console.warn(`Skipping the real-commit hook tests: ${SKIP_REASON}`);

describe.skipIf(!hasPreCommit)(
  `the hooks in a real commit${hasPreCommit ? '' : ` (skipped: ${SKIP_REASON})`}`,
  () => {
    let hookRepository: { dir: string; rev: string };
    let project: string;
    let preCommitHome: string;
    const env = () => ({ ...GIT_ENV, PRE_COMMIT_HOME: preCommitHome });
    const useHooks = (ids: string[]) => {
      writeFiles(project, {
        '.pre-commit-config.yaml': `repos:
  - repo: ${hookRepository.dir}
    rev: ${hookRepository.rev}
    hooks:
${ids.map((id) => `      - id: ${id}\n`).join('')}`,
      });
      commitAll(project, `hooks: ${ids.join(', ')}`);
    };
    /** `git commit` with the hooks installed: its exit status and everything it printed. */
    const commit = (message: string) => {
      git(project, ['add', '--all']);
      const result = spawnSync('git', ['commit', '-m', message], {
        cwd: project,
        encoding: 'utf8',
        env: { ...process.env, ...env() },
      });
      return { status: result.status, output: `${result.stdout}${result.stderr}` };
    };
    const head = () => git(project, ['rev-parse', 'HEAD']).trim();

    beforeAll(() => {
      hookRepository = makeHookRepository();
      preCommitHome = mkdtempSync(join(tmpdir(), 'designdoc-pre-commit-home-'));
      project = makeRepository('designdoc-project-');
      writeFiles(project, {
        ...CONFIG_FILES,
        '.gitignore': 'node_modules/\n',
        'README.md': README,
        'docs/design/clean.md': CLEAN,
      });
      // The project's own designdoc, as `npm install --save-dev designdoc` would leave it.
      mkdirSync(join(project, 'node_modules'));
      symlinkSync(join(ROOT, 'packages', 'cli'), join(project, 'node_modules', 'designdoc'));
      commitAll(project, 'base');
      const install = spawnSync('pre-commit', ['install'], {
        cwd: project,
        encoding: 'utf8',
        env: { ...process.env, ...env() },
      });
      expect(install.status, install.stderr).toBe(0);
    });
    afterAll(() => {
      for (const dir of [hookRepository.dir, project, preCommitHome])
        rmSync(dir, { recursive: true, force: true });
    });

    it('designdoc-lint refuses a commit with a broken design document and prints the findings', () => {
      useHooks(['designdoc-lint']);
      const before = head();
      // README.md changes too: Markdown, but no design document, so never linted.
      writeFiles(project, {
        'docs/design/broken.md': BROKEN,
        'README.md': `${README}\nMore.\n`,
      });
      const refused = commit('a broken design document');

      expect(refused.status).not.toBe(0);
      expect(head()).toBe(before);
      expect(refused.output).toMatch(/designdoc lint\.+Failed/);
      expect(refused.output).toContain('docs/design/broken.md');
      expect(refused.output).toContain(
        'Unknown question status “Maybe”, expected one of Open, In Progress, Resolved',
      );
      expect(refused.output).toContain('✖ 3 problems (2 errors, 1 warning)');
      expect(refused.output).not.toContain('README.md');
      // The project's own designdoc ran: the wrapper installed nothing.
      expect(
        spawnSync('find', [preCommitHome, '-name', '.designdoc-cli'], { encoding: 'utf8' }).stdout,
      ).toBe('');

      writeFiles(project, { 'docs/design/broken.md': CLEAN.replace('Cache warmer', 'Indexer') });
      const accepted = commit('the design document, repaired');
      expect(accepted.status, accepted.output).toBe(0);
      expect(accepted.output).toMatch(/designdoc lint\.+Passed/);
      expect(head()).not.toBe(before);
    });

    it('designdoc-fix repairs the document: the commit stops for a look, then goes through', () => {
      useHooks(['designdoc-fix', 'designdoc-lint']);
      const before = head();
      writeFiles(project, { 'docs/design/billing.md': FIXABLE });
      const stopped = commit('a design document with a fixable problem');

      expect(stopped.status).not.toBe(0);
      expect(head()).toBe(before);
      expect(stopped.output).toMatch(/designdoc fix\.+Failed/);
      expect(stopped.output).toContain('files were modified by this hook');
      expect(stopped.output).toMatch(/designdoc lint\.+Passed/);
      const fixed = readFileSync(join(project, 'docs/design/billing.md'), 'utf8');
      expect(fixed).toContain('- Which file format? - Status: Resolved (CSV)');
      expect(fixed).toBe(FIXABLE.replace('Status: resolved', 'Status: Resolved'));

      const accepted = commit('a design document with a fixable problem, fixed');
      expect(accepted.status, accepted.output).toBe(0);
      expect(accepted.output).toMatch(/designdoc fix\.+Passed/);
      expect(head()).not.toBe(before);
    });
  },
);
