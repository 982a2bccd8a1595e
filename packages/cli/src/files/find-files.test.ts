import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD, TDD_WITH_ERROR } from '../../test/documents.js';
import { expectFault } from '../../test/expect-output.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

/** The files a json report covers, as the user sees them. */
async function lintedFiles(cwd: string, argv: string[] = []): Promise<string[]> {
  const out = await runCli(['lint', '--format', 'json', ...argv], { cwd });
  expect(out.stderr).toBe('');
  return (JSON.parse(out.stdout) as { filePath: string }[]).map((r) => r.filePath);
}

describe('which files designdoc lint reads', () => {
  it('defaults to the design documents under the working folder, in path order', async () => {
    const dir = tempDir({
      'b.md': CLEAN_TDD,
      'a.markdown': CLEAN_TDD,
      'docs/deep/c.md': CLEAN_TDD,
      'notes.txt': 'not Markdown',
      'node_modules/pkg/README.md': TDD_WITH_ERROR,
    });
    expect(await lintedFiles(dir.path)).toEqual(['a.markdown', 'b.md', 'docs/deep/c.md']);
  });

  it('takes folders, files and globs, each file once', async () => {
    const dir = tempDir({
      'docs/a.md': CLEAN_TDD,
      'docs/b.md': CLEAN_TDD,
      'other/c.md': CLEAN_TDD,
    });
    expect(await lintedFiles(dir.path, ['docs', 'docs/a.md', 'other/*.md'])).toEqual([
      'docs/a.md',
      'docs/b.md',
      'other/c.md',
    ]);
  });

  it('respects .gitignore, including one in a subfolder', async () => {
    const dir = tempDir({
      '.gitignore': 'build/\n*.draft.md\n',
      'build/out.md': TDD_WITH_ERROR,
      'plan.draft.md': TDD_WITH_ERROR,
      'docs/.gitignore': 'private.md\n',
      'docs/private.md': TDD_WITH_ERROR,
      'docs/public.md': CLEAN_TDD,
    });
    expect(await lintedFiles(dir.path)).toEqual(['docs/public.md']);
    expect((await runCli(['lint'], { cwd: dir.path })).code).toBe(0);
    expect(await lintedFiles(dir.path, ['--no-ignore'])).toEqual([
      'build/out.md',
      'docs/private.md',
      'docs/public.md',
      'plan.draft.md',
    ]);
  });

  it('respects .gitignore from the repository root when run in a subfolder', async () => {
    const dir = tempDir({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'docs/generated/\n',
      'docs/generated/api.md': TDD_WITH_ERROR,
      'docs/design.md': CLEAN_TDD,
    });
    expect(await lintedFiles(dir.file('docs'))).toEqual(['design.md']);
  });

  it('respects the config ignores, relative to the config file', async () => {
    const dir = tempDir({
      'designdoc.config.yaml': 'ignores:\n  - "drafts/**"\n  - CHANGELOG.md\n',
      'drafts/idea.md': TDD_WITH_ERROR,
      'CHANGELOG.md': '# Changelog\n',
      'design.md': CLEAN_TDD,
    });
    expect(await lintedFiles(dir.path)).toEqual(['design.md']);
  });

  it('still lints a file named on the command line even when it is ignored', async () => {
    const dir = tempDir({ '.gitignore': 'draft.md\n', 'draft.md': TDD_WITH_ERROR });
    const out = await runCli(['lint', 'draft.md'], { cwd: dir.path });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('Unfilled placeholder “[TODO]”');
  });

  it('exits 2 when a glob matches nothing, naming the pattern', async () => {
    const dir = tempDir({ 'doc.md': CLEAN_TDD });
    const line = expectFault(await runCli(['lint', 'doc.md', 'specs/**/*.md'], { cwd: dir.path }));
    expect(line).toBe('designdoc: No files matching “specs/**/*.md” were found');
  });

  it('exits 2 when a named file does not exist, naming it', async () => {
    const dir = tempDir({ 'doc.md': CLEAN_TDD });
    const line = expectFault(await runCli(['lint', 'missing.md'], { cwd: dir.path }));
    expect(line).toContain('“missing.md”');
  });

  it('exits 2 when everything a glob matches is ignored, saying so', async () => {
    const dir = tempDir({ '.gitignore': 'drafts/\n', 'drafts/a.md': CLEAN_TDD });
    const line = expectFault(await runCli(['lint', 'drafts/*.md'], { cwd: dir.path }));
    expect(line).toContain('All files matching “drafts/*.md” are ignored');
  });

  it('exits 2 for a folder with no Markdown in it, naming the folder', async () => {
    const dir = tempDir({ 'assets/logo.svg': '<svg/>', 'assets/notes.txt': 'text' });
    const line = expectFault(await runCli(['lint', 'assets'], { cwd: dir.path }));
    expect(line).toBe('designdoc: No Markdown files (.md, .markdown, .mdx) in folder “assets”');
  });

  it('exits 2 when the working folder has no Markdown and no paths are given', async () => {
    const dir = tempDir({ 'notes.txt': 'text' });
    const line = expectFault(await runCli(['lint'], { cwd: dir.path }));
    expect(line).toContain('No design documents found here');
  });
});
