import { defineRule } from '../lint/rule.js';
import { titleKey } from '../markdown/inline-text.js';
import { walkSections } from '../model/extract.js';
import { indexTemplate, specPath } from '../template/template-index.js';
import { siblingGroups } from './section-tools.js';

/**
 * Sections where the template does not expect them. A template section found in the wrong place
 * ("Security" under "Integration Points" when it belongs at the top) is always reported. A
 * section the template does not know is reported only where the template is closed
 * (`allowUnknownSections: false`), or everywhere with the `closed` option: templates ask for
 * their sections, and authors add their own (an appendix, a revision history, subsections of a
 * design) without breaking them.
 */
export const unknownSection = defineRule({
  meta: {
    id: 'unknown-section',
    description:
      'Template sections sit where the template puts them; closed templates have no others.',
    defaultSeverity: 'warning',
    fixable: false,
    // `{{where}}` is empty at the top level and “ in “Parent”” below it.
    messages: {
      expectedAtTop: 'Unknown section “{{section}}”{{where}}, expected at the top level',
      expectedAs: 'Unknown section “{{section}}”{{where}}, expected as “{{path}}”',
      expectedOneOf: 'Unknown section “{{section}}”{{where}}, expected one of {{titles}}',
      notInTemplate:
        'Unknown section “{{section}}”{{where}} (not a section of template {{template}})',
    },
    optionsSchema: {
      type: 'object',
      properties: {
        allow: {
          type: 'array',
          items: { type: 'string' },
          description: 'Extra section titles to accept anywhere.',
        },
        closed: {
          type: 'boolean',
          description:
            'Report every section the template does not define, even where it allows the author’s own.',
        },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { allow: [] as string[], closed: false },
  check({ doc, options, report }) {
    const index = indexTemplate(doc.template);
    const allowed = new Set(options.allow.map(titleKey));
    const present = new Set(walkSections(doc.model.sections).flatMap((s) => (s.id ? [s.id] : [])));
    for (const group of siblingGroups(doc.model.sections, doc.template)) {
      const open = group.parentSpec
        ? group.parentSpec.allowUnknownSections !== false
        : doc.template.allowUnknownSections !== false;
      const closed = options.closed || !open;
      if (group.parent && group.expected.length === 0 && !options.closed) continue;
      for (const section of group.sections) {
        if (section.id || allowed.has(titleKey(section.title))) continue;
        const elsewhere = index.anywhereByKey.get(titleKey(section.title));
        // A template section out of place, unless the document has it where it belongs too.
        const misplaced = elsewhere !== undefined && !present.has(elsewhere.id);
        if (!misplaced && !closed) continue;
        const messageId = misplaced
          ? index.parentOf.get(elsewhere) === null
            ? 'expectedAtTop'
            : 'expectedAs'
          : group.expected.length <= 6 && group.expected.length > 0
            ? 'expectedOneOf'
            : 'notInTemplate';
        report({
          messageId,
          data: {
            section: section.title,
            where: group.parent ? ` in “${group.parent.title}”` : '',
            path: misplaced ? specPath(index, elsewhere) : '',
            titles: group.expected.map((s) => `“${s.title}”`).join(', '),
            template: doc.template.name,
          },
          place: section.place,
        });
      }
    }
  },
});
