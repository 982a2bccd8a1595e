import { defineRule } from '../lint/rule.js';
import type { Section } from '../model/schema.js';
import { specOf } from './section-tools.js';

/**
 * Template sections sit at the template's levels, counted as the template counts them: a
 * subsection the template writes `####` under a `##` section is two levels below its parent in
 * the document too. The document may shift the whole template by one level when it has no title
 * heading (RFCs that write `# Summary` where the template has `## Summary`), or one level down
 * when it has a title heading and the template has none. The
 * author's own sections are not checked: they only need to be below their parent, which they are
 * by construction. The fix relevels template sections only.
 */
export const headingLevel = defineRule({
  meta: {
    id: 'heading-level',
    description: 'Template sections use the template’s heading levels.',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      titleLevel: 'Title heading is level {{level}}, expected level {{expected}}',
      sectionLevel: 'Section “{{section}}” is level {{level}}, expected level {{expected}}',
      subsectionLevel:
        'Section “{{section}}” is level {{level}}, expected level {{expected}} under “{{parent}}”',
    },
  },
  defaultOptions: {},
  check({ doc, report }) {
    const { template, source } = doc;
    const fixLevel = (heading: { place: Section['place'] }, level: number) => {
      const start = heading.place.start.offset;
      const hashes = /^ {0,3}(#+)/.exec(source.slice(start, start + 10));
      if (!hashes) return undefined;
      const from = start + hashes[0].length - (hashes[1] as string).length;
      return {
        range: [from, from + (hashes[1] as string).length] as [number, number],
        text: '#'.repeat(level),
      };
    };
    const titleLevel = template.documentTitle?.level;
    const title = doc.outline.title;
    if (title && titleLevel && title.depth !== titleLevel) {
      // Fixed with the sections: moving them alone would leave the title among them as a section.
      const fix = fixLevel(title, titleLevel);
      report({
        messageId: 'titleLevel',
        data: { level: title.depth, expected: titleLevel },
        place: title.place,
        ...(fix ? { fix } : {}),
      });
    }
    const top = doc.model.sections;
    const shift = levelShift(top, doc);
    const topLevel = (template.sections[0]?.level ?? 2) + shift;
    // A heading above the sections' level that holds sections of its own (`# Appendix` with
    // `## A1. …` under it, `# Discussion` with its `##` questions) is a part of the document, not
    // a section out of level: moved down, it would take its sections' level and lose them. A
    // section after it at its level must stay there too, or it would fall into the part.
    let partLevel = 0;
    for (const section of top) {
      const spec = specOf(template, section);
      const expected = spec ? spec.level + shift : topLevel;
      const part = section.level < expected && section.sections.length > 0;
      if (part) partLevel = partLevel === 0 ? section.level : Math.min(partLevel, section.level);
      const afterPart = partLevel !== 0 && section.level <= partLevel;
      if (section.level !== expected && expected >= 1 && expected <= 6 && !part && !afterPart) {
        const fix = spec ? fixLevel(section, expected) : undefined;
        report({
          messageId: 'sectionLevel',
          data: { section: section.title, level: section.level, expected },
          place: section.place,
          ...(fix ? { fix } : {}),
        });
      }
      checkChildren(section);
    }
    function checkChildren(parent: Section) {
      const parentSpec = specOf(template, parent);
      for (const child of parent.sections) {
        const childSpec = specOf(template, child);
        const belongs = childSpec && parentSpec?.sections?.includes(childSpec);
        if (parentSpec && childSpec && belongs) {
          const expected = parent.level + childSpec.level - parentSpec.level;
          if (child.level !== expected && expected <= 6) {
            const fix = fixLevel(child, expected);
            report({
              messageId: 'subsectionLevel',
              data: { section: child.title, level: child.level, expected, parent: parent.title },
              place: child.place,
              ...(fix ? { fix } : {}),
            });
          }
        }
        checkChildren(child);
      }
    }
  },
});

/**
 * How many levels the document moves the template's top-level sections: 0, or ±1 where the
 * document and the template disagree about a title heading. Read off the first top-level
 * template section the document has (or its first section).
 */
function levelShift(top: Section[], doc: Parameters<typeof headingLevel.check>[0]['doc']): number {
  const { template } = doc;
  const hasTitle = doc.outline.title !== null;
  const allowed = new Set([0]);
  // A document without a title heading, or one that writes its title and sections at one level
  // (every heading `#`), may move the template up one level.
  if (!hasTitle || doc.outline.title?.depth === top[0]?.level) allowed.add(-1);
  if (hasTitle && !template.documentTitle) allowed.add(1);
  const anchor = top.find((s) => specOf(template, s)) ?? top[0];
  if (!anchor) return 0;
  const anchorLevel = specOf(template, anchor)?.level ?? template.sections[0]?.level ?? 2;
  const shift = anchor.level - anchorLevel;
  return allowed.has(shift) && anchorLevel + shift >= 1 ? shift : 0;
}
