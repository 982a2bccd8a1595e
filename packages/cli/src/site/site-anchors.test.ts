import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CLEAN_TDD } from '../../test/paths.js';
import { runCli } from '../../test/run-cli.js';

const tempDir = useTempDirs();

describe('designdoc build anchors', () => {
  it('links the boards to the heading ids the page has, which are GitHub’s anchors', async () => {
    // Two spaces between the words: one template section to the model, `--` in GitHub's anchor.
    const design = CLEAN_TDD.replace('## Open Questions\n', '## Open  Questions\n');
    const dir = tempDir({ 'docs/design.md': design });
    const out = await runCli(['build', 'docs', '--out', 'site'], { cwd: dir.path });
    expect(out.code).toBe(0);
    const anchor = 'open--questions';
    expect(dir.read('site/questions.html')).toContain(`href="docs/design.html#${anchor}"`);
    expect(dir.read('site/docs/design.html')).toContain(`<h2 id="${anchor}">`);
  });
});
