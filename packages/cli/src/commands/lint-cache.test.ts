import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD, TDD_WITH_ERROR } from '../../test/documents.js';
import { runCli } from '../../test/run-cli.js';
import { VERSION } from '../version.js';

const tempDir = useTempDirs();

const PLACEHOLDER = 'Unfilled placeholder “[TODO]”';
const FROM_CACHE = 'doc.md: config (none), template tdd (default), result from the cache';

/** The cache file's entries, by path relative to the cache file. */
function entries(
  text: string,
): Record<string, { content: string; result: { diagnostics: { message: string }[] } }> {
  return JSON.parse(text).files;
}

describe('designdoc lint --cache', () => {
  it('writes .designdoccache and reuses a result without linting the file again', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR });
    const first = await runCli(['lint', '--cache', 'doc.md'], { cwd: dir.path });
    expect(first.code).toBe(1);
    expect(first.stdout).toContain(PLACEHOLDER);
    const cache = JSON.parse(dir.read('.designdoccache'));
    expect(cache.designdoc).toBe(VERSION);
    expect(cache.files['doc.md'].content).toBe(
      createHash('sha256').update(dir.read('doc.md')).digest('hex'),
    );
    // What the cache says is what is reported: the file is not linted again.
    dir.write(
      '.designdoccache',
      dir.read('.designdoccache').replace(PLACEHOLDER, 'Said by the cache'),
    );
    const second = await runCli(['lint', '--cache', '--debug', 'doc.md'], { cwd: dir.path });
    expect(second.code).toBe(1);
    expect(second.stdout).toContain('Said by the cache');
    expect(second.stderr).toContain(FROM_CACHE);
  });

  it('lints a file again when it changed', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR });
    await runCli(['lint', '--cache', 'doc.md'], { cwd: dir.path });
    dir.write('doc.md', CLEAN_TDD);
    expect(await runCli(['lint', '--cache', '--debug', 'doc.md'], { cwd: dir.path })).toMatchObject(
      { code: 0, stdout: '', stderr: expect.not.stringContaining('from the cache') },
    );
  });

  it('reuses a file touched but not changed (its bytes decide), and keeps its new time', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR });
    await runCli(['lint', '--cache', 'doc.md'], { cwd: dir.path });
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir.path, 'doc.md'), later, later);
    const again = await runCli(['lint', '--cache', '--debug', 'doc.md'], { cwd: dir.path });
    expect(again.stderr).toContain(FROM_CACHE);
    const stored = JSON.parse(dir.read('.designdoccache')).files['doc.md'];
    expect(stored.stat.mtimeMs).toBe(statSync(join(dir.path, 'doc.md')).mtimeMs);
  });

  it('does not read a file whose size and modification time are as stored (as ESLint)', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR });
    const file = join(dir.path, 'doc.md');
    const time = 1_700_000_000; // whole seconds, which every file system keeps exactly
    utimesSync(file, time, time);
    await runCli(['lint', '--cache', 'doc.md'], { cwd: dir.path });
    // Same size, same time: what only a tool that sets times back can do. The stamp is trusted.
    dir.write('doc.md', TDD_WITH_ERROR.replace('[TODO]', '[TODX]'));
    utimesSync(file, time, time);
    const trusted = await runCli(['lint', '--cache', '--debug', 'doc.md'], { cwd: dir.path });
    expect(trusted.stderr).toContain(FROM_CACHE);
    // Any real edit moves the time: the file is read, hashed and linted again.
    utimesSync(file, time, time + 1);
    const edited = await runCli(['lint', '--cache', '--debug', 'doc.md'], { cwd: dir.path });
    expect(edited.stderr).not.toContain('from the cache');
    expect(edited.stdout).toContain('Unfilled placeholder “[TODX]”');
  });

  it('lints again when the config, a --rule or the template changes', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR });
    await runCli(['lint', '--cache', 'doc.md'], { cwd: dir.path });
    dir.write('designdoc.config.yaml', 'rules:\n  unfilled-placeholder: warn\n');
    const configured = await runCli(['lint', '--cache', 'doc.md'], { cwd: dir.path });
    expect(configured.code).toBe(0);
    expect(configured.stdout).toContain('warning  Unfilled placeholder');
    const ruled = await runCli(
      ['lint', '--cache', '--rule', 'unfilled-placeholder:off', 'doc.md'],
      { cwd: dir.path },
    );
    expect(ruled).toMatchObject({ code: 0, stdout: '' });
    const adr = await runCli(['lint', '--cache', '--template', 'adr', 'doc.md'], {
      cwd: dir.path,
    });
    expect(adr.stdout).toContain('(required by template adr)');
  });

  it('lints again when a link target appears or goes', async () => {
    const doc = CLEAN_TDD.replace(
      '## Overview\n',
      '## Overview\n\nSee [the runbook](runbook.md).\n',
    );
    const dir = tempDir({ 'doc.md': doc });
    const missing = await runCli(['lint', '--cache', 'doc.md'], { cwd: dir.path });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('runbook.md');
    dir.write('runbook.md', '# Runbook\n');
    expect(await runCli(['lint', '--cache', 'doc.md'], { cwd: dir.path })).toMatchObject({
      code: 0,
      stdout: '',
    });
  });

  it('lints again when a path the document names appears', async () => {
    const doc = CLEAN_TDD.replace(
      '## Overview\n',
      '## Overview\n\nRetries live in `services/mailer/retry.ts`.\n',
    );
    const dir = tempDir({ 'docs/doc.md': doc, 'services/mailer/send.ts': '' });
    execFileSync('git', ['init', '-q'], { cwd: dir.path });
    const missing = await runCli(['lint', '--cache', 'docs/doc.md'], { cwd: dir.path });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('Missing path “services/mailer/retry.ts”');
    dir.write('services/mailer/retry.ts', '');
    expect(
      await runCli(['lint', '--cache', '--debug', 'docs/doc.md'], { cwd: dir.path }),
    ).toMatchObject({ code: 0, stdout: '', stderr: expect.not.stringContaining('from the cache') });
    // Nothing changed since: the result comes from the cache.
    const again = await runCli(['lint', '--cache', '--debug', 'docs/doc.md'], { cwd: dir.path });
    expect(again.stderr).toContain('result from the cache');
  });

  it('starts afresh from a cache another designdoc version wrote', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR });
    await runCli(['lint', '--cache', 'doc.md'], { cwd: dir.path });
    dir.write(
      '.designdoccache',
      dir
        .read('.designdoccache')
        .replace(PLACEHOLDER, 'Said by the cache')
        .replace(`"designdoc":"${VERSION}"`, '"designdoc":"0.0.1"'),
    );
    const out = await runCli(['lint', '--cache', 'doc.md'], { cwd: dir.path });
    expect(out.stdout).toContain(PLACEHOLDER);
    expect(JSON.parse(dir.read('.designdoccache')).designdoc).toBe(VERSION);
  });

  it.each([
    ['not JSON', '{"designdoc": '],
    ['the wrong shape', `{"designdoc":"${VERSION}","files":{"doc.md":{"content":1,"result":[]}}}`],
    ['a result formatters cannot take', ''],
  ])('ignores and rewrites a cache file that is %s', async (_what, corrupt) => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR });
    let text = corrupt;
    if (!text) {
      await runCli(['lint', '--cache', 'doc.md'], { cwd: dir.path });
      text = dir.read('.designdoccache').replace('"ruleId":"unfilled-placeholder"', '"ruleId":7');
    }
    dir.write('.designdoccache', text);
    const out = await runCli(['lint', '--cache', 'doc.md'], { cwd: dir.path });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(PLACEHOLDER);
    expect(out.stderr).toBe('');
    expect(entries(dir.read('.designdoccache'))['doc.md']?.result.diagnostics[0]?.message).toBe(
      PLACEHOLDER,
    );
  });

  it('after --fix holds the file as written, so the next run reuses it', async () => {
    const misspelt = CLEAN_TDD.replace('Status: In Progress', 'Status: in progress');
    const dir = tempDir({ 'doc.md': misspelt });
    expect(await runCli(['lint', '--cache', '--fix', 'doc.md'], { cwd: dir.path })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    expect(dir.read('doc.md')).toBe(CLEAN_TDD);
    expect(entries(dir.read('.designdoccache'))['doc.md']?.content).toBe(
      createHash('sha256').update(CLEAN_TDD).digest('hex'),
    );
    const again = await runCli(['lint', '--cache', '--debug', 'doc.md'], { cwd: dir.path });
    expect(again.stderr).toContain(FROM_CACHE);
  });

  it('with --fix lints again a cached file that has fixes to make', async () => {
    const misspelt = CLEAN_TDD.replace('Status: In Progress', 'Status: in progress');
    const dir = tempDir({ 'doc.md': misspelt });
    await runCli(['lint', '--cache', 'doc.md'], { cwd: dir.path });
    await runCli(['lint', '--cache', '--fix', 'doc.md'], { cwd: dir.path });
    expect(dir.read('doc.md')).toBe(CLEAN_TDD);
  });

  it('keeps the cache in --cache-location: a file, or a folder (ending in / or existing)', async () => {
    const dir = tempDir({ 'doc.md': CLEAN_TDD, 'existing/.keep': '' });
    await runCli(['lint', '--cache', '--cache-location', 'tmp/lint-cache.json', 'doc.md'], {
      cwd: dir.path,
    });
    expect(entries(dir.read('tmp/lint-cache.json'))['../doc.md']).toBeDefined();
    const named = `.designdoccache_${createHash('sha256').update(dir.path).digest('hex').slice(0, 12)}`;
    await runCli(['lint', '--cache', '--cache-location', 'new-folder/', 'doc.md'], {
      cwd: dir.path,
    });
    expect(readdirSync(dir.file('new-folder'))).toEqual([named]);
    await runCli(['lint', '--cache', '--cache-location', 'existing', 'doc.md'], { cwd: dir.path });
    expect(readdirSync(dir.file('existing')).sort()).toEqual([named, '.keep']);
    expect(dir.exists('.designdoccache')).toBe(false);
  });

  it('leaves no temporary file behind, and a cache it cannot write costs a warning only', async () => {
    const dir = tempDir({ 'doc.md': TDD_WITH_ERROR });
    await runCli(['lint', '--cache', 'doc.md'], { cwd: dir.path });
    expect(readdirSync(dir.path).sort()).toEqual(['.designdoccache', 'doc.md']);
    const out = await runCli(['lint', '--cache', '--cache-location', 'doc.md/cache', 'doc.md'], {
      cwd: dir.path,
    });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(PLACEHOLDER);
    expect(out.stderr).toMatch(/^designdoc: cannot write the cache .*doc\.md\/cache: /);
  });
});
