import { walkSections } from '../model/extract.js';
import type { ParsedDocument } from '../model/parse.js';
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

const groupCache = new WeakMap<Section[], SiblingGroup[]>();

/**
 * Every place in the document where template sections are expected: the top level, then the
 * children of each section that matched the template. Computed once per document.
 */
export function siblingGroups(sections: Section[], spec: TemplateSpec): readonly SiblingGroup[] {
  const cached = groupCache.get(sections);
  if (cached) return cached;
  const index = indexTemplate(spec);
  const groups: SiblingGroup[] = [
    { parent: null, parentSpec: null, sections, expected: spec.sections },
  ];
  for (const section of walkSections(sections)) {
    const sectionSpec = section.id ? index.byId.get(section.id) : undefined;
    if (sectionSpec) {
      groups.push({
        parent: section,
        parentSpec: sectionSpec,
        sections: section.sections,
        expected: sectionSpec.sections ?? [],
      });
    }
  }
  groupCache.set(sections, groups);
  return groups;
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

/**
 * A document that only points elsewhere ("Moved to …", "This draft has become a proposal: …"),
 * or an index of other documents: no section heading, and either a few dozen words at most with
 * a link, or lists linking to three or more Markdown documents beside it (Go's `go2draft.md`:
 * "these draft designs are not proposals", then each topic's overview and draft). It is not a
 * design document to hold to the template; the rules that ask for sections and header fields
 * leave it alone.
 */
export function isPointerDocument(doc: ParsedDocument): boolean {
  if (doc.outline.headings.length > 0) return false;
  const text = doc.outline.preamble.map((block) => ('text' in block ? block.text : '')).join(' ');
  if (/\]\(|<https?:|https?:\/\//.test(text) && text.split(/\s+/).length <= 60) return true;
  let documents = 0;
  for (const block of doc.outline.preamble)
    if (block.type === 'list')
      for (const item of block.items) if (LOCAL_DOCUMENT_LINK.test(item.text)) documents++;
  return documents >= 3;
}

/** A link to a Markdown document beside this one: `[overview](go2draft-generics-overview.md)`. */
const LOCAL_DOCUMENT_LINK = /\]\((?![a-z][\w+.-]*:|\/)[^)\s]+\.md(?:#[^)\s]*)?\)/i;

/**
 * Whether the document opens with prose before its first section (an untitled summary, as many
 * proposals write under their title): that stands for the template's first section.
 */
export function opensWithProse(doc: ParsedDocument): boolean {
  // Counted over its paragraphs: two short ones ("Swift offers two stride functions… This
  // proposal introduces a third style…", then where it was discussed) are a summary too.
  let words = 0;
  for (const block of doc.outline.preamble)
    if (block.type === 'paragraph' && !/^[A-Z][\w ()/-]{0,30}:\s/.test(block.text))
      words += block.text.split(/\s+/).length;
  return words >= 25;
}
