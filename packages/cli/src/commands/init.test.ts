import { describe, expect, it } from 'vitest';
import { type TempDir, useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD } from '../../test/documents.js';
import { expectFault } from '../../test/expect-output.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

const README = '# My project\n\nSome intro.\n\n## Usage\n\nRun it.\n';
const HEADER = [
  '# Written by designdoc init; each setting says why. The keys: `designdoc schema config`, or',
  '# https://github.com/designdoc/designdoc/blob/main/docs/configuration.md',
];
const MADR = [
  '# Use PostgreSQL',
  '',
  '* Status: Accepted',
  '',
  '## Context and Problem Statement',
  '',
  'We need a database.',
  '',
  '## Considered Options',
  '',
  '- PostgreSQL',
  '',
  '## Decision Outcome',
  '',
  'Chosen option: "PostgreSQL", because the team knows it.',
  '',
].join('\n');
/** A blank template in the shape of the Rust RFC template, and an RFC written from it. */
const RFC_TEMPLATE =
  '- Feature Name: (fill me in)\n\n# Summary\n\nOne paragraph explanation of the feature.\n\n# Motivation\n\nWhy are we doing this?\n\n# Drawbacks\n\nWhy should we *not* do this?\n';
const RFC =
  '- Feature Name: fast\n\n# Summary\n\nMake it fast.\n\n# Motivation\n\nIt is slow.\n\n# Drawbacks\n\nNone.\n';

/** The files `lint` reads with no paths, as its json report names them. */
async function defaultFiles(dir: TempDir): Promise<string[]> {
  const out = await runCli(['lint', '--format', 'json'], { cwd: dir.path });
  expect(out.stderr).toBe('');
  return (JSON.parse(out.stdout) as { filePath: string }[]).map((r) => r.filePath);
}

describe('designdoc init', () => {
  it('ADRs and design docs in conventional folders: their globs, tdd, and adr for the ADRs', async () => {
    const dir = tempDir({
      'README.md': README,
      'CHANGELOG.md': '# Changelog\n',
      'docs/adr/0001-use-postgresql.md': MADR,
      'docs/design/notifications.md': CLEAN_TDD,
      'docs/design/search.md': CLEAN_TDD,
      'vendor/lib/docs/design/theirs.md': CLEAN_TDD,
    });
    const config = [
      ...HEADER,
      'documents:',
      '  - docs/adr/**/*.md     # docs/adr: 1 document (a conventional folder)',
      '  - docs/design/**/*.md  # docs/design: 2 documents (a conventional folder)',
      'template: tdd  # the default: no blank template found',
      'overrides:',
      '  - files: docs/adr/**',
      '    template: adr  # docs/adr suggests the adr preset',
      '',
    ].join('\n');
    expect(await runCli(['init'], { cwd: dir.path })).toEqual({
      code: 0,
      stdout: [
        'Wrote designdoc.config.yaml:',
        '',
        ...config
          .trimEnd()
          .split('\n')
          .map((line) => `  ${line}`),
        '',
        'Next: designdoc lint (with no paths it reads the documents above)',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(dir.read('designdoc.config.yaml')).toBe(config);
    expect(await defaultFiles(dir)).toEqual([
      'docs/adr/0001-use-postgresql.md',
      'docs/design/notifications.md',
      'docs/design/search.md',
    ]);
    // Each with its template: the ADR against adr, so the whole run is clean.
    expect(await runCli(['fix'], { cwd: dir.path })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(dir.read('README.md')).toBe(README);
  });

  it('a blank template beside the RFCs: a spec inferred from it, and the template left out', async () => {
    const dir = tempDir({
      'README.md': README,
      'rfcs/0000-template.md': RFC_TEMPLATE,
      'rfcs/text/0001-fast.md': RFC,
    });
    const out = await runCli(['init'], { cwd: dir.path });
    expect(out.code).toBe(0);
    expect(dir.read('designdoc.config.yaml')).toBe(
      [
        ...HEADER,
        'documents:',
        '  - rfcs/**/*.md  # rfcs: 1 document (a conventional folder)',
        'template: ./designdoc.rfcs.yaml  # inferred from rfcs/0000-template.md',
        'ignores:',
        '  - rfcs/0000-template.md  # a blank template, not a document',
        '',
      ].join('\n'),
    );
    expect(out.stdout).toContain(
      'Wrote designdoc.rfcs.yaml: 3 sections inferred from rfcs/0000-template.md (as designdoc template infer does); review it\n',
    );
    const inferred = await runCli(['template', 'infer', 'rfcs/0000-template.md', '-n', 'rfcs'], {
      cwd: dir.path,
    });
    expect(dir.read('designdoc.rfcs.yaml')).toBe(inferred.stdout);
    expect(await defaultFiles(dir)).toEqual(['rfcs/text/0001-fast.md']);
    expect(await runCli(['lint', 'rfcs'], { cwd: dir.path })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('documents marked by front matter elsewhere: a folder glob when all are, else each file', async () => {
    const dir = tempDir({
      'specs/a.md': CLEAN_TDD,
      'specs/b.md': CLEAN_TDD,
      'notes/plan.md': CLEAN_TDD,
      'notes/misc.md': '# Misc\n\nNot a design document.\n',
      'templates/design-doc.md': '# Title\n\n## Overview\n\n[What]\n\n## Risks\n\n[Risks]\n',
    });
    await runCli(['init'], { cwd: dir.path });
    expect(dir.read('designdoc.config.yaml')).toContain(
      [
        'documents:',
        '  - notes/plan.md  # front matter names a template or status, or a Status line',
        '  - specs/*.md     # 2 documents: front matter names a template or status, or a Status line',
        'template: ./designdoc.design-doc.yaml  # inferred from templates/design-doc.md',
      ].join('\n'),
    );
    expect(await defaultFiles(dir)).toEqual(['notes/plan.md', 'specs/a.md', 'specs/b.md']);
  });

  it('no design document yet: names docs/design, where designdoc new then puts them', async () => {
    const dir = tempDir({ 'README.md': README });
    const out = await runCli(['init'], { cwd: dir.path });
    expect(out.stdout).toContain(
      '    - docs/design/**/*.md  # no design documents found: keep them here (designdoc new "Title" --dir docs/design)\n',
    );
    expect(out.stdout).toMatch(
      /Next: designdoc new "Title" --dir docs\/design, then designdoc lint\n$/,
    );
    expect(expectFault(await runCli(['lint'], { cwd: dir.path }))).toBe(
      'designdoc: The documents of designdoc.config.yaml (“docs/design/**/*.md”) match no Markdown files; fix the globs, or name the files or folders to read',
    );
    await runCli(['new', 'Search', '--dir', 'docs/design'], { cwd: dir.path });
    expect(await defaultFiles(dir)).toEqual(['docs/design/search.md']);
  });

  it('refuses to replace a config or a spec (exit 2) unless --force', async () => {
    const dir = tempDir({ 'designdoc.config.json': '{}\n', 'docs/design/a.md': CLEAN_TDD });
    expect(expectFault(await runCli(['init'], { cwd: dir.path }))).toBe(
      'designdoc: designdoc.config.json already exists; pass --force to replace it with a new one',
    );
    expect(dir.exists('designdoc.config.yaml')).toBe(false);
    const forced = await runCli(['init', '--force'], { cwd: dir.path });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(
      'designdoc.config.json is still there, but designdoc.config.yaml is read before it; remove it\n',
    );

    const withSpec = tempDir({
      'TEMPLATE.md': '# T\n\n## Overview\n\n[What]\n',
      'designdoc.design.yaml': 'mine\n',
    });
    expect(expectFault(await runCli(['init'], { cwd: withSpec.path }))).toBe(
      'designdoc: designdoc.design.yaml already exists; pass --force to replace it with a new one',
    );
    expect(withSpec.read('designdoc.design.yaml')).toBe('mine\n');
    expect(withSpec.exists('designdoc.config.yaml')).toBe(false);
  });

  it('--template chooses the template instead of detecting it: a preset, a spec or a blank template', async () => {
    const layout = {
      'docs/adr/0001-use-postgresql.md': MADR,
      'rfcs/0000-template.md': RFC_TEMPLATE,
      'spec/ours.yaml':
        'name: ours\ntitle: Ours\nsections:\n  - id: a\n    title: A\n    level: 2\n',
    };
    const preset = tempDir(layout);
    await runCli(['init', '--template', 'adr'], { cwd: preset.path });
    const config = preset.read('designdoc.config.yaml');
    expect(config).toContain('\ntemplate: adr  # chosen with --template\n');
    expect(config).not.toContain('overrides');
    expect(preset.exists('designdoc.rfcs.yaml')).toBe(false);

    const spec = tempDir(layout);
    await runCli(['init', '-t', 'spec/ours.yaml'], { cwd: spec.path });
    expect(spec.read('designdoc.config.yaml')).toContain(
      '\ntemplate: ./spec/ours.yaml  # chosen with --template\n',
    );

    const blank = tempDir(layout);
    await runCli(['init', '-t', 'rfcs/0000-template.md'], { cwd: blank.path });
    expect(blank.read('designdoc.config.yaml')).toContain(
      '\ntemplate: ./designdoc.rfcs.yaml  # inferred from rfcs/0000-template.md, chosen with --template\n',
    );

    const unknown = tempDir(layout);
    expect(
      expectFault(await runCli(['init', '--template', 'nope'], { cwd: unknown.path })),
    ).toContain('Unknown template “nope”');
    expect(unknown.exists('designdoc.config.yaml')).toBe(false);
  });

  it('says which documents name a template in front matter that does not resolve', async () => {
    const doc = CLEAN_TDD.replace('status: draft\n', 'status: draft\ntemplate: ours\n');
    const dir = tempDir({ 'docs/design/old.md': doc });
    const out = await runCli(['init'], { cwd: dir.path });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(
      '  # 1 document names its template in front matter (ours); that wins over this file.\n',
    );
    expect(out.stdout).toContain(
      `Note: docs/design/old.md: front matter “template: ours”: Unknown template “ours”: not a preset (tdd, adr, rfc), not the name of a template spec the config uses, and no file at ${dir.file('docs/design/ours')}\n`,
    );
  });
});
