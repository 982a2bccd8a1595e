import type { Section } from '../model/schema.js';
import type { SectionSpec, TemplateSpec } from '../template/spec.js';
import { indexTemplate } from '../template/template-index.js';

/** A group of sibling sections in the document together with the spec sections expected there. */
export interface SiblingGroup {
  parent: Section | null;
  parentSpec: SectionSpec | null;
  sections: Section[];
  expected: SectionSpec[];
}

/**
 * Every place in the document where template sections are expected: the top level, then the
 * children of each section that matched the template.
 */
export function* siblingGroups(sections: Section[], spec: TemplateSpec): Generator<SiblingGroup> {
  const index = indexTemplate(spec);
  yield { parent: null, parentSpec: null, sections, expected: spec.sections };
  const visit = function* (list: Section[]): Generator<SiblingGroup> {
    for (const section of list) {
      const sectionSpec = section.id ? index.byId.get(section.id) : undefined;
      if (sectionSpec) {
        yield {
          parent: section,
          parentSpec: sectionSpec,
          sections: section.sections,
          expected: sectionSpec.sections ?? [],
        };
      }
      yield* visit(section.sections);
    }
  };
  yield* visit(sections);
}

/** The template spec a section matched, if any. */
export function specOf(spec: TemplateSpec, section: Section): SectionSpec | undefined {
  return section.id ? indexTemplate(spec).byId.get(section.id) : undefined;
}

/** Offset just past the last line of a section, its subsections included. */
export function sectionEndOffset(section: Section): number {
  let end = section.place.end.offset;
  for (const block of section.blocks) end = Math.max(end, block.place.end.offset);
  for (const child of section.sections) end = Math.max(end, sectionEndOffset(child));
  return end;
}
