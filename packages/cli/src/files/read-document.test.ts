import { chmodSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD } from '../../test/documents.js';
import { expectNoStackTrace } from '../../test/expect-output.js';
import { runCli } from '../../test/run-cli.js';
import { readDocument } from './read-document.js';

const tempDir = useTempDirs();
const isRoot = process.getuid?.() === 0;

/**
 * Lint one bad file in every format a user might pick: the exit code is the same, no format
 * shows a stack trace, and the stylish report names the file with the problem under it.
 */
async function lintBadFile(
  name: string,
  content: string | Uint8Array,
  problem: string,
  code: number,
) {
  const dir = tempDir({ [name]: content });
  const out = await runCli(['lint', name], { cwd: dir.path });
  expectNoStackTrace(out);
  expect(out.code).toBe(code);
  expect(out.stdout).toContain(`\n${name}\n  1:1  error  ${problem}  file\n`);
  const github = await runCli(['lint', '--format', 'github', name], { cwd: dir.path });
  expectNoStackTrace(github);
  expect(github.code).toBe(code);
  expect(github.stdout).toBe(
    `::error file=${name},line=1,col=1,endLine=1,endColumn=1,title=file::${problem}\n`,
  );
  return { dir, out };
}

describe('bad input: one line naming the file and the problem, the right exit code, no stack trace', () => {
  it('an empty file is a lint error (exit 1)', async () => {
    const { out } = await lintBadFile(
      'empty.md',
      '',
      'File is empty, expected a design document',
      1,
    );
    expect(out.stderr).toBe('');
  });

  it('a file of only blank lines is empty too', async () => {
    await lintBadFile('blank.md', '\n  \n\t\n', 'File is empty, expected a design document', 1);
  });

  it('a binary file is refused (exit 2), with the offset of the NUL byte', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]);
    const { out } = await lintBadFile(
      'logo.md',
      bytes,
      'Binary file (NUL byte at offset 4), not a Markdown document',
      2,
    );
    expect(out.stderr).toBe(
      'designdoc: logo.md: Binary file (NUL byte at offset 4), not a Markdown document\n',
    );
  });

  it('invalid UTF-8 is refused (exit 2), with the byte offset', async () => {
    const bytes = Buffer.concat([
      Buffer.from('# Title\n\ncaf'),
      Buffer.from([0xe9]),
      Buffer.from(' au lait\n'),
    ]);
    const { out } = await lintBadFile(
      'latin1.md',
      bytes,
      'Invalid UTF-8 at byte 12; save the file as UTF-8',
      2,
    );
    expect(out.stderr).toBe(
      'designdoc: latin1.md: Invalid UTF-8 at byte 12; save the file as UTF-8\n',
    );
  });

  it('a bad file does not stop the others from being linted, and json still parses', async () => {
    const dir = tempDir({ 'a.md': new Uint8Array([0]), 'b.md': CLEAN_TDD });
    const out = await runCli(['lint', '--format', 'json', 'a.md', 'b.md'], { cwd: dir.path });
    expect(out.code).toBe(2);
    const report = JSON.parse(out.stdout) as { filePath: string; errorCount: number }[];
    expect(report.map((r) => [r.filePath, r.errorCount])).toEqual([
      ['a.md', 1],
      ['b.md', 0],
    ]);
    expect(out.stderr).toBe(
      'designdoc: a.md: Binary file (NUL byte at offset 0), not a Markdown document\n',
    );
  });

  it('front matter that is not YAML is a front-matter error at its line (exit 1)', async () => {
    const doc = CLEAN_TDD.replace('title: Notification Service', 'title: [Notification Service');
    const dir = tempDir({ 'doc.md': doc });
    const out = await runCli(['lint', 'doc.md'], { cwd: dir.path });
    expectNoStackTrace(out);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(
      /^doc\.md\n {2}\d+:\d+ +error +Front matter is not valid YAML: .+ +front-matter$/m,
    );
  });

  it.skipIf(isRoot)('an unreadable file is refused (exit 2): permission denied', async () => {
    const dir = tempDir({ 'secret.md': CLEAN_TDD });
    chmodSync(dir.file('secret.md'), 0o000);
    try {
      const out = await runCli(['lint', 'secret.md'], { cwd: dir.path });
      expectNoStackTrace(out);
      expect(out.code).toBe(2);
      expect(out.stderr).toBe('designdoc: secret.md: Cannot read file: permission denied\n');
    } finally {
      chmodSync(dir.file('secret.md'), 0o644);
    }
  });
});

describe('readDocument', () => {
  it('reports a path it cannot read as a fatal one-line problem', () => {
    const dir = tempDir({ 'folder.md/inside.md': CLEAN_TDD });
    expect(readDocument(dir.file('folder.md'))).toEqual({
      ok: false,
      message: 'Cannot read file: is a directory',
      fatal: true,
    });
    expect(readDocument(dir.file('gone.md'))).toEqual({
      ok: false,
      message: 'Cannot read file: file not found',
      fatal: true,
    });
  });

  it('accepts UTF-8 with multi-byte characters, dropping a byte order mark', () => {
    const dir = tempDir({ 'doc.md': `\uFEFF# Café — 東京\n` });
    expect(readDocument(dir.file('doc.md'))).toEqual({ ok: true, text: '# Café — 東京\n' });
  });
});
