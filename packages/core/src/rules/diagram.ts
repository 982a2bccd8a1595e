import { defineRule } from '../lint/rule.js';
import type { Block } from '../markdown/blocks.js';
import { contentOf, walkSections } from '../model/extract.js';

const IMAGE =
  /!\[[^\]]*\]\([^)]+\)|<img\s|\]\([^)]+\.(?:svg|png|jpe?g|gif|webp|drawio|puml|mmd)\)/i;

/** Whether blocks hold a code block or an image, also inside list items and block quotes. */
function holdsDiagram(blocks: Block[]): boolean {
  return blocks.some((b) => {
    if (b.type === 'code') return true;
    if (b.type === 'paragraph') return IMAGE.test(b.text);
    if (b.type === 'html') return /<(?:img|svg)\b/i.test(b.value);
    if (b.type === 'list')
      return b.items.some((item) => IMAGE.test(item.text) || holdsDiagram(item.children));
    if (b.type === 'blockquote') return holdsDiagram(b.children);
    return false;
  });
}

/** Sections the template reserves for a diagram hold one: a code block (ASCII, Mermaid, …) or an image. */
export const diagram = defineRule({
  meta: {
    id: 'diagram',
    description: 'Diagram sections hold a diagram (a code block or an image).',
    defaultSeverity: 'warning',
    fixable: false,
    messages: { noDiagram: 'Section “{{section}}” has no diagram (a code block or an image)' },
  },
  defaultOptions: {},
  check({ doc, report }) {
    for (const section of walkSections(doc.model.sections)) {
      if (!contentOf(doc.template, section).some((c) => c.kind === 'diagram')) continue;
      // An empty section is empty-section's to report.
      if (section.blocks.length === 0 && section.sections.length === 0) continue;
      if (!holdsDiagram(section.blocks)) {
        report({
          messageId: 'noDiagram',
          data: { section: section.title },
          place: section.place,
        });
      }
    }
  },
});
