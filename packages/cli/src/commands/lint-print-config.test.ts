import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD, TDD_WITH_ERROR } from '../../test/documents.js';
import { expectFault } from '../../test/expect-output.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

const CONFIG = [
  'rules:',
  '  unfilled-placeholder: warn',
  'ignores:',
  '  - "drafts/**"',
  'overrides:',
  '  - files: "adr/**"',
  '    template: adr',
  '    rules:',
  '      heading-level: off',
].join('\n');

async function printConfig(cwd: string, ...argv: string[]) {
  const out = await runCli(['lint', '--print-config', ...argv], { cwd });
  expect(out.stderr).toBe('');
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout);
}

describe('designdoc lint --print-config', () => {
  it('prints the settings that apply to a file as JSON and lints nothing (exit 0)', async () => {
    const dir = tempDir({ 'docs/designdoc.config.yaml': CONFIG, 'docs/a.md': TDD_WITH_ERROR });
    const config = await printConfig(dir.path, 'docs/a.md');
    expect(config).toMatchObject({
      filePath: 'docs/a.md',
      config: 'docs/designdoc.config.yaml',
      template: {
        name: 'tdd',
        title: 'Technical Design Document',
        from: 'default',
        ref: 'tdd',
      },
      ignores: ['docs/drafts/**'],
      ignored: false,
    });
    // Every rule, with its severity, and its options with the defaults filled in.
    expect(config.rules['unfilled-placeholder']).toEqual(['warn', { ignore: [] }]);
    expect(config.rules['required-section']).toBe('error');
    expect(config.rules['heading-level']).toBe('warn');
    expect(Object.keys(config.rules)).toContain('no-secrets');
  });

  it('names the override a template came from, and applies the override’s rules', async () => {
    const dir = tempDir({ 'docs/designdoc.config.yaml': CONFIG });
    const config = await printConfig(dir.path, 'docs/adr/0001-new.md');
    expect(config.template).toEqual({
      name: 'adr',
      title: 'Architecture Decision Record',
      from: 'override',
      ref: 'adr',
    });
    expect(config.rules['heading-level']).toBe('off');
  });

  it('says when the template comes from the front matter, --template or the config', async () => {
    const dir = tempDir({
      'designdoc.config.yaml': 'template: rfc\n',
      'front.md': CLEAN_TDD.replace('status: draft', 'status: draft\ntemplate: adr'),
      'plain.md': CLEAN_TDD,
    });
    expect((await printConfig(dir.path, 'front.md')).template).toMatchObject({
      name: 'adr',
      from: 'front matter',
    });
    expect((await printConfig(dir.path, 'plain.md')).template).toMatchObject({
      name: 'rfc',
      from: 'config',
    });
    expect((await printConfig(dir.path, 'plain.md', '-t', 'adr')).template).toMatchObject({
      name: 'adr',
      from: 'command line',
    });
  });

  it('shows --rule over the config, and whether the config ignores the file', async () => {
    const dir = tempDir({ 'docs/designdoc.config.yaml': CONFIG });
    const config = await printConfig(
      dir.path,
      'docs/drafts/x.md',
      '--rule',
      'unfilled-placeholder:error',
    );
    expect(config.rules['unfilled-placeholder']).toEqual(['error', { ignore: [] }]);
    expect(config.ignored).toBe(true);
  });

  it('works for a file that does not exist yet, with no config', async () => {
    const dir = tempDir();
    const config = await printConfig(dir.path, 'new.md');
    expect(config).toMatchObject({ filePath: 'new.md', config: null, ignores: [], ignored: false });
    expect(config.template.from).toBe('default');
  });

  it('exits 2 with other paths, as ESLint wants exactly one file', async () => {
    const dir = tempDir({ 'a.md': CLEAN_TDD, 'b.md': CLEAN_TDD });
    const line = expectFault(
      await runCli(['lint', '--print-config', 'a.md', 'b.md'], { cwd: dir.path }),
    );
    expect(line).toBe(
      'designdoc: --print-config takes exactly one file and lints nothing; drop the other paths (b.md)',
    );
  });
});
