import type { JsonSchema } from './json-schema.js';

const text = { type: 'string', minLength: 1 };
const id = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' };
const description = { type: 'string' };
/** A labelled field of a `fields` content item, or an item of a checklist. */
const fieldItem = {
  type: 'object',
  properties: {
    label: text,
    aliases: { type: 'array', items: text },
    required: { type: 'boolean' },
    description,
  },
  required: ['label'],
  additionalProperties: false,
};
const strings = { type: 'array', items: { type: 'string' } };

const content = (
  kind: string,
  properties: Record<string, JsonSchema>,
  required: string[],
  about: string,
): JsonSchema => ({
  type: 'object',
  description: about,
  properties: { kind: { const: kind }, description, ...properties },
  required: ['kind', ...required],
  additionalProperties: false,
});

/** JSON Schema (2020-12) of a template spec, published as `designdoc schema template`. */
export const TEMPLATE_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://designdoc.dev/schemas/template.json',
  title: 'designdoc template spec',
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    name: id,
    title: text,
    description,
    documentTitle: {
      type: 'object',
      properties: {
        level: { type: 'integer', minimum: 1, maximum: 6 },
        required: { type: 'boolean' },
      },
      required: ['level'],
      additionalProperties: false,
    },
    frontMatter: {
      type: 'object',
      properties: {
        required: { type: 'array', items: text },
        extraKeys: { type: 'array', items: text },
      },
      additionalProperties: false,
    },
    status: {
      type: 'object',
      description:
        'The template’s status vocabulary and where a document writes its status besides front matter.',
      properties: {
        field: {
          ...text,
          description:
            'A header field holding the status (`* Status: **Accepted**`), read when front matter has none.',
        },
        values: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              value: text,
              lifecycle: {
                enum: ['draft', 'in-review', 'approved', 'rejected', 'superseded', 'deprecated'],
              },
            },
            required: ['value', 'lifecycle'],
            additionalProperties: false,
          },
        },
        open: {
          type: 'boolean',
          description: 'Any status is accepted (the template’s list ends in “…”).',
        },
      },
      additionalProperties: false,
    },
    preamble: { type: 'array', items: { $ref: '#/$defs/content' } },
    preambleText: strings,
    placeholders: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id,
          pattern: text,
          flags: { type: 'string', pattern: '^[imsu]*$' },
          requires: {
            type: 'array',
            items: text,
            description: 'Literals one of which every match contains (a fast pre-check).',
          },
          description,
        },
        required: ['id', 'pattern'],
        additionalProperties: false,
      },
    },
    allowUnknownSections: {
      type: 'boolean',
      description: 'Authors may add top-level sections of their own (default true).',
    },
    sections: { type: 'array', minItems: 1, items: { $ref: '#/$defs/section' } },
  },
  required: ['name', 'title', 'sections'],
  additionalProperties: false,
  $defs: {
    section: {
      type: 'object',
      properties: {
        id,
        title: text,
        aliases: { type: 'array', items: text },
        required: { type: 'boolean' },
        level: { type: 'integer', minimum: 1, maximum: 6 },
        description,
        content: { type: 'array', items: { $ref: '#/$defs/content' } },
        templateText: strings,
        allowUnknownSections: {
          type: 'boolean',
          description: 'Authors may add subsections of their own here (default true).',
        },
        sections: { type: 'array', items: { $ref: '#/$defs/section' } },
      },
      required: ['id', 'title', 'level'],
      additionalProperties: false,
    },
    content: {
      anyOf: [
        content('prose', {}, [], 'Free text paragraphs.'),
        content('list', {}, [], 'A bulleted or numbered list.'),
        content(
          'table',
          { columns: { type: 'array', minItems: 1, items: text } },
          ['columns'],
          'A table with these named columns, in this order.',
        ),
        content(
          'code',
          { language: { type: 'string' }, format: { const: 'api-contract' } },
          [],
          'A fenced code block; `format: api-contract` parses it as endpoint contracts.',
        ),
        content(
          'fields',
          {
            fields: {
              type: 'array',
              items: fieldItem,
            },
            labels: { enum: ['fixed', 'any'] },
          },
          [],
          'Labelled bullets (`- **Label**: value`); `labels: any` accepts any label.',
        ),
        content('diagram', {}, [], 'A diagram: a code block (ASCII art, Mermaid, …) or an image.'),
        content(
          'questions',
          { statuses: { type: 'array', items: text } },
          ['statuses'],
          'Questions, each with a status from this vocabulary (none: every item is an open question).',
        ),
        content('toc', {}, [], 'A table of contents: links to the document’s headings.'),
        content(
          'checklist',
          {
            items: {
              type: 'array',
              items: fieldItem,
            },
          },
          ['items'],
          'Task items (`- [ ] …`) the document keeps and ticks.',
        ),
      ],
    },
  },
};
