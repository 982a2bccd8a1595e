import { defineRule } from '../lint/rule.js';
import { contentOf, walkSections } from '../model/extract.js';
import { headNounMatch, labelKey, labelMatches } from '../model/fields.js';
import type { Field } from '../model/schema.js';
import type { FieldSpec } from '../template/spec.js';
import { isPointerDocument } from './section-tools.js';

/**
 * Labelled fields the template requires (`- **Authentication**: …`) are present and filled in;
 * a list of free labels (such as Key Entities) holds at least one labelled entry. Also checks the
 * preamble fields (the RFC header list).
 */
export const requiredField = defineRule({
  meta: {
    id: 'required-field',
    description: 'Required labelled fields are present and not empty.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      missingField: 'Missing field “{{field}}” in section “{{section}}”',
      missingHeaderField: 'Missing field “{{field}}” in the document header',
      emptyField: 'Field “{{field}}” is empty',
      noEntries: 'Section “{{section}}” has no labelled entries (- **Name**: description)',
    },
  },
  defaultOptions: {},
  check({ doc, report }) {
    /** Check the fields of a section, or of the document header (`section` null). */
    const checkFields = (
      fields: Field[],
      specs: FieldSpec[],
      section: string | null,
      place: Field['place'],
    ) => {
      const header = section === null;
      const allKeys = specs.flatMap((s) => [s.label, ...(s.aliases ?? [])].map(labelKey));
      for (const spec of specs) {
        const keys = new Set([spec.label, ...(spec.aliases ?? [])].map(labelKey));
        const field =
          fields.find((f) => keys.has(labelKey(f.label))) ??
          fields.find((f) => labelMatches(f.label, keys)) ??
          // A header's "Tracking Issue" is its template's "Rust Issue" (headNounMatch), unless
          // the label is another field's.
          (header
            ? fields.find((f) => {
                const match = headNounMatch(labelKey(f.label), allKeys);
                return (
                  match !== undefined && keys.has(match) && !allKeys.includes(labelKey(f.label))
                );
              })
            : undefined);
        if (!field) {
          if (spec.required === false) continue;
          if (section === null)
            report({ messageId: 'missingHeaderField', data: { field: spec.label }, place });
          else report({ messageId: 'missingField', data: { field: spec.label, section }, place });
        } else if (field.value.trim() === '') {
          report({ messageId: 'emptyField', data: { field: field.label }, place: field.place });
        }
      }
    };
    for (const section of walkSections(doc.model.sections)) {
      for (const content of contentOf(doc.template, section)) {
        if (content.kind !== 'fields') continue;
        if (content.labels === 'any' || !content.fields) {
          if (section.fields.length === 0 && section.blocks.length > 0) {
            report({
              messageId: 'noEntries',
              data: { section: section.title },
              place: section.place,
            });
          }
          continue;
        }
        if (section.blocks.length === 0) continue; // empty-section reports it
        checkFields(section.fields, content.fields, section.title, section.place);
      }
    }
    const preambleSpecs = (doc.template.preamble ?? []).flatMap((c) =>
      c.kind === 'fields' ? (c.fields ?? []) : [],
    );
    if (preambleSpecs.length > 0 && !isPointerDocument(doc)) {
      const first =
        doc.model.preamble.blocks[0]?.place ??
        doc.lines.span((doc.frontMatterBlock?.lineCount ?? 0) + 1, 1, 1);
      checkFields(doc.model.preamble.fields, preambleSpecs, null, first);
    }
  },
});
