import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { documentPathsClash, normaliseDocumentPath } from '@designdoc/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { planExport } from './export-plan.js';

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
    const segment = fc.constantFrom('a', 'b.md', 'docs', '.', '..', '', ' ', 'C:', '\\', '\n', 'é');
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
        for (const a of plan.files)
          for (const b of plan.files)
            if (a !== b) expect(documentPathsClash(a.file, b.file)).toBe(false);
        // And they can all be written: no EEXIST, no ENOTDIR, each one there afterwards.
        rmSync(out, { recursive: true, force: true });
        for (const { file } of plan.files) {
          const target = resolve(out, ...file.split('/'));
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, file);
        }
        expect(existsSync(out) ? filesUnder(out) : []).toEqual(
          plan.files.map((f) => f.file).sort(),
        );
      }),
      { numRuns: 300 },
    );
  });
});
