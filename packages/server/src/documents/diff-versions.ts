import { parseDocument, type Section, type TemplateSpec } from '@designdoc/core';
import { type UnifiedDiff, unifiedDiff } from './unified-diff.js';

/** What changed between two versions: a unified diff and the sections it touched. */
export interface VersionDiff extends UnifiedDiff {
  sections: { added: string[]; removed: string[]; changed: string[] };
}

/** Each section's title path ("Architecture › Data Flow") → its own text, in document order. */
function sectionTexts(markdown: string, template: TemplateSpec): Map<string, string> {
  const { model, source } = parseDocument(markdown, template);
  const flat: { path: string; start: number }[] = [];
  const walk = (sections: Section[], parents: string[]) => {
    for (const section of sections) {
      const path = [...parents, section.title].join(' › ');
      flat.push({ path, start: section.place.start.offset });
      walk(section.sections, [...parents, section.title]);
    }
  };
  walk(model.sections, []);
  const texts = new Map<string, string>();
  flat.forEach((entry, i) => {
    // A section's own text runs to the next heading of any level (its subsections are compared on their own).
    texts.set(entry.path, source.slice(entry.start, flat[i + 1]?.start ?? source.length).trim());
  });
  return texts;
}

/**
 * The difference between two versions of a document: a unified text diff (three lines of
 * context; coarse beyond the edit budget, see unified-diff.ts) and which sections were added,
 * removed or changed, named by their title path. Its cost grows with the documents' length
 * (two parses): the server runs it on a worker thread (document-preparer.ts).
 */
export function diffVersions(
  from: { number: number; markdown: string },
  to: { number: number; markdown: string },
  template: TemplateSpec,
): VersionDiff {
  const { unified, coarse } = unifiedDiff(
    { before: `v${from.number}`, after: `v${to.number}` },
    from.markdown,
    to.markdown,
  );
  const before = sectionTexts(from.markdown, template);
  const after = sectionTexts(to.markdown, template);
  return {
    unified,
    coarse,
    sections: {
      added: [...after.keys()].filter((path) => !before.has(path)),
      removed: [...before.keys()].filter((path) => !after.has(path)),
      changed: [...after.keys()].filter(
        (path) => before.has(path) && before.get(path) !== after.get(path),
      ),
    },
  };
}
