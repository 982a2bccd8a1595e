import { defineRule } from '../lint/rule.js';
import type { Section } from '../model/schema.js';
import { specOf } from './section-tools.js';

/**
 * Headings sit at the template's levels: the title at its level, top-level sections at theirs
 * (one higher is accepted when the document has no title heading, as many RFCs do), and each
 * subsection exactly one level below its parent.
 */
export const headingLevel = defineRule({
  meta: {
    id: 'heading-level',
    description: 'Headings use the template’s levels and never skip a level.',
    defaultSeverity: 'warning',
    fixable: true,
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
        message: `Title heading is level ${title.depth}, expected level ${titleLevel}`,
        place: title.place,
        ...(fix ? { fix } : {}),
      });
    }
    const top = doc.model.sections;
    const expectedTop = template.sections[0]?.level ?? 2;
    const allowed = new Set([expectedTop]);
    if (!title && expectedTop > 1) allowed.add(expectedTop - 1);
    const actualTop = top.find((s) => s.id)?.level ?? top[0]?.level;
    const topLevel = actualTop !== undefined && allowed.has(actualTop) ? actualTop : expectedTop;
    for (const section of top) {
      if (section.level !== topLevel) {
        const fix = section.id ? fixLevel(section, topLevel) : undefined;
        report({
          message: `Section “${section.title}” is level ${section.level}, expected level ${topLevel}`,
          place: section.place,
          ...(fix ? { fix } : {}),
        });
      }
      checkChildren(section);
    }
    function checkChildren(parent: Section) {
      for (const child of parent.sections) {
        if (child.level !== parent.level + 1) {
          const fix = specOf(template, child) ? fixLevel(child, parent.level + 1) : undefined;
          report({
            message: `Section “${child.title}” is level ${child.level}, expected level ${parent.level + 1} under “${parent.title}”`,
            place: child.place,
            ...(fix ? { fix } : {}),
          });
        }
        checkChildren(child);
      }
    }
  },
});
