import { type Section, walkSections } from '@designdoc/core';

/**
 * Where the sections of a version run in its Markdown, subsections included, in document order:
 * column by column, which crosses threads several times cheaper than one object per section.
 */
export interface SectionBounds {
  /** Each heading's GitHub-compatible anchor (core's slug). */
  anchors: string[];
  titles: string[];
  /** Offset of each heading. */
  starts: Int32Array;
  /** Offset of the next heading of the same or a higher level, or the Markdown's length. */
  ends: Int32Array;
}

/**
 * The sections of a version, from its stored model (whose section places are offsets into its
 * Markdown of `length` characters): no parse of the Markdown. Ends are found in one pass from
 * the last heading with a stack of the headings still open, so each heading is pushed and
 * popped once: 80,000 headings take milliseconds, where scanning ahead from every heading took
 * over 13 s. Parsing the model is most of the rest: about 1 s for those 80,000 (a 30 MB model)
 * on a busy two-core machine, which is why a large model is read on a worker
 * (document-preparer.ts).
 */
export function sectionBounds(modelJson: string, length: number): SectionBounds {
  const model = JSON.parse(modelJson) as { sections: Section[] };
  const flat = walkSections(model.sections);
  const ends = new Int32Array(flat.length);
  const open: Section[] = [];
  for (let i = flat.length - 1; i >= 0; i--) {
    const section = flat[i] as Section;
    while (open.length > 0 && (open.at(-1) as Section).level > section.level) open.pop();
    ends[i] = open.at(-1)?.place.start.offset ?? length;
    open.push(section);
  }
  return {
    anchors: flat.map((s) => s.slug),
    titles: flat.map((s) => s.title),
    starts: Int32Array.from(flat, (s) => s.place.start.offset),
    ends,
  };
}
