import { defineRule } from '../lint/rule.js';
import { contentOf, walkSections } from '../model/extract.js';

const IMAGE = /!\[[^\]]*\]\([^)]+\)|<img\s|\]\([^)]+\.(?:svg|png|jpe?g|gif|webp|drawio|puml|mmd)\)/i;

/** Sections the template reserves for a diagram hold one: a code block (ASCII, Mermaid, …) or an image. */
export const diagram = defineRule({
  meta: {
    id: 'diagram',
    description: 'Diagram sections hold a diagram (a code block or an image).',
    defaultSeverity: 'warning',
    fixable: false,
  },
  defaultOptions: {},
  check({ doc, report }) {
    for (const section of walkSections(doc.model.sections)) {
      if (!contentOf(doc.template, section).some((c) => c.kind === 'diagram')) continue;
      const hasDiagram = section.blocks.some(
        (b) => b.type === 'code' || (b.type === 'paragraph' && IMAGE.test(b.text)) || (b.type === 'html' && /<(?:img|svg)\b/i.test(b.value)),
      );
      if (!hasDiagram) {
        report({ message: `Section “${section.title}” has no diagram (a code block or an image)`, place: section.place });
      }
    }
  },
});
