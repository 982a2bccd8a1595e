import { describe, expect, it } from 'vitest';
import { runCli } from '../test/run-cli.js';
import { useTempDirs } from '../test/temp-dir.js';

const tempDir = useTempDirs();

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
