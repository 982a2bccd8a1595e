import { readFileSync } from 'node:fs';
import { PRESETS } from '@designdoc/core';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD, lineOf } from '../../test/documents.js';
import { expectNoStackTrace } from '../../test/expect-output.js';
import { expectNoTextLost, isEmptyTableRow } from '../../test/no-text-lost.js';
import { EXAMPLES_DIR } from '../../test/paths.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

const SHORT_ROW = '| Mail provider | SMTP over TLS | Real-time |';
const EMPTY_ROW = '| | | | |';
const QUESTION = '- Which push provider do we start with? - Status: in progress';

/**
 * The clean document with four safely fixable problems: the Security section is gone, a question
 * status is spelled "in progress", a table row is one cell short and a table row is empty.
 */
const FIXABLE = (() => {
  const security = CLEAN_TDD.indexOf('## Security');
  const doc = CLEAN_TDD.slice(0, security) + CLEAN_TDD.slice(CLEAN_TDD.indexOf('## Scalability'));
  return doc
    .replace('Status: In Progress', 'Status: in progress')
    .replace(
      '| Mail provider | SMTP over TLS | Real-time | Fail over to the second provider |',
      `${SHORT_ROW}\n${EMPTY_ROW}`,
    );
})();

/** The four fixes, checked in the fixed text. */
function expectFixed(text: string): void {
  const headings = text.split('\n').filter((line) => line.startsWith('## '));
  expect(
    headings.slice(
      headings.indexOf('## Integration Points'),
      headings.indexOf('## Integration Points') + 3,
    ),
  ).toEqual(['## Integration Points', '## Security', '## Scalability']);
  expect(text).toContain('- Which push provider do we start with? - Status: In Progress\n');
  expect(text).toContain(`${SHORT_ROW} TBD |\n`);
  expect(text.split('\n').filter(isEmptyTableRow)).toEqual([]);
}

describe('designdoc lint --fix / designdoc fix', () => {
  it('lint reports the four problems as fixable', async () => {
    const dir = tempDir({ 'doc.md': FIXABLE });
    const out = await runCli(['lint', 'doc.md'], { cwd: dir.path });
    expect(out.stdout).toContain('Missing section “Security” (required by template tdd)');
    expect(out.stdout).toMatch(
      new RegExp(
        `  ${lineOf(FIXABLE, 'in progress')}:${QUESTION.indexOf('in progress') + 1} +error +Question status “in progress” should be written “In Progress”`,
      ),
    );
    expect(out.stdout).toMatch(
      new RegExp(`  ${lineOf(FIXABLE, SHORT_ROW)}:1 +error +Table row has 3 cells, expected 4`),
    );
    expect(out.stdout).toMatch(
      new RegExp(`  ${lineOf(FIXABLE, EMPTY_ROW)}:1 +warning +Empty table row`),
    );
    expect(out.stdout).toContain(
      '3 errors and 1 warning potentially fixable with the `--fix` option.',
    );
  });

  it('lint --fix writes the safe fixes and reports only what is left', async () => {
    const dir = tempDir({ 'doc.md': FIXABLE });
    const out = await runCli(['lint', '--fix', 'doc.md'], { cwd: dir.path });
    expectNoStackTrace(out);
    const fixed = dir.read('doc.md');
    expectFixed(fixed);
    expectNoTextLost(FIXABLE, fixed);
    // The inserted heading is empty, which the user must now fill in: still exit 1.
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('Section “Security” is empty');
    expect(out.stdout).not.toContain('potentially fixable');
    expect(out.stdout).not.toContain('Question status');
  });

  it('fix does exactly what lint --fix does', async () => {
    const a = tempDir({ 'doc.md': FIXABLE });
    const b = tempDir({ 'doc.md': FIXABLE });
    const viaLint = await runCli(['lint', '--fix', 'doc.md'], { cwd: a.path });
    const viaFix = await runCli(['fix', 'doc.md'], { cwd: b.path });
    expect(viaFix).toEqual(viaLint);
    expect(b.read('doc.md')).toBe(a.read('doc.md'));
  });

  it('--fix-dry-run writes nothing and puts the fixed text in the json output', async () => {
    const dir = tempDir({ 'doc.md': FIXABLE });
    const out = await runCli(['lint', '--fix-dry-run', '--format', 'json', 'doc.md'], {
      cwd: dir.path,
    });
    expect(dir.read('doc.md')).toBe(FIXABLE);
    const [result] = JSON.parse(out.stdout);
    expectFixed(result.output);
    const written = tempDir({ 'doc.md': FIXABLE });
    await runCli(['fix', 'doc.md'], { cwd: written.path });
    expect(result.output).toBe(written.read('doc.md'));
    expect(result.diagnostics.map((d: { ruleId: string }) => d.ruleId)).not.toContain(
      'question-status',
    );
  });

  it('running fix twice changes nothing the second time', async () => {
    const dir = tempDir({ 'doc.md': FIXABLE });
    const first = await runCli(['fix', 'doc.md'], { cwd: dir.path });
    const once = dir.read('doc.md');
    const second = await runCli(['fix', 'doc.md'], { cwd: dir.path });
    expect(dir.read('doc.md')).toBe(once);
    expect(second).toEqual(first);
    const dry = JSON.parse(
      (await runCli(['lint', '--fix-dry-run', '-f', 'json', 'doc.md'], { cwd: dir.path })).stdout,
    );
    expect(dry[0]).not.toHaveProperty('output');
  });

  it('inserts every missing required heading in template order into a bare document', async () => {
    const bare = '---\ntitle: Bare\nstatus: draft\n---\n\n# Bare\n\nJust a first paragraph.\n';
    const dir = tempDir({ 'bare.md': bare });
    await runCli(['fix', 'bare.md'], { cwd: dir.path });
    const fixed = dir.read('bare.md');
    const expected: string[] = [];
    const walk = (
      sections: readonly {
        title: string;
        level: number;
        required?: boolean;
        sections?: unknown[];
      }[],
    ) => {
      for (const section of sections) {
        if (section.required === false) continue;
        expected.push(`${'#'.repeat(section.level)} ${section.title}`);
        walk((section.sections ?? []) as typeof sections);
      }
    };
    walk(PRESETS.tdd?.sections ?? []);
    expect(fixed.split('\n').filter((line) => /^#{2,6} /.test(line))).toEqual(expected);
    expect(fixed.startsWith(bare.trimEnd())).toBe(true);
    const again = tempDir({ 'bare.md': fixed });
    await runCli(['fix', 'bare.md'], { cwd: again.path });
    expect(again.read('bare.md')).toBe(fixed);
  });

  it('fixes the broken example without losing any of its text, idempotently', async () => {
    const broken = readFileSync(`${EXAMPLES_DIR}broken.md`, 'utf8');
    const dir = tempDir({ 'broken.md': broken });
    const out = await runCli(['fix', 'broken.md'], { cwd: dir.path });
    expect(out.code).toBe(1);
    const fixed = dir.read('broken.md');
    expect(fixed).not.toBe(broken);
    expectNoTextLost(broken, fixed);
    await runCli(['fix', 'broken.md'], { cwd: dir.path });
    expect(dir.read('broken.md')).toBe(fixed);
  });

  it('leaves clean files and files it cannot read untouched', async () => {
    const binary = new Uint8Array([0x23, 0x20, 0x00, 0x41]);
    const dir = tempDir({ 'clean.md': CLEAN_TDD, 'binary.md': binary });
    const out = await runCli(['fix', 'clean.md', 'binary.md'], { cwd: dir.path });
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      'designdoc: binary.md: Binary file (NUL byte at offset 2), not a Markdown document\n',
    );
    expect(dir.read('clean.md')).toBe(CLEAN_TDD);
    expect(new Uint8Array(readFileSync(dir.file('binary.md')))).toEqual(binary);
  });
});

describe('relative links from the CLI', () => {
  it('resolves a link starting with / from the folder designdoc runs in, others from the document', async () => {
    const doc = '# T\n\n[spec](/specs/api.md) [local](notes.md) [gone](/specs/gone.md)\n';
    const dir = tempDir({ 'docs/design.md': doc, 'docs/notes.md': 'x\n', 'specs/api.md': 'x\n' });
    const out = await runCli(['lint', '--template', 'tdd', '--format', 'json', 'docs/design.md'], {
      cwd: dir.path,
    });
    const links = (
      JSON.parse(out.stdout) as { diagnostics: { ruleId: string; message: string }[] }[]
    )[0]?.diagnostics
      .filter((d) => d.ruleId === 'relative-link')
      .map((d) => d.message);
    expect(links).toEqual(['Link to missing file “/specs/gone.md”']);
  });
});
