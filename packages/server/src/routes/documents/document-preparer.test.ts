import { readFileSync } from 'node:fs';
import { PRESETS, type TemplateSpec } from '@designdoc/core';
import { describe, expect, it } from 'vitest';
import { createDocumentPreparer } from './document-preparer.js';
import { prepareDocument } from './prepare-document.js';

const markdown = readFileSync(
  new URL('../../../../../examples/payments-ledger.md', import.meta.url),
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

  it('prepares on the calling thread with no workers', async () => {
    const preparer = createDocumentPreparer(0);
    const tdd = PRESETS.tdd as TemplateSpec;
    expect(await preparer.prepare(markdown, tdd)).toEqual(prepareDocument(markdown, tdd));
    await preparer.close();
  });
});
