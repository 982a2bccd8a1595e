import type { Block, HeadingBlock } from '../markdown/blocks.js';
import type { ReferenceMap } from '../markdown/heading-text.js';
import { plainText, titleKey } from '../markdown/inline-text.js';
import type { LineIndex } from '../markdown/position.js';
import { headingAnchors } from '../markdown/slug.js';
import type { SectionSpec, TemplateSpec } from '../template/spec.js';
import { indexTemplate } from '../template/template-index.js';
import { extractChecklist, extractFields } from './fields.js';
import { matchSimilarSections } from './match-similar-sections.js';
import type { Section } from './schema.js';

/** The outline of a document: its title heading, what comes before the first section, the tree. */
export interface Outline {
  title: HeadingBlock | null;
  preamble: Block[];
  sections: Section[];
  /** Headings that open sections, in document order, with their section. */
  headings: { heading: HeadingBlock; section: Section }[];
}

/**
 * Split the blocks at headings into a section tree and match each heading to the template.
 * The first heading is the document's title when it does not itself name a template section and
 * either sits at the template's title level or, for templates without one, is the only heading
 * at its level (so RFCs that use `# Summary` for sections have no title), or when the
 * template's header fields follow it (an RFC that opens with `## Its title` and then
 * `- Feature Name: …`), or when the next heading, at its level, is a template section. A
 * section's `slug` is
 * its heading's GitHub anchor, counted over every heading (those in quotes and lists too), with
 * `references` (the document's link definitions) read in headings that use them.
 */
export function buildOutline(
  blocks: Block[],
  lines: LineIndex,
  spec: TemplateSpec,
  references?: ReferenceMap,
): Outline {
  const index = indexTemplate(spec);
  const anchors = headingAnchors(blocks, references);
  const headingBlocks = blocks.filter((b): b is HeadingBlock => b.type === 'heading');
  let title: HeadingBlock | null = null;
  const first = headingBlocks[0];
  if (first) {
    const topLevelKeys = index.childrenByKey.get(null);
    const namesSection = topLevelKeys?.has(titleKey(first.text)) ?? false;
    // The first heading is the title when it sits at the template's title level, or when no
    // other heading is at its level.
    const titleLevel = spec.documentTitle?.level;
    const isTitle =
      first.depth === titleLevel ||
      headingBlocks.every((h) => h === first || h.depth > first.depth) ||
      headerFollows(blocks, first, lines, spec) ||
      // A name the template does not know, right before the template's own sections begin
      // (`# useMutableSource` and its summary, then `# Basic example`), is the document's title.
      (headingBlocks[1] !== undefined &&
        headingBlocks[1].depth === first.depth &&
        (topLevelKeys?.has(titleKey(headingBlocks[1].text)) ?? false));
    if (!namesSection && isTitle) title = first;
  }
  const outline: Outline = { title, preamble: [], sections: [], headings: [] };
  const stack: { section: Section; spec: SectionSpec | null }[] = [];
  for (const block of blocks) {
    if (block === title) continue;
    if (block.type !== 'heading') {
      const open = stack[stack.length - 1];
      if (open) open.section.blocks.push(block);
      else outline.preamble.push(block);
      continue;
    }
    while (
      stack.length > 0 &&
      (stack[stack.length - 1] as { section: Section }).section.level >= block.depth
    ) {
      stack.pop();
    }
    const key = titleKey(block.text);
    const childrenOf = (entry: { spec: SectionSpec | null } | undefined) =>
      entry
        ? entry.spec
          ? index.childrenByKey.get(entry.spec)
          : undefined
        : index.childrenByKey.get(null);
    let matched = childrenOf(stack[stack.length - 1])?.get(key) ?? null;
    if (!matched) {
      // A heading nested too deep (a skipped level) still belongs where the template puts it.
      for (let depth = stack.length - 2; depth >= 0; depth--) {
        const found = childrenOf(stack[depth])?.get(key);
        if (found) {
          stack.length = depth + 1;
          matched = found;
          break;
        }
      }
    }
    const current = stack[stack.length - 1];
    if (!matched && current && stack.every((entry) => entry.spec === null)) {
      // Under headings the template does not know (a second `#` heading, say), a top-level
      // template section is still itself, where the document put it.
      const top = index.childrenByKey.get(null)?.get(key);
      if (top && !outline.headings.some(({ section }) => section.id === top.id)) matched = top;
    }
    if (!matched && current?.spec && !current.spec.sections?.length) {
      // A template section written one level too deep (`### Security` after `## Integration
      // Points`, a section with no subsections of its own) is that section, when it is named by
      // its own title, the document has no such heading at the top level, before or after
      // (an `### Implementation` of the proposal beside a `## Implementation` is the author's),
      // and the template's order holds: no later top-level heading names a section the template
      // puts before it (an `### Implementation` under `## Proposal` followed by `## Rationale`
      // is the proposal's own, in a template whose Implementation comes after Rationale).
      const top = index.childrenByKey.get(null)?.get(key);
      const topLevel = outline.sections[0]?.level ?? block.depth - 1;
      const elsewhere = headingBlocks.some(
        (h) => h !== block && h.depth <= topLevel && titleKey(h.text) === key,
      );
      const rank = top ? spec.sections.indexOf(top) : -1;
      const later = headingBlocks.slice(headingBlocks.indexOf(block) + 1);
      const outOfOrder = later.some((h) => {
        if (h.depth > topLevel) return false;
        const other = index.childrenByKey.get(null)?.get(titleKey(h.text));
        return other !== undefined && spec.sections.indexOf(other) < rank;
      });
      if (top && titleKey(top.title) === key && !elsewhere && !outOfOrder) {
        stack.length = 0;
        matched = top;
      }
    }
    const parent = stack[stack.length - 1] ?? null;
    const section: Section = {
      id: matched?.id ?? null,
      title: plainText(block.text),
      slug: anchors.get(block) ?? '',
      level: block.depth,
      place: block.place,
      blocks: [],
      fields: [],
      sections: [],
    };
    if (parent) parent.section.sections.push(section);
    else outline.sections.push(section);
    outline.headings.push({ heading: block, section });
    stack.push({ section, spec: matched });
  }
  matchSimilarSections(outline.sections, spec);
  for (const { section } of outline.headings) {
    const sectionSpec = section.id ? index.byId.get(section.id) : undefined;
    const known =
      sectionSpec?.content?.flatMap((c) => (c.kind === 'fields' ? (c.fields ?? []) : [])) ?? [];
    section.fields = extractFields(section.blocks, lines, known);
    if (sectionSpec?.content?.some((c) => c.kind === 'checklist'))
      section.fields.push(...extractChecklist(section.blocks, lines));
  }
  return outline;
}

/** Whether the blocks right after a heading hold header fields the template names. */
function headerFollows(
  blocks: Block[],
  heading: HeadingBlock,
  lines: LineIndex,
  spec: TemplateSpec,
): boolean {
  const known = (spec.preamble ?? []).flatMap((c) => (c.kind === 'fields' ? (c.fields ?? []) : []));
  if (known.length === 0) return false;
  const after: Block[] = [];
  for (let i = blocks.indexOf(heading) + 1; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.type === 'heading') break;
    after.push(block);
  }
  return extractFields(after, lines, known, { paragraphs: true }).length >= 2;
}
