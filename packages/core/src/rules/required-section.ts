import { defineRule } from '../lint/rule.js';
import type { Section } from '../model/schema.js';
import type { SectionSpec } from '../template/spec.js';
import { sectionEndOffset, siblingGroups } from './section-tools.js';

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
    for (const group of siblingGroups(doc.model.sections, template)) {
      const present = new Map<string, Section>();
      for (const section of group.sections) if (section.id && !present.has(section.id)) present.set(section.id, section);
      group.expected.forEach((expected, position) => {
        if (present.has(expected.id) || expected.required === false) return;
        const where = group.parent ? ` in “${group.parent.title}”` : '';
        const place = group.parent ? group.parent.place : lines.span(Math.max(1, doc.outline.title?.place.start.line ?? 1), 1, 1);
        report({
          message: `Missing section “${expected.title}”${where} (required by template ${template.name})`,
          place,
          fix: insertionFix(source, group.expected, position, present, group.parent, expected, doc.lines.source.length),
        });
      });
    }
  },
});

function insertionFix(
  source: string,
  expected: SectionSpec[],
  position: number,
  present: Map<string, Section>,
  parent: Section | null,
  missing: SectionSpec,
  length: number,
) {
  const level = parent ? parent.level + 1 : firstLevel(present) ?? missing.level;
  const heading = `${'#'.repeat(level)} ${missing.title}\n\n`;
  for (let i = position - 1; i >= 0; i--) {
    const before = present.get((expected[i] as SectionSpec).id);
    if (before) return insertAt(source, sectionEndOffset(before), heading);
  }
  for (let i = position + 1; i < expected.length; i++) {
    const after = present.get((expected[i] as SectionSpec).id);
    if (after) return { range: [after.place.start.offset, after.place.start.offset] as [number, number], text: heading };
  }
  const end = parent ? sectionEndOffset(parent) : length;
  return insertAt(source, end, heading);
}

function firstLevel(present: Map<string, Section>): number | undefined {
  return present.values().next().value?.level;
}

/** Insert a block after `offset` (the end of a line), keeping one blank line on each side. */
function insertAt(source: string, offset: number, block: string) {
  let at = offset;
  while (at < source.length && source[at] !== '\n') at++;
  const lead = at >= source.length ? (source.endsWith('\n') ? '\n' : '\n\n') : '\n\n';
  const text = at >= source.length ? `${lead}${block.trimEnd()}\n` : `${lead}${block.trimEnd()}`;
  return { range: [at, at] as [number, number], text };
}
