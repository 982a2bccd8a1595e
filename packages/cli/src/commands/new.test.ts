import { PRESETS, type SectionSpec } from '@designdoc/core';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { expectFault } from '../../test/expect-output.js';
import { runCli, TODAY } from '../../test/run-cli.js';

const tempDir = useTempDirs();

function frontMatterOf(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no front matter');
  return parseYaml(match[1] as string);
}

function headingsOf(text: string): string[] {
  return text.split('\n').filter((line) => /^#{1,6} /.test(line));
}

/** `## Title` for every section of a preset, depth first, as `new` should write them. */
function templateHeadings(name: string): string[] {
  const out: string[] = [];
  const walk = (sections: readonly SectionSpec[]) => {
    for (const section of sections) {
      out.push(`${'#'.repeat(section.level)} ${section.title}`);
      walk(section.sections ?? []);
    }
  };
  walk(PRESETS[name]?.sections ?? []);
  return out;
}

/** The rule ids a file's json lint report holds. */
async function ruleIdsOf(cwd: string, file: string): Promise<Set<string>> {
  const out = await runCli(['lint', '--format', 'json', file], { cwd });
  return new Set(JSON.parse(out.stdout)[0].diagnostics.map((d: { ruleId: string }) => d.ruleId));
}

describe('designdoc new', () => {
  it('creates <slug>.md with front matter and every tdd section heading', async () => {
    const dir = tempDir();
    const out = await runCli(['new', 'Payments Ledger'], { cwd: dir.path });
    expect(out).toEqual({
      code: 0,
      stdout: 'Created payments-ledger.md from template tdd\n',
      stderr: '',
    });
    const text = dir.read('payments-ledger.md');
    expect(frontMatterOf(text)).toMatchObject({
      title: 'Payments Ledger',
      status: 'draft',
      created: TODAY,
      updated: TODAY,
    });
    expect(frontMatterOf(text)).not.toHaveProperty('template');
    expect(headingsOf(text)).toEqual(['# Payments Ledger', ...templateHeadings('tdd')]);
  });

  it('writes a document whose structure lints clean: only placeholders are left to fill in', async () => {
    const dir = tempDir();
    await runCli(['new', 'Payments Ledger'], { cwd: dir.path });
    const lint = await runCli(['lint', 'payments-ledger.md'], { cwd: dir.path });
    expect(lint.code).toBe(1);
    expect([...(await ruleIdsOf(dir.path, 'payments-ledger.md'))]).toEqual([
      'unfilled-placeholder',
    ]);
  });

  it.each(['adr', 'rfc'])(
    '--template %s names the template in the front matter and writes its headings',
    async (name) => {
      const dir = tempDir();
      const out = await runCli(['new', 'Use a queue', '--template', name], { cwd: dir.path });
      expect(out.stdout).toBe(`Created use-a-queue.md from template ${name}\n`);
      const text = dir.read('use-a-queue.md');
      expect(frontMatterOf(text)).toMatchObject({
        title: 'Use a queue',
        status: 'draft',
        template: name,
      });
      const titleHeading = PRESETS[name]?.documentTitle ? ['# Use a queue'] : [];
      expect(headingsOf(text)).toEqual([...titleHeading, ...templateHeadings(name)]);
      const kinds = await ruleIdsOf(dir.path, 'use-a-queue.md');
      for (const kind of kinds)
        expect(['unfilled-placeholder', 'empty-section', 'required-field']).toContain(kind);
    },
  );

  it('creates the file in --dir, making the folder', async () => {
    const dir = tempDir();
    const out = await runCli(['new', 'Search', '--dir', 'docs/design'], { cwd: dir.path });
    expect(out.stdout).toBe('Created docs/design/search.md from template tdd\n');
    expect(dir.exists('docs/design/search.md')).toBe(true);
  });

  it('refuses to overwrite an existing file (exit 2) unless --force', async () => {
    const dir = tempDir({ 'search.md': 'my own words\n' });
    const line = expectFault(await runCli(['new', 'Search'], { cwd: dir.path }));
    expect(line).toBe(
      'designdoc: search.md already exists; choose another title or pass --force to overwrite it',
    );
    expect(dir.read('search.md')).toBe('my own words\n');
    const forced = await runCli(['new', 'Search', '--force'], { cwd: dir.path });
    expect(forced.code).toBe(0);
    expect(dir.read('search.md')).toContain('# Search');
  });

  it('uses the config’s template by default', async () => {
    const dir = tempDir({ 'designdoc.config.yaml': 'template: adr\n' });
    await runCli(['new', 'Use a queue'], { cwd: dir.path });
    expect(headingsOf(dir.read('use-a-queue.md'))).toEqual([
      '# Use a queue',
      ...templateHeadings('adr'),
    ]);
  });

  it('fills authors from --author or DESIGNDOC_AUTHOR', async () => {
    const dir = tempDir();
    await runCli(['new', 'One', '--author', 'Ada Byron', '--author', 'Alan Turing'], {
      cwd: dir.path,
    });
    expect(frontMatterOf(dir.read('one.md')).authors).toEqual(['Ada Byron', 'Alan Turing']);
    await runCli(['new', 'Two'], { cwd: dir.path, env: { DESIGNDOC_AUTHOR: 'Grace Hopper' } });
    expect(frontMatterOf(dir.read('two.md')).authors).toEqual(['Grace Hopper']);
  });

  it('keeps a title with YAML punctuation intact and slugs it', async () => {
    const title = 'Auth: the "next" step #2';
    const dir = tempDir();
    const out = await runCli(['new', title], { cwd: dir.path });
    expect(out.stdout).toBe('Created auth-the-next-step-2.md from template tdd\n');
    const text = dir.read('auth-the-next-step-2.md');
    expect(frontMatterOf(text).title).toBe(title);
    const show = await runCli(['show', '--json', 'auth-the-next-step-2.md'], { cwd: dir.path });
    expect(JSON.parse(show.stdout).title).toBe(title);
  });

  it('exits 2 for an empty title or an unknown template', async () => {
    const dir = tempDir();
    expect(expectFault(await runCli(['new', '  '], { cwd: dir.path }))).toContain(
      'A title is required',
    );
    expect(
      expectFault(await runCli(['new', 'X', '--template', 'nope'], { cwd: dir.path })),
    ).toContain('Unknown template “nope”');
    expect(dir.exists('x.md')).toBe(false);
  });
});
