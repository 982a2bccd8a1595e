import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();
const USAGE = 'designdoc migrate --from sqlite:PATH --to postgres://…';

describe('designdoc migrate --from --to: usage', () => {
  it.each([
    [['--from', 'sqlite:data'], `--from and --to go together: ${USAGE}`],
    [['--to', 'postgres://127.0.0.1/designdoc'], `--from and --to go together: ${USAGE}`],
    [
      ['--from', 'data/designdoc.db', '--to', 'postgres://127.0.0.1/designdoc'],
      `--from takes sqlite:PATH, the embedded database (designdoc.db) or its data folder, not “data/designdoc.db”: ${USAGE}`,
    ],
    [
      ['--from', 'sqlite:data', '--to', 'mysql://127.0.0.1/designdoc'],
      `--to takes a postgres:// or postgresql:// URL: ${USAGE}`,
    ],
  ])('refuses %j with exit 2, touching nothing', async (options, message) => {
    const dir = tempDir();
    expect(await runCli(['migrate', ...options], { cwd: dir.path })).toEqual({
      code: 2,
      stdout: '',
      stderr: `designdoc: ${message}\n`,
    });
    expect(dir.exists('data')).toBe(false);
  });
});
