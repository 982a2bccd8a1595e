import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR, TDD_TEMPLATE } from '../../../../test/shared-paths.js';
import { expectSameReading, readsAsMarkdownIt } from '../../test/same-reading.js';

const CORPORA = `${SHARED_DIR}corpora/`;

/** The Markdown files under `dir`, its sub-folders (a corpus's `templates/`) included. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}${entry.name}`;
    if (entry.isDirectory()) return markdownFiles(`${path}/`);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const corpora = existsSync(CORPORA)
  ? readdirSync(CORPORA, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
  : [];

/** The block parser reads the shared corpora as markdown-it (CommonMark + GFM tables) does. */
describe('block parser agrees with markdown-it on the corpora', () => {
  it('finds every corpus', () => {
    expect(corpora).toEqual(
      expect.arrayContaining(['go-design', 'madr', 'react-rfcs', 'rust-rfcs', 'swift-evolution']),
    );
  });

  for (const corpus of corpora) {
    it(`on every Markdown file of ${corpus}, sub-folders (templates/) too`, () => {
      const files = markdownFiles(`${CORPORA}${corpus}/`);
      expect(files.length).toBeGreaterThan(0);
      const differing = files.filter((file) => !readsAsMarkdownIt(readFileSync(file, 'utf8')));
      expect(differing).toEqual([]);
    });
  }

  it('on the tdd template', () => {
    expectSameReading(readFileSync(TDD_TEMPLATE, 'utf8'));
  });
});
