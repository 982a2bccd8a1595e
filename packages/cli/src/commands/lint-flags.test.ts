import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD } from '../../test/documents.js';
import { expectFault } from '../../test/expect-output.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

describe('designdoc lint: the flags ESLint users reach for', () => {
  it('lists them in lint --help', async () => {
    const out = await runCli(['lint', '--help'], { cwd: process.cwd() });
    expect(out.code).toBe(0);
    for (const flag of [
      '--stdin ',
      '--stdin-filename <path>',
      '--cache ',
      '--cache-location <file|dir>',
      '--rule <id:severity>',
      '--print-config <file>',
      '--debug ',
      '--watch ',
    ])
      expect(out.stdout).toContain(flag);
  });

  it.each([
    ['--rule', ['--rule', 'heading-level:off']],
    ['--cache', ['--cache']],
    ['--stdin', ['--stdin']],
    ['--watch', ['--watch']],
  ])('exits 2 for %s with --server, which lints on the server', async (flag, argv) => {
    const dir = tempDir({ 'doc.md': CLEAN_TDD });
    const line = expectFault(
      await runCli(
        [
          'lint',
          ...argv,
          '--server',
          'http://127.0.0.1:9',
          ...(flag === '--stdin' ? [] : ['doc.md']),
        ],
        {
          cwd: dir.path,
        },
      ),
    );
    expect(line).toBe(`designdoc: ${flag} works on local files only; drop --server`);
  });
});
