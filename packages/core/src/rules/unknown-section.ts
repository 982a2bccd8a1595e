import { defineRule } from '../lint/rule.js';
import { titleKey } from '../markdown/inline-text.js';
import { indexTemplate, specPath } from '../template/template-index.js';
import { siblingGroups } from './section-tools.js';

/** Sections the template does not know, unless the template (or the `allow` option) permits them. */
export const unknownSection = defineRule({
  meta: {
    id: 'unknown-section',
    description: 'Sections are ones the template defines (or listed in `allow`).',
    defaultSeverity: 'warning',
    fixable: false,
    optionsSchema: {
      type: 'object',
      properties: {
        allow: {
          type: 'array',
          items: { type: 'string' },
          description: 'Extra section titles to accept anywhere.',
        },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { allow: [] as string[] },
  check({ doc, options, report }) {
    const index = indexTemplate(doc.template);
    const allowed = new Set(options.allow.map(titleKey));
    for (const group of siblingGroups(doc.model.sections, doc.template)) {
      if (group.parentSpec?.allowUnknownSections) continue;
      if (group.parent && group.expected.length === 0) continue;
      for (const section of group.sections) {
        if (section.id || allowed.has(titleKey(section.title))) continue;
        const elsewhere = index.anywhereByKey.get(titleKey(section.title));
        const where = group.parent ? ` in “${group.parent.title}”` : '';
        const hint = elsewhere
          ? index.parentOf.get(elsewhere) === null
            ? ', expected at the top level'
            : `, expected as “${specPath(index, elsewhere)}”`
          : group.expected.length <= 6
            ? `, expected one of ${group.expected.map((s) => `“${s.title}”`).join(', ')}`
            : ` (not a section of template ${doc.template.name})`;
        report({
          message: `Unknown section “${section.title}”${where}${hint}`,
          place: section.place,
        });
      }
    }
  },
});
