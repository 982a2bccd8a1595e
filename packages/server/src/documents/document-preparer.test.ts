import { readFileSync } from 'node:fs';
import { PRESETS, parseDocument, type TemplateSpec } from '@designdoc/core';
import { describe, expect, it } from 'vitest';
import { diffVersions } from './diff-versions.js';
import { createDocumentPreparer } from './document-preparer.js';
import { prepareDocument } from './prepare-document.js';
import { sectionBounds } from './section-bounds.js';

const markdown = readFileSync(
  new URL('../../../../examples/payments-ledger.md', import.meta.url),
  'utf8',
);

describe('createDocumentPreparer', () => {
  it('prepares on a worker thread exactly what the calling thread prepares, for presets and own templates', async () => {
    const preparer = createDocumentPreparer(1);
    try {
      const tdd = PRESETS.tdd as TemplateSpec;
      const own: TemplateSpec = structuredClone({ ...tdd, name: 'team-tdd' });
      for (const template of [tdd, own, own]) {
        const onWorker = await preparer.prepare(markdown, template);
        expect(onWorker).toEqual(prepareDocument(markdown, template));
        expect(onWorker.template).toBe(template.name);
      }
      const results = await Promise.all(
        ['# A\n', '# B\n', '# C\n'].map((m) => preparer.prepare(m, tdd)),
      );
      expect(results.map((r) => r.title)).toEqual(['A', 'B', 'C']);
    } finally {
      await preparer.close();
    }
  });

  it('diffs on a worker thread what the calling thread diffs, and drops a diff whose client went away', async () => {
    const preparer = createDocumentPreparer(1);
    try {
      const tdd = PRESETS.tdd as TemplateSpec;
      const from = { number: 1, markdown };
      const to = { number: 2, markdown: markdown.replace(/ledger/g, 'journal') };
      expect(await preparer.diff(from, to, tdd)).toEqual(diffVersions(from, to, tdd));
      const gone = new AbortController();
      const abandoned = preparer.diff(from, to, tdd, gone.signal);
      gone.abort();
      await expect(abandoned).rejects.toMatchObject({ name: 'AbortError' });
      // The pool replaces the worker it stopped and goes on.
      expect((await preparer.diff(to, from, tdd)).sections).toEqual(
        diffVersions(to, from, tdd).sections,
      );
    } finally {
      await preparer.close();
    }
  });

  it('reads the sections of a model over 1 MB on a worker thread as the calling thread reads them', async () => {
    const preparer = createDocumentPreparer(1);
    try {
      const parts = Array.from({ length: 3000 }, (_, i) => `## Part ${i}\n\nText of part ${i}.\n`);
      const many = `# Many\n\n${parts.join('\n')}`;
      const model = JSON.stringify(parseDocument(many, PRESETS.tdd as TemplateSpec).model);
      expect(model.length).toBeGreaterThan(1024 * 1024);
      const bounds = await preparer.sectionBounds(model, many.length);
      expect(bounds).toEqual(sectionBounds(model, many.length));
      expect(bounds.anchors.at(-1)).toBe('part-2999');
      expect(bounds.ends[1]).toBe(bounds.starts[2]);
    } finally {
      await preparer.close();
    }
  });

  it('prepares on the calling thread with no workers', async () => {
    const preparer = createDocumentPreparer(0);
    const tdd = PRESETS.tdd as TemplateSpec;
    expect(await preparer.prepare(markdown, tdd)).toEqual(prepareDocument(markdown, tdd));
    await preparer.close();
  });
});
