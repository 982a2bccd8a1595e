import { defineRule } from '../lint/rule.js';
import { walkSections } from '../model/extract.js';
import type { Section } from '../model/schema.js';
import { namesInPart } from '../model/similar-titles.js';
import type { SectionSpec, TemplateSpec } from '../template/spec.js';
import { indexTemplate } from '../template/template-index.js';
import { isPlaceholderTitle } from '../template/template-wording.js';
import {
  isPointerDocument,
  opensWithProse,
  type SiblingGroup,
  sectionEndOffset,
  siblingGroups,
} from './section-tools.js';

/**
 * Every required template section is present (wherever the document put it: section-order and
 * unknown-section speak about places). The fix inserts the missing heading where the template
 * puts it (after the nearest earlier section that is present), at the level the template gives
 * it relative to its neighbours, leaving its content to the author; it never writes a heading
 * whose title is a stand-in such as `{title of option 1}`.
 */
export const requiredSection = defineRule({
  meta: {
    id: 'required-section',
    description: 'Sections the template requires are present.',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      missingTitle:
        'Missing title heading (“{{heading}} Title”, required by template {{template}})',
      missingSection: 'Missing section “{{section}}” (required by template {{template}})',
      missingSubsection:
        'Missing section “{{section}}” in “{{parent}}” (required by template {{template}})',
    },
  },
  defaultOptions: {},
  check({ doc, report }) {
    const { source, lines, template } = doc;
    // Insertion offset → the group that inserts there. A subsection missing at the end of its
    // parent and a section missing after that parent share an offset; fixes at one offset are
    // applied in report order, which would put the subsection under the wrong parent. So only
    // the first group (the shallower one) fixes there now; the next fix pass does the other.
    const claimed = new Map<number, SiblingGroup>();
    const eol = source.includes('\r\n') ? '\r\n' : '\n';
    if (template.documentTitle?.required && !doc.outline.title) {
      const level = '#'.repeat(template.documentTitle.level);
      report({
        messageId: 'missingTitle',
        data: { heading: level, template: template.name },
        place: lines.span((doc.frontMatterBlock?.lineCount ?? 0) + 1, 1, 1),
      });
    }
    if (isPointerDocument(doc)) return;
    const anywhere = new Set(walkSections(doc.model.sections).flatMap((s) => (s.id ? [s.id] : [])));
    // An untitled opening summary stands for the template's first section.
    const firstSpec = template.sections[0];
    if (firstSpec && !anywhere.has(firstSpec.id) && opensWithProse(doc)) anywhere.add(firstSpec.id);
    for (const group of siblingGroups(doc.model.sections, template)) {
      const present = new Map<string, Section>();
      for (const section of group.sections)
        if (section.id && !present.has(section.id)) present.set(section.id, section);
      group.expected.forEach((expected, position) => {
        if (anywhere.has(expected.id) || expected.required === false) return;
        // "Drawbacks and alternatives" holds the alternatives too.
        if (group.sections.some((section) => namesInPart(section.title, expected))) return;
        const missing = {
          messageId: group.parent ? 'missingSubsection' : 'missingSection',
          data: {
            section: expected.title,
            parent: group.parent?.title ?? '',
            template: template.name,
          },
        } as const;
        const place = group.parent
          ? group.parent.place
          : lines.span(Math.max(1, doc.outline.title?.place.start.line ?? 1), 1, 1);
        if (isPlaceholderTitle(expected.title)) {
          report({ ...missing, place });
          return;
        }
        const fix = insertionFix(source, group, position, present, expected, template);
        if (eol !== '\n') fix.text = fix.text.replace(/\n/g, eol);
        const owner = claimed.get(fix.range[0]) ?? group;
        claimed.set(fix.range[0], owner);
        report({
          ...missing,
          place,
          ...(owner === group ? { fix } : {}),
        });
      });
    }
  },
});

function insertionFix(
  source: string,
  group: SiblingGroup,
  position: number,
  present: Map<string, Section>,
  missing: SectionSpec,
  template: TemplateSpec,
) {
  const { expected, parent, parentSpec } = group;
  const level = Math.min(
    6,
    Math.max(1, insertionLevel(parent, parentSpec, present, missing, template)),
  );
  const heading = `${'#'.repeat(level)} ${missing.title}\n\n`;
  for (let i = position - 1; i >= 0; i--) {
    const before = present.get((expected[i] as SectionSpec).id);
    if (before) return insertAt(source, sectionEndOffset(before), heading);
  }
  for (let i = position + 1; i < expected.length; i++) {
    const after = present.get((expected[i] as SectionSpec).id);
    if (after)
      return {
        range: [after.place.start.offset, after.place.start.offset] as [number, number],
        text: heading,
      };
  }
  if (parent) return insertAt(source, sectionEndOffset(parent), heading);
  // No template section is present at the top level: insert before the first section, so the
  // new heading cannot land under a trailing section of a higher level (`# Appendix`).
  const first = group.sections[0];
  if (first)
    return {
      range: [first.place.start.offset, first.place.start.offset] as [number, number],
      text: heading,
    };
  return insertAt(source, source.length, heading);
}

/**
 * The level the template gives a section, moved as the document moved its neighbours: under a
 * parent, the template's distance from the parent; at the top, the template's level shifted as
 * the document's first present top-level section is shifted (an RFC without a title heading
 * writes `# Summary` where the template has `## Summary`).
 */
function insertionLevel(
  parent: Section | null,
  parentSpec: SectionSpec | null,
  present: Map<string, Section>,
  missing: SectionSpec,
  template: TemplateSpec,
): number {
  if (parent) return parent.level + (parentSpec ? missing.level - parentSpec.level : 1);
  const index = indexTemplate(template);
  const first = present.values().next().value;
  const firstSpec = first?.id ? index.byId.get(first.id) : undefined;
  return first && firstSpec ? first.level + missing.level - firstSpec.level : missing.level;
}

/**
 * Insert a block at the end of the line holding `offset` (at most the end of the last non-blank
 * line), keeping one blank line on each side. Several blocks inserted at one offset then still
 * come out one blank line apart, whether or not the file ends with a newline.
 */
function insertAt(source: string, offset: number, block: string) {
  const contentEnd = source.trimEnd().length;
  if (contentEnd === 0) return { range: [0, 0] as [number, number], text: block };
  let at = Math.min(offset, contentEnd);
  while (at < source.length && source[at] !== '\n') at++;
  if (source[at - 1] === '\r') at--;
  return { range: [at, at] as [number, number], text: `\n\n${block.trimEnd()}` };
}
