import type { JsonSchema } from './json-schema.js';

const point = {
  type: 'object',
  properties: {
    line: { type: 'integer', minimum: 1 },
    column: { type: 'integer', minimum: 1 },
    offset: { type: 'integer', minimum: 0 },
  },
  required: ['line', 'column', 'offset'],
};
const place = { $ref: '#/$defs/place' };
const string = { type: 'string' };
const nullableString = { type: ['string', 'null'] };
const strings = { type: 'array', items: string };
const record = { type: 'object', additionalProperties: string };
const object = (properties: Record<string, JsonSchema>, description?: string): JsonSchema => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
});
const list = (items: JsonSchema) => ({ type: 'array', items });
const item = object({ text: string, place });
const statuses = ['draft', 'in-review', 'approved', 'rejected', 'superseded', 'deprecated'];

/** JSON Schema (2020-12) of the document model, published as `designdoc schema model`. */
export const MODEL_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://designdoc.dev/schemas/model.json',
  title: 'designdoc document model',
  ...object({
    template: string,
    title: nullableString,
    status: {
      enum: statuses,
      description:
        'The lifecycle stage, from front matter or the header field the template names for it (an `accepted` ADR is `approved`); `draft` when absent or unknown.',
    },
    statusText: {
      type: ['string', 'null'],
      description: 'The status as the document writes it, or null when it gives none.',
    },
    frontMatter: {
      type: 'object',
      description: 'Front matter keys designdoc knows; values that fail validation are left out.',
      properties: {
        title: string,
        status: { enum: statuses },
        authors: strings,
        reviewers: strings,
        created: { type: 'string', format: 'date' },
        updated: { type: 'string', format: 'date' },
        tags: strings,
        supersedes: strings,
        'superseded-by': string,
        template: string,
      },
    },
    preamble: object({
      blocks: list({ $ref: '#/$defs/block' }),
      fields: list({ $ref: '#/$defs/field' }),
    }),
    sections: list({ $ref: '#/$defs/section' }),
    extracts: object({
      goals: list(item),
      nonGoals: list(item),
      decisions: list(
        object({ decision: string, rationale: string, tradeOffs: string, section: string, place }),
      ),
      endpoints: list(
        object({
          method: string,
          path: string,
          input: nullableString,
          output: nullableString,
          status: list({ type: 'integer' }),
          properties: record,
          place,
        }),
      ),
      entities: list(object({ name: string, purpose: string, place })),
      integrations: list(
        object({ system: string, protocol: string, frequency: string, failureMode: string, place }),
      ),
      security: record,
      scalability: record,
      monitoring: record,
      deployment: record,
      openQuestions: list(
        object({ text: string, status: nullableString, note: string, section: string, place }),
      ),
      futureConsiderations: list(item),
      references: list(object({ text: string, url: nullableString, place })),
    }),
  }),
  $defs: {
    place: object(
      { start: point, end: point },
      'Lines and columns from 1, offsets from 0, end exclusive.',
    ),
    field: {
      type: 'object',
      description: 'A labelled field, or a checklist item (`checked` is its tick).',
      properties: {
        label: string,
        value: string,
        place,
        valuePlace: place,
        checked: { type: 'boolean' },
      },
      required: ['label', 'value', 'place', 'valuePlace'],
    },
    section: object({
      id: {
        type: ['string', 'null'],
        description: 'Id of the template section this heading matched, or null.',
      },
      title: string,
      slug: { type: 'string', description: 'GitHub-compatible anchor of the heading.' },
      level: { type: 'integer', minimum: 1, maximum: 6 },
      place,
      blocks: list({ $ref: '#/$defs/block' }),
      fields: list({ $ref: '#/$defs/field' }),
      sections: list({ $ref: '#/$defs/section' }),
    }),
    listItem: {
      type: 'object',
      properties: {
        text: { type: 'string', description: 'Inline Markdown of the item’s first paragraph.' },
        place,
        textLine: { type: 'integer' },
        checked: { type: 'boolean' },
        children: list({ $ref: '#/$defs/block' }),
      },
      required: ['text', 'place', 'textLine', 'children'],
    },
    block: {
      oneOf: [
        object({
          type: { const: 'heading' },
          depth: { type: 'integer', minimum: 1, maximum: 6 },
          text: string,
          place,
        }),
        object({ type: { const: 'paragraph' }, text: string, place }),
        object({
          type: { const: 'list' },
          ordered: { type: 'boolean' },
          items: list({ $ref: '#/$defs/listItem' }),
          place,
        }),
        object({
          type: { const: 'table' },
          columns: strings,
          rows: list(object({ cells: strings, place })),
          place,
          headerPlace: place,
        }),
        object({
          type: { const: 'code' },
          lang: string,
          value: string,
          fenced: { type: 'boolean' },
          place,
          valueLine: { type: 'integer' },
        }),
        object({ type: { const: 'html' }, value: string, place }),
        object({ type: { const: 'blockquote' }, children: list({ $ref: '#/$defs/block' }), place }),
        object({ type: { const: 'thematicBreak' }, place }),
      ],
    },
  },
};
