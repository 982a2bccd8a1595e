import { defineRule } from '../lint/rule.js';
import { walkSections } from '../model/extract.js';

/** A section holds something: content of its own, or subsections. */
export const emptySection = defineRule({
  meta: {
    id: 'empty-section',
    description: 'Sections are not empty.',
    defaultSeverity: 'error',
    fixable: false,
    messages: { empty: 'Section “{{section}}” is empty' },
  },
  defaultOptions: {},
  check({ doc, report }) {
    for (const section of walkSections(doc.model.sections)) {
      const content = section.blocks.filter((b) =>
        b.type === 'html' ? !/^\s*<!--[\s\S]*-->\s*$/.test(b.value) : b.type !== 'thematicBreak',
      );
      if (content.length === 0 && section.sections.length === 0) {
        report({ messageId: 'empty', data: { section: section.title }, place: section.place });
      }
    }
  },
});
