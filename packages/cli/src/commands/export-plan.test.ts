import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { documentPathsClash, normaliseDocumentPath } from '@designdoc/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { CHECKS_FILE_SUFFIX, planExport } from './export-plan.js';

const tempDir = useTempDirs();

/** Every file under `root`, relative, with `/` between folders. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

describe('planExport', () => {
  it('places any stored paths inside --out, one file each, none in the way of another', () => {
    const segment = fc.constantFrom(
      'a',
      'b.md',
      'b.md.checks.json',
      'docs',
      '.',
      '..',
      '',
      ' ',
      'C:',
      '\\',
      '\n',
      'é',
    );
    const storedPath = fc.option(
      fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/')),
    );
    const documents = fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        path: storedPath,
        title: fc.constantFrom('Ledger', 'Ledger', 'a', '', '..', 'Docs'),
        createdAt: fc.constantFrom('2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z'),
      }),
      { selector: (d) => d.id, maxLength: 8 },
    );
    const out = tempDir().file('out');
    fc.assert(
      fc.property(documents, (docs) => {
        const plan = planExport(docs);
        expect(plan.files.length + plan.unplaced.length).toBe(docs.length);
        for (const { file } of plan.files) {
          // Accepted paths round-trip: the file is the normal form, and inside --out.
          expect(normaliseDocumentPath(file)).toEqual({ ok: true, path: file });
          const target = resolve(out, ...file.split('/'));
          expect(target.startsWith(out + sep)).toBe(true);
          expect(relative(out, target).split(sep).join('/')).toBe(file);
        }
        // Each Markdown file and its check-runs file beside it.
        const written = plan.files.flatMap(({ file }) => [file, file + CHECKS_FILE_SUFFIX]);
        for (const a of written)
          for (const b of written) if (a !== b) expect(documentPathsClash(a, b)).toBe(false);
        // And they can all be written: no EEXIST, no ENOTDIR, each one there afterwards.
        rmSync(out, { recursive: true, force: true });
        for (const file of written) {
          const target = resolve(out, ...file.split('/'));
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, file);
        }
        expect(existsSync(out) ? filesUnder(out) : []).toEqual(written.sort());
      }),
      { numRuns: 300 },
    );
  });

  it('keeps each file’s check-runs name free, and says so when an older path takes it', () => {
    const doc = (id: string, path: string, title: string, createdAt: string) => ({
      id,
      path,
      title,
      createdAt,
    });
    const plan = planExport([
      doc('1', 'ledger.md.checks.json', 'Odd', '2026-01-01T00:00:00Z'),
      doc('2', 'ledger.md', 'Ledger', '2026-01-02T00:00:00Z'),
      doc('3', 'notes.md', 'Notes', '2026-01-03T00:00:00Z'),
      doc('4', 'notes.md.checks.json/x.md', 'Inside', '2026-01-04T00:00:00Z'),
    ]);
    expect(plan.files.map(({ document, file }) => [document.id, file])).toEqual([
      ['1', 'ledger.md.checks.json'],
      ['3', 'notes.md'],
      ['2', 'ledger-2.md'],
      ['4', 'inside.md'],
    ]);
    expect(plan.warnings).toEqual([
      '“Ledger” is stored at path "ledger.md", but its check-runs file ledger.md.checks.json clashes with an older document’s path; exported as ledger-2.md',
      '“Inside” is stored at path "notes.md.checks.json/x.md", but it clashes with an older document’s check-runs file; exported as inside.md',
    ]);
  });
});
