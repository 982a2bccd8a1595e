import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../../../../test/shared-paths.js';
import { parseDocument } from '../model/parse.js';
import { inferTemplate } from '../template/infer.js';
import type { TemplateSpec } from '../template/spec.js';
import { fix, lint } from './lint.js';

/** Each corpus with the spec inferred from its own blank template, as a team would lint it. */
const CORPORA: { dir: string; template: string }[] = [
  { dir: 'rust-rfcs', template: '0000-template.md' },
  { dir: 'swift-evolution', template: 'templates/0000-swift-template.md' },
  { dir: 'go-design', template: 'templates/TEMPLATE.md' },
  { dir: 'madr', template: 'templates/adr-template.md' },
  { dir: 'react-rfcs', template: 'templates/0000-template.md' },
];

interface Sample {
  name: string;
  source: string;
  template: TemplateSpec;
}

const samples: Sample[] = CORPORA.flatMap(({ dir, template }) => {
  const folder = `${SHARED_DIR}corpora/${dir}/`;
  const spec = inferTemplate(readFileSync(folder + template, 'utf8'), { name: dir });
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md') && !template.endsWith(name))
    .map((name) => ({
      name: `${dir}/${name}`,
      source: readFileSync(folder + name, 'utf8'),
      template: spec,
    }));
});

/** The lines of code blocks and HTML blocks, in order: what no fix may touch. */
function literalLines(source: string, template: TemplateSpec): string[] {
  const doc = parseDocument(source, template);
  const out: string[] = [];
  for (let line = 1; line <= doc.lines.lineCount; line++)
    if (doc.tree.literalLines[line] !== 0) out.push(doc.lines.lineText(line));
  return out;
}

const counted = (source: string, template: TemplateSpec) =>
  lint(source, { template }).diagnostics.filter(
    (d) => d.ruleId !== 'required-section' && d.ruleId !== 'empty-section',
  ).length;

/**
 * Edits an author makes half-way through a document: a heading line deleted, the document cut
 * off (often inside a fence), a fence opened and never closed, a comment never closed, a table
 * row shortened.
 */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('drop-heading' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('open-fence' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('open-comment' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('short-row' as const), at: fc.nat() }),
);

function mutate(source: string, { kind, at }: { kind: string; at: number }): string {
  const lines = source.split('\n');
  const pick = (test: (line: string) => boolean) => {
    const found = lines.map((line, i) => (test(line) ? i : -1)).filter((i) => i !== -1);
    return found.length > 0 ? (found[at % found.length] as number) : -1;
  };
  const line = at % Math.max(1, lines.length);
  switch (kind) {
    case 'drop-heading': {
      const i = pick((l) => /^#{1,6} /.test(l));
      if (i !== -1) lines.splice(i, 1);
      break;
    }
    case 'truncate':
      lines.length = Math.max(1, line);
      break;
    case 'open-fence':
      lines.splice(line, 0, '```');
      break;
    case 'open-comment':
      lines.splice(line, 0, '<!-- unfinished');
      break;
    case 'short-row': {
      const i = pick((l) => /^\s*\|.*\|.*\|/.test(l));
      if (i !== -1) lines[i] = (lines[i] as string).replace(/\|[^|]*\|\s*$/, '|');
      break;
    }
  }
  return lines.join('\n');
}

describe('fix on the corpora, as written and half-edited (fast-check)', () => {
  it(`is idempotent, never writes in code or comments, and never adds findings (${samples.length} documents)`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...samples),
        fc.array(mutation, { maxLength: 3 }),
        (sample, mutations) => {
          const source = mutations.reduce(mutate, sample.source);
          const { template } = sample;
          const once = fix(source, { template }).output;
          expect(fix(once, { template }).output, sample.name).toBe(once);
          expect(literalLines(once, template), sample.name).toEqual(literalLines(source, template));
          expect(counted(once, template), sample.name).toBeLessThanOrEqual(
            counted(source, template),
          );
        },
      ),
      { numRuns: 300, seed: 15 },
    );
  });
});
