import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BROKEN, CLEAN, CONFIG_FILES, README } from './design-fixtures.js';
import { commitAll, makeRepository, writeFiles } from './git-repository.js';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRY = join(ROOT, 'action', 'run.mjs');
const CLI_BIN = join(ROOT, 'packages', 'cli', 'bin', 'designdoc.js');

interface ActionStep {
  id?: string;
  run?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
};
const stepById = (id: string) => action.runs.steps.find((step) => step.id === id) as ActionStep;

/**
 * The lint step's environment as the runner makes it from action.yml: each `${{ inputs.x }}`
 * becomes the workflow's `with: x` (or the input's default) and `${{ steps.install.outputs.bin }}`
 * the CLI the install step found, here this repository's own bin.
 */
function lintStepEnv(inputs: Record<string, string>): Record<string, string> {
  const env = stepById('lint').env ?? {};
  return Object.fromEntries(
    Object.entries(env).map(([name, value]) => [
      name,
      value
        .replace(/\$\{\{\s*steps\.install\.outputs\.bin\s*\}\}/, CLI_BIN)
        .replace(
          /\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g,
          (_, input: string) => inputs[input] ?? action.inputs[input]?.default ?? '',
        ),
    ]),
  );
}

interface ActionRun {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Run the entry as the composite action's lint step does. The GITHUB_* variables stand in for
 * the runner's: GITHUB_WORKSPACE (the checkout), GITHUB_EVENT_NAME and GITHUB_EVENT_PATH (the
 * webhook payload), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY (the files the runner reads back after
 * the step), RUNNER_TEMP.
 */
function runAction(
  workspace: string,
  eventName: string,
  event: object,
  inputs: Record<string, string> = {},
): ActionRun {
  const runner = mkdtempSync(join(tmpdir(), 'designdoc-runner-'));
  writeFileSync(join(runner, 'event.json'), JSON.stringify(event));
  writeFileSync(join(runner, 'output'), '');
  writeFileSync(join(runner, 'summary'), '');
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(GITHUB_|INPUT_|RUNNER_)/.test(name)),
  );
  const result = spawnSync(process.execPath, [ENTRY], {
    cwd: workspace,
    encoding: 'utf8',
    env: {
      ...inherited,
      ...lintStepEnv(inputs),
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: join(runner, 'event.json'),
      GITHUB_OUTPUT: join(runner, 'output'),
      GITHUB_STEP_SUMMARY: join(runner, 'summary'),
      RUNNER_TEMP: runner,
    },
  });
  const outputs = Object.fromEntries(
    readFileSync(join(runner, 'output'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  const summary = readFileSync(join(runner, 'summary'), 'utf8');
  rmSync(runner, { recursive: true, force: true });
  return { status: result.status, stdout: result.stdout, outputs, summary };
}

const pullRequest = (base: string, head: string) => ({
  action: 'synchronize',
  number: 7,
  pull_request: { number: 7, base: { ref: 'main', sha: base }, head: { ref: 'topic', sha: head } },
});

describe('the GitHub Action (action.yml + action/run.mjs)', () => {
  let repo: string;
  let base: string;
  let head: string;
  let readmeOnly: string;

  beforeAll(() => {
    repo = makeRepository('designdoc-action-');
    writeFiles(repo, {
      ...CONFIG_FILES,
      'README.md': README,
      'drafts/warned.md': CLEAN.replace('status: draft\n', 'status: draft\nowner: me\n'),
      'docs/design/unchanged.md': BROKEN.replace('Search indexer', 'Old importer'),
    });
    base = commitAll(repo, 'base');
    writeFiles(repo, {
      'docs/design/clean.md': CLEAN,
      'docs/design/broken.md': BROKEN,
      'README.md': `${README}\nA change that is not a design document.\n`,
    });
    head = commitAll(repo, 'two design documents');
    writeFiles(repo, { 'README.md': README, 'notes/meeting.md': '# Meeting notes\n' });
    readmeOnly = commitAll(repo, 'only Markdown that is not a design document');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('on a pull request lints the design documents it changed: annotations, outputs, summary, SARIF', () => {
    const run = runAction(repo, 'pull_request', pullRequest(base, head), {
      'sarif-file': 'designdoc.sarif',
    });

    expect(run.status).toBe(1);
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toEqual([
      '::warning file=docs/design/broken.md,line=4,col=1,endLine=4,endColumn=6,title=front-matter::Unknown front matter key “owner”, expected one of title, status, authors, reviewers, created, updated, tags, supersedes, superseded-by, template',
      '::error file=docs/design/broken.md,line=15,col=45,endLine=15,endColumn=50,title=question-status::Unknown question status “Maybe”, expected one of Open, In Progress, Resolved',
      '::error file=docs/design/broken.md,line=16,col=35,endLine=16,endColumn=43,title=question-status::Question status “resolved” should be written “Resolved”',
    ]);
    expect(run.outputs).toEqual({
      errors: '2',
      warnings: '1',
      documents: '2',
      'open-questions': '2',
      'sarif-file': join(repo, 'designdoc.sarif'),
    });
    expect(run.summary).toContain(
      [
        'The design documents this pull request changed: 2 of 3.',
        '',
        '| Document | Errors | Warnings | Open questions |',
        '| --- | ---: | ---: | ---: |',
        '| `docs/design/broken.md` | 2 | 1 | 1 |',
        '| `docs/design/clean.md` | 0 | 0 | 1 |',
        '| **Total: 2 documents** | **2** | **1** | **2** |',
        '',
        '❌ 2 errors, 1 warning and 2 open questions in 2 design documents.',
      ].join('\n'),
    );

    const sarif = JSON.parse(readFileSync(join(repo, 'designdoc.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results as {
      ruleId: string;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['front-matter', 'warning'],
      ['question-status', 'error'],
      ['question-status', 'error'],
    ]);
    expect(
      new Set(results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri)),
    ).toEqual(new Set(['docs/design/broken.md']));
  });

  it('on a push lints every configured document, and README.md is not one', () => {
    const run = runAction(repo, 'push', { ref: 'refs/heads/main', before: base, after: head });

    expect(run.status).toBe(1);
    const files = new Set(
      run.stdout
        .split('\n')
        .filter((line) => line.startsWith('::'))
        .map((line) => /file=([^,]+)/.exec(line)?.[1]),
    );
    expect(files).toEqual(new Set(['docs/design/broken.md', 'docs/design/unchanged.md']));
    expect(run.outputs).toMatchObject({ errors: '4', warnings: '2', documents: '3' });
    expect(run.outputs['sarif-file']).toBe('');
    expect(run.summary).toContain('Every design document here: 3 documents.');
    expect(run.summary).toContain('| `docs/design/unchanged.md` | 2 | 1 | 1 |');
    expect(run.summary).not.toContain('README.md');
  });

  it('succeeds on a pull request that changed no design document, and says so', () => {
    const run = runAction(repo, 'pull_request', pullRequest(head, readmeOnly));

    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('::');
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0', documents: '0' });
    expect(run.summary).toContain(
      'No design document changed in this pull request: none of its 2 changed files is one of the 3 design documents designdoc reads here, so there was nothing to lint.',
    );
    expect(run.summary).not.toContain('| Document |');
  });

  it('lints every document of a pull request with changed-only: false', () => {
    const run = runAction(repo, 'pull_request', pullRequest(head, readmeOnly), {
      'changed-only': 'false',
    });

    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ errors: '4', warnings: '2', documents: '3' });
    expect(run.summary).toContain('Every design document here: 3 documents.');
  });

  it('lints the files paths names, and fails on more warnings than max-warnings', () => {
    const inputs = { paths: 'drafts/warned.md\n', 'changed-only': 'false' };
    const allowed = runAction(repo, 'push', {}, inputs);
    const strict = runAction(repo, 'push', {}, { ...inputs, 'max-warnings': '0' });

    expect(allowed.status).toBe(0);
    expect(allowed.outputs).toMatchObject({ errors: '0', warnings: '1', documents: '1' });
    expect(allowed.stdout).toMatch(/^::warning file=drafts\/warned\.md,line=4,/);
    expect(strict.status).toBe(1);
    expect(strict.outputs).toMatchObject({ errors: '0', warnings: '1', documents: '1' });
  });

  it('names files from the repository root when working-directory is a subfolder', () => {
    const run = runAction(repo, 'pull_request', pullRequest(base, head), {
      'working-directory': 'docs',
    });

    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '::error file=docs/design/broken.md,line=15,col=45,endLine=15,endColumn=50,title=question-status::',
    );
    expect(run.outputs).toMatchObject({ documents: '2', errors: '2' });
    expect(run.summary).toContain('| `docs/design/broken.md` | 2 | 1 | 1 |');
  });

  it('exits 2 with one line saying what to change when the base commit is not in the clone', () => {
    const run = runAction(repo, 'pull_request', pullRequest('0'.repeat(40), head));

    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(
      /^::error title=designdoc::Cannot list the files the pull request changed \(git diff 000000000000\.\.\.\w{12}: .+\); check out with “fetch-depth: 0” so that both commits are in the clone, or set changed-only: false\n$/,
    );
    expect(run.outputs).toEqual({});
  });

  it('exits 2 on an input it cannot read', () => {
    const run = runAction(repo, 'push', {}, { 'changed-only': 'sometimes' });

    expect(run.status).toBe(2);
    expect(run.stdout).toBe(
      '::error title=designdoc::Invalid input changed-only “sometimes”, expected true or false\n',
    );
  });
});

/**
 * Run action.yml's install step as the runner would (bash, in the working directory, with
 * GITHUB_ACTION_PATH, GITHUB_WORKSPACE, RUNNER_TEMP and GITHUB_OUTPUT) with a stand-in `npm` on
 * the PATH that records its arguments instead of downloading: the step's outputs and npm's
 * arguments, or null when npm was not run.
 */
function runInstallStep(workspace: string, inputs: Record<string, string> = {}) {
  const runner = mkdtempSync(join(tmpdir(), 'designdoc-runner-'));
  const fakeBin = join(runner, 'bin');
  writeFiles(fakeBin, {
    npm: [
      '#!/bin/sh',
      `printf '%s\\n' "$@" > "${join(runner, 'npm-args')}"`,
      'while [ "$1" != --prefix ]; do shift; done',
      'mkdir -p "$2/node_modules/designdoc/bin" && touch "$2/node_modules/designdoc/bin/designdoc.js"',
      '',
    ].join('\n'),
  });
  chmodSync(join(fakeBin, 'npm'), 0o755);
  writeFileSync(join(runner, 'output'), '');
  const step = stepById('install');
  const env = Object.fromEntries(
    Object.entries(step.env ?? {}).map(([name, value]) => [
      name,
      value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, input: string) => inputs[input] ?? ''),
    ]),
  );
  const result = spawnSync('bash', ['-e', '-c', step.run ?? ''], {
    cwd: join(workspace, inputs['working-directory'] ?? '.'),
    encoding: 'utf8',
    env: {
      ...process.env,
      ...env,
      PATH: `${fakeBin}:${process.env.PATH}`,
      GITHUB_ACTION_PATH: ROOT,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: join(runner, 'output'),
      RUNNER_TEMP: runner,
    },
  });
  const output = readFileSync(join(runner, 'output'), 'utf8');
  const npmArgs = existsSync(join(runner, 'npm-args'))
    ? readFileSync(join(runner, 'npm-args'), 'utf8').trim().split('\n')
    : null;
  rmSync(runner, { recursive: true, force: true });
  return { status: result.status, output, npmArgs, runner };
}

describe('the install step of action.yml', () => {
  const cliVersion = JSON.parse(
    readFileSync(join(ROOT, 'packages', 'cli', 'package.json'), 'utf8'),
  ).version;

  it('installs the release of the action (packages/cli/package.json) in a folder of its own', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'designdoc-workspace-'));
    const run = runInstallStep(workspace);
    const prefix = join(run.runner, 'designdoc-cli');

    expect(run.status).toBe(0);
    expect(run.npmArgs).toEqual([
      'install',
      '--prefix',
      prefix,
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `designdoc@${cliVersion}`,
    ]);
    expect(run.output).toBe(`bin=${join(prefix, 'node_modules/designdoc/bin/designdoc.js')}\n`);
    expect(runInstallStep(workspace, { version: '1.2.3' }).npmArgs?.at(-1)).toBe('designdoc@1.2.3');
    rmSync(workspace, { recursive: true, force: true });
  });

  it("uses the workspace's own designdoc when node_modules has one", () => {
    const workspace = mkdtempSync(join(tmpdir(), 'designdoc-workspace-'));
    writeFiles(workspace, {
      'node_modules/designdoc/bin/designdoc.js': '',
      'node_modules/.bin/designdoc': '',
      'docs/README.md': '',
    });
    const run = runInstallStep(workspace, { 'working-directory': 'docs' });

    expect(run.status).toBe(0);
    expect(run.npmArgs).toBeNull();
    expect(run.output).toBe(`bin=${join(workspace, 'node_modules/designdoc/bin/designdoc.js')}\n`);
    rmSync(workspace, { recursive: true, force: true });
  });
});

describe('action.yml', () => {
  it('is a composite action that installs designdoc, then runs action/run.mjs with its outputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(stepById('install').run).toContain('npm install');
    expect(stepById('lint').run).toBe('node "$GITHUB_ACTION_PATH/action/run.mjs"');
    expect(Object.keys(action.outputs).sort()).toEqual(
      ['documents', 'errors', 'open-questions', 'sarif-file', 'warnings'].sort(),
    );
    for (const [name, output] of Object.entries(action.outputs))
      expect(output.value).toBe(`\${{ steps.lint.outputs.${name} }}`);
    expect(existsSync(join(ROOT, 'packages', 'cli', 'package.json'))).toBe(true);
  });

  it('hands every input it declares to a step that reads it', () => {
    const entrySource = ['inputs.mjs', 'run.mjs']
      .map((file) => readFileSync(join(ROOT, 'action', file), 'utf8'))
      .join('\n');
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toBeTruthy();
      const uses = action.runs.steps.flatMap((step) => [
        ...Object.entries(step.env ?? {})
          .filter(([, value]) => value === `\${{ inputs.${name} }}`)
          .map(([variable]) => ({ step, variable })),
        ...(step['working-directory'] === `\${{ inputs.${name} }}` ? [{ step, variable: '' }] : []),
      ]);
      expect(uses.length, `inputs.${name} is used by no step`).toBeGreaterThan(0);
      for (const { step, variable } of uses) {
        if (!variable) continue;
        if (step.id === 'lint') {
          // The name the runner would give it, which readInputs reads.
          expect(variable).toBe(`INPUT_${name.toUpperCase()}`);
          expect(entrySource).toContain(`input('${name}')`);
        } else expect(step.run).toMatch(new RegExp(`\\$\\{?${variable}\\b`));
      }
    }
    // …and the entry reads no input that action.yml does not declare.
    const read = [...entrySource.matchAll(/input\('([\w-]+)'\)/g)].map((m) => m[1]);
    for (const name of read) expect(Object.keys(action.inputs)).toContain(name);
  });
});
