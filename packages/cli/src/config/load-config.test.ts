import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD, TDD_WITH_WARNING } from '../../test/documents.js';
import { expectFault } from '../../test/expect-output.js';
import { fixture } from '../../test/paths.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();
const CLEAN_ADR = fixture('clean-adr.md');

/** Lint `doc.md` in a folder holding `files` and return the one-line fault. */
async function faultFor(
  files: Record<string, string>,
  argv = ['lint', 'doc.md'],
): Promise<{ line: string; dir: string }> {
  const dir = tempDir({ 'doc.md': CLEAN_TDD, ...files });
  return { line: expectFault(await runCli(argv, { cwd: dir.path })), dir: dir.path };
}

describe('designdoc.config.yaml validation (exit 2, naming the file and the key)', () => {
  it('rejects an unknown key', async () => {
    const { line, dir } = await faultFor({ 'designdoc.config.yaml': 'template: tdd\nbogus: 1\n' });
    expect(line).toContain(`${dir}/designdoc.config.yaml`);
    expect(line).toContain('unknown key “bogus”');
  });

  it('rejects a bad rule level, listing the levels', async () => {
    const { line, dir } = await faultFor({
      'designdoc.config.yaml': 'rules:\n  required-section: loud\n',
    });
    expect(line).toContain(`${dir}/designdoc.config.yaml`);
    expect(line).toContain('rules.required-section');
    expect(line).toMatch(/off.*warn.*error/);
  });

  it('rejects an unknown rule id, naming the file and the known rules', async () => {
    const { line, dir } = await faultFor({
      'designdoc.config.yaml': 'rules:\n  no-such-rule: error\n',
    });
    expect(line).toContain(`${dir}/designdoc.config.yaml`);
    expect(line).toContain('rules.no-such-rule: unknown rule “no-such-rule”');
    expect(line).toContain('required-section');
  });

  it('rejects an unknown rule id inside an override, naming the override', async () => {
    const { line, dir } = await faultFor({
      'designdoc.config.yaml':
        'overrides:\n  - files: "*.md"\n    rules:\n      no-such-rule: off\n',
    });
    expect(line).toContain(`${dir}/designdoc.config.yaml (overrides[0])`);
    expect(line).toContain('unknown rule “no-such-rule”');
  });

  it('rejects options for a rule that takes none', async () => {
    const { line } = await faultFor({
      'designdoc.config.yaml': 'rules:\n  section-order: [error, {strict: true}]\n',
    });
    expect(line).toContain('rules.section-order: this rule takes no options');
  });

  it('rejects invalid YAML with the line and column', async () => {
    const { line, dir } = await faultFor({
      'designdoc.config.yaml': 'template: tdd\nrules: [unclosed\n',
    });
    expect(line).toMatch(
      new RegExp(
        `^designdoc: Invalid YAML in configuration ${dir}/designdoc\\.config\\.yaml:\\d+:\\d+: \\S`,
      ),
    );
  });

  it('rejects invalid JSON in designdoc.config.json', async () => {
    const { line, dir } = await faultFor({ 'designdoc.config.json': '{"template": "tdd",}' });
    expect(line).toContain(`Invalid JSON in configuration ${dir}/designdoc.config.json`);
  });

  it('rejects an override without files', async () => {
    const { line } = await faultFor({ 'designdoc.config.yaml': 'overrides:\n  - template: adr\n' });
    expect(line).toContain('overrides[0]: missing “files”');
  });

  it('rejects ignores that are not a list', async () => {
    const { line } = await faultFor({ 'designdoc.config.yaml': 'ignores: 5\n' });
    expect(line).toContain('ignores');
  });

  it('rejects documents that are not a glob or a list of globs', async () => {
    const { line, dir } = await faultFor({ 'designdoc.config.yaml': 'documents: 3\n' });
    expect(line).toBe(
      `designdoc: Invalid configuration in ${dir}/designdoc.config.yaml: documents: expected a string or an array`,
    );
    const empty = await faultFor({ 'designdoc.config.yaml': 'documents: [docs/*.md, ""]\n' });
    expect(empty.line).toContain('documents[1]: must not be empty');
  });

  it('rejects a config whose template is unknown', async () => {
    const { line } = await faultFor({ 'designdoc.config.yaml': 'template: nope\n' });
    expect(line).toContain('Unknown template “nope”');
  });

  it('rejects a template spec file that does not validate, naming the spec and its keys', async () => {
    const { line, dir } = await faultFor({
      'designdoc.config.yaml': 'template: ./specs/ours.yaml\n',
      'specs/ours.yaml': 'name: ours\nsections: 5\n',
    });
    expect(line).toContain(`Invalid template spec in ${dir}/specs/ours.yaml`);
    expect(line).toContain('missing “title”');
    expect(line).toContain('sections: expected an array');
  });

  it('rejects a template spec given with --template that is not YAML', async () => {
    const { line, dir } = await faultFor({ 'ours.yaml': 'name: [ours\n' }, [
      'lint',
      '--template',
      'ours.yaml',
      'doc.md',
    ]);
    expect(line).toMatch(new RegExp(`Invalid YAML in template spec ${dir}/ours\\.yaml:\\d+:\\d+`));
  });

  it('rejects a --config file that does not exist', async () => {
    const { line } = await faultFor({}, ['lint', '--config', 'missing.yaml', 'doc.md']);
    expect(line).toMatch(/Cannot read configuration .*missing\.yaml: file not found/);
  });
});

describe('designdoc.config.yaml: what applies to a file', () => {
  it('uses the nearest config walking up from the file', async () => {
    const dir = tempDir({
      'designdoc.config.yaml': 'rules:\n  heading-level: error\n',
      'docs/designdoc.config.yaml': 'rules:\n  heading-level: off\n',
      'top.md': TDD_WITH_WARNING,
      'docs/nested.md': TDD_WITH_WARNING,
    });
    const out = await runCli(['lint'], { cwd: dir.path });
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^top\.md$/m);
    expect(out.stdout).not.toContain('nested.md');
    expect(out.stdout).toMatch(/error +Section “Random Thoughts” is level 1/);
  });

  it('uses --config for every file instead of searching', async () => {
    const dir = tempDir({
      'designdoc.config.yaml': 'rules:\n  heading-level: error\n',
      'quiet.yaml': 'rules:\n  heading-level: off\n',
      'doc.md': TDD_WITH_WARNING,
    });
    expect((await runCli(['lint', 'doc.md'], { cwd: dir.path })).code).toBe(1);
    expect(await runCli(['lint', '--config', 'quiet.yaml', 'doc.md'], { cwd: dir.path })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('extends a config by relative path (resolved from the extending file)', async () => {
    const dir = tempDir({
      'config/base.yaml': 'extends: ./more/strict.yaml\nrules:\n  heading-level: off\n',
      'config/more/strict.yaml': 'rules:\n  heading-level: error\n',
      'designdoc.config.yaml': 'extends: ./config/base.yaml\n',
      'doc.md': TDD_WITH_WARNING,
    });
    expect(await runCli(['lint', 'doc.md'], { cwd: dir.path })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('lets the extending config win over what it extends', async () => {
    const dir = tempDir({
      'base.yaml': 'rules:\n  heading-level: off\n',
      'designdoc.config.yaml': 'extends: ./base.yaml\nrules:\n  heading-level: error\n',
      'doc.md': TDD_WITH_WARNING,
    });
    const out = await runCli(['lint', 'doc.md'], { cwd: dir.path });
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/error +Section “Random Thoughts” is level 1/);
  });

  it('lets a later entry of extends win over an earlier one', async () => {
    const dir = tempDir({
      'off.yaml': 'rules:\n  heading-level: off\n',
      'error.yaml': 'rules:\n  heading-level: error\n',
      'designdoc.config.yaml': 'extends: [./error.yaml, ./off.yaml]\n',
      'reversed.yaml': 'extends: [./off.yaml, ./error.yaml]\n',
      'doc.md': TDD_WITH_WARNING,
    });
    expect((await runCli(['lint', 'doc.md'], { cwd: dir.path })).code).toBe(0);
    expect(
      (await runCli(['lint', '--config', 'reversed.yaml', 'doc.md'], { cwd: dir.path })).code,
    ).toBe(1);
  });

  it('reports an extends cycle as a configuration error', async () => {
    const { line } = await faultFor({
      'designdoc.config.yaml': 'extends: ./a.yaml\n',
      'a.yaml': 'extends: ./b.yaml\n',
      'b.yaml': 'extends: ./a.yaml\n',
    });
    expect(line).toContain('extends itself');
    expect(line).toMatch(/a\.yaml → .*b\.yaml → .*a\.yaml/);
  });

  it('reports a missing extended file, naming it', async () => {
    const { line, dir } = await faultFor({ 'designdoc.config.yaml': 'extends: ./nowhere.yaml\n' });
    expect(line).toContain(`Cannot read configuration ${dir}/nowhere.yaml: file not found`);
  });

  it('selects a template by override glob', async () => {
    const dir = tempDir({
      'designdoc.config.yaml':
        'template: tdd\noverrides:\n  - files: "adr-*.md"\n    template: adr\n',
      'adr-0001-queue.md': CLEAN_ADR,
      'queue.md': CLEAN_ADR,
    });
    expect(await runCli(['lint', 'adr-0001-queue.md'], { cwd: dir.path })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    const tdd = await runCli(['lint', 'queue.md'], { cwd: dir.path });
    expect(tdd.code).toBe(1);
    expect(tdd.stdout).toContain('Missing section “Overview” (required by template tdd)');
  });

  it('matches override globs with folders relative to the config file', async () => {
    const dir = tempDir({
      'designdoc.config.yaml': 'overrides:\n  - files: "decisions/**/*.md"\n    template: adr\n',
      'decisions/2026/queue.md': CLEAN_ADR,
    });
    expect(await runCli(['lint', 'decisions'], { cwd: dir.path })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('applies override rules to matching files only', async () => {
    const dir = tempDir({
      'designdoc.config.yaml':
        'overrides:\n  - files: "drafts/*.md"\n    rules:\n      heading-level: off\n',
      'drafts/a.md': TDD_WITH_WARNING,
      'b.md': TDD_WITH_WARNING,
    });
    const out = await runCli(['lint'], { cwd: dir.path });
    expect(out.stdout).toMatch(/^b\.md$/m);
    expect(out.stdout).not.toContain('drafts');
  });

  it('selects the template named in the front matter (template: adr)', async () => {
    const doc = CLEAN_ADR.replace('status: approved\n', 'status: approved\ntemplate: adr\n');
    const dir = tempDir({ 'designdoc.config.yaml': 'template: tdd\n', 'queue.md': doc });
    expect(await runCli(['lint', 'queue.md'], { cwd: dir.path })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('names the document whose front matter asks for an unknown template (exit 2)', async () => {
    const doc = CLEAN_TDD.replace('status: draft\n', 'status: draft\ntemplate: nope\n');
    const dir = tempDir({ 'good.md': CLEAN_TDD, 'docs/odd.md': doc });
    const line = expectFault(await runCli(['lint'], { cwd: dir.path }));
    expect(line).toMatch(
      /^designdoc: docs\/odd\.md: front matter “template: nope”: Unknown template “nope”/,
    );
  });

  it('lets --template win over the front matter and the config', async () => {
    const doc = CLEAN_ADR.replace('status: approved\n', 'status: approved\ntemplate: adr\n');
    const dir = tempDir({ 'queue.md': doc });
    const out = await runCli(['lint', '--template', 'tdd', 'queue.md'], { cwd: dir.path });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('(required by template tdd)');
  });

  it('uses a template spec file named by the config, relative to the config', async () => {
    const spec = [
      'name: tiny',
      'title: Tiny',
      'sections:',
      '  - id: summary',
      '    title: Summary',
      '    level: 2',
      '  - id: risks',
      '    title: Risks',
      '    level: 2',
      '',
    ].join('\n');
    const dir = tempDir({
      'designdoc.config.yaml': 'template: ./templates/tiny.yaml\n',
      'templates/tiny.yaml': spec,
      'docs/a.md': '# A\n\n## Summary\n\nIt is small.\n',
    });
    const out = await runCli(['lint', 'docs/a.md'], { cwd: dir.path });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('Missing section “Risks” (required by template tiny)');
  });

  it('lints each document against the closest of the templates a list names', async () => {
    const dir = tempDir({
      'designdoc.config.yaml': 'template: [tdd, adr]\n',
      'design.md': CLEAN_TDD,
      'decision.md': CLEAN_ADR,
    });
    expect(await runCli(['lint', 'design.md', 'decision.md'], { cwd: dir.path })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    const show = await runCli(['show', 'decision.md'], { cwd: dir.path });
    expect(show.stdout.split('\n')[0]).toMatch(/template adr\)$/);
    expect((await runCli(['show', 'design.md'], { cwd: dir.path })).stdout).toContain(
      'template tdd)',
    );
  });
});
