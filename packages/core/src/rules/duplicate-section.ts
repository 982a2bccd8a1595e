import { defineRule } from '../lint/rule.js';
import type { Section } from '../model/schema.js';
import { siblingGroups } from './section-tools.js';

/** A template section appears once among its siblings. */
export const duplicateSection = defineRule({
  meta: {
    id: 'duplicate-section',
    description: 'A template section appears only once.',
    defaultSeverity: 'error',
    fixable: false,
    messages: { duplicate: 'Duplicate section “{{section}}”, first at line {{line}}' },
  },
  defaultOptions: {},
  check({ doc, report }) {
    for (const group of siblingGroups(doc.model.sections, doc.template)) {
      const first = new Map<string, Section>();
      for (const section of group.sections) {
        if (!section.id) continue;
        const earlier = first.get(section.id);
        if (earlier) {
          report({
            messageId: 'duplicate',
            data: { section: section.title, line: earlier.place.start.line },
            place: section.place,
          });
        } else first.set(section.id, section);
      }
    }
  },
});
