import { defineRule } from '../lint/rule.js';
import type { Section } from '../model/schema.js';
import type { SectionSpec } from '../template/spec.js';
import { type SiblingGroup, sectionEndOffset, siblingGroups } from './section-tools.js';

/**
 * Every required template section is present. The fix inserts the missing heading where the
 * template puts it (after the nearest earlier section that is present), leaving its content to
 * the author.
 */
export const requiredSection = defineRule({
  meta: {
    id: 'required-section',
    description: 'Sections the template requires are present.',
    defaultSeverity: 'error',
    fixable: true,
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
        message: `Missing title heading (“${level} Title”, required by template ${template.name})`,
        place: lines.span((doc.frontMatterBlock?.lineCount ?? 0) + 1, 1, 1),
      });
    }
    for (const group of siblingGroups(doc.model.sections, template)) {
      const present = new Map<string, Section>();
      for (const section of group.sections)
        if (section.id && !present.has(section.id)) present.set(section.id, section);
      group.expected.forEach((expected, position) => {
        if (present.has(expected.id) || expected.required === false) return;
        const where = group.parent ? ` in “${group.parent.title}”` : '';
        const place = group.parent
          ? group.parent.place
          : lines.span(Math.max(1, doc.outline.title?.place.start.line ?? 1), 1, 1);
        const fix = insertionFix(source, group, position, present, expected);
        if (eol !== '\n') fix.text = fix.text.replace(/\n/g, eol);
        const owner = claimed.get(fix.range[0]) ?? group;
        claimed.set(fix.range[0], owner);
        report({
          message: `Missing section “${expected.title}”${where} (required by template ${template.name})`,
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
) {
  const { expected, parent } = group;
  const level = parent ? parent.level + 1 : (firstLevel(present) ?? missing.level);
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

function firstLevel(present: Map<string, Section>): number | undefined {
  return present.values().next().value?.level;
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
