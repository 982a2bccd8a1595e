import Type, { type Static } from 'typebox';
import type { Block } from '../markdown/blocks.js';
import { BLOCK_DEFS, PlaceSchema } from '../markdown/blocks.js';

export const DOCUMENT_STATUSES = [
  'draft',
  'in-review',
  'approved',
  'rejected',
  'superseded',
  'deprecated',
] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

const StatusSchema = Type.Union([
  Type.Literal('draft'),
  Type.Literal('in-review'),
  Type.Literal('approved'),
  Type.Literal('rejected'),
  Type.Literal('superseded'),
  Type.Literal('deprecated'),
]);

const FieldSchema = Type.Object({
  label: Type.String(),
  value: Type.String(),
  place: PlaceSchema,
  valuePlace: PlaceSchema,
});

const Item = Type.Object({ text: Type.String(), place: PlaceSchema });

export const FrontMatterSchema = Type.Object(
  {
    title: Type.Optional(Type.String()),
    status: Type.Optional(StatusSchema),
    authors: Type.Optional(Type.Array(Type.String())),
    reviewers: Type.Optional(Type.Array(Type.String())),
    created: Type.Optional(Type.String({ format: 'date' })),
    updated: Type.Optional(Type.String({ format: 'date' })),
    tags: Type.Optional(Type.Array(Type.String())),
    supersedes: Type.Optional(Type.Array(Type.String())),
    'superseded-by': Type.Optional(Type.String()),
    template: Type.Optional(
      Type.String({ description: 'Name or path of the template this document follows.' }),
    ),
  },
  { description: 'Front matter keys designdoc knows; values that fail validation are left out.' },
);

const SectionDef = Type.Object({
  id: Type.Union([Type.String(), Type.Null()], {
    description: 'Id of the template section this heading matched, or null for an unknown section.',
  }),
  title: Type.String(),
  slug: Type.String({ description: 'GitHub-compatible anchor of the heading.' }),
  level: Type.Integer({ minimum: 1, maximum: 6 }),
  place: PlaceSchema,
  blocks: Type.Array(Type.Ref('Block')),
  fields: Type.Array(FieldSchema),
  sections: Type.Array(Type.Ref('Section')),
});

const ExtractsSchema = Type.Object({
  goals: Type.Array(Item),
  nonGoals: Type.Array(Item),
  decisions: Type.Array(
    Type.Object({
      decision: Type.String(),
      rationale: Type.String(),
      tradeOffs: Type.String(),
      section: Type.String(),
      place: PlaceSchema,
    }),
  ),
  endpoints: Type.Array(
    Type.Object({
      method: Type.String(),
      path: Type.String(),
      input: Type.Union([Type.String(), Type.Null()]),
      output: Type.Union([Type.String(), Type.Null()]),
      status: Type.Array(Type.Integer()),
      properties: Type.Record(Type.String(), Type.String()),
      place: PlaceSchema,
    }),
  ),
  entities: Type.Array(
    Type.Object({ name: Type.String(), purpose: Type.String(), place: PlaceSchema }),
  ),
  integrations: Type.Array(
    Type.Object({
      system: Type.String(),
      protocol: Type.String(),
      frequency: Type.String(),
      failureMode: Type.String(),
      place: PlaceSchema,
    }),
  ),
  security: Type.Record(Type.String(), Type.String()),
  scalability: Type.Record(Type.String(), Type.String()),
  monitoring: Type.Record(Type.String(), Type.String()),
  deployment: Type.Record(Type.String(), Type.String()),
  openQuestions: Type.Array(
    Type.Object({
      text: Type.String(),
      status: Type.Union([Type.String(), Type.Null()]),
      note: Type.String(),
      section: Type.String(),
      place: PlaceSchema,
    }),
  ),
  futureConsiderations: Type.Array(Item),
  references: Type.Array(
    Type.Object({
      text: Type.String(),
      url: Type.Union([Type.String(), Type.Null()]),
      place: PlaceSchema,
    }),
  ),
});

/** JSON Schema of the document model (published as `designdoc schema model`). */
export const DesignDocSchema = Type.Cyclic(
  {
    ...BLOCK_DEFS,
    Section: SectionDef,
    DesignDoc: Type.Object({
      template: Type.String(),
      title: Type.Union([Type.String(), Type.Null()]),
      status: Type.Union(StatusSchema.anyOf, {
        description: 'From front matter; `draft` when absent or invalid.',
      }),
      frontMatter: FrontMatterSchema,
      preamble: Type.Object({
        blocks: Type.Array(Type.Ref('Block')),
        fields: Type.Array(FieldSchema),
      }),
      sections: Type.Array(Type.Ref('Section')),
      extracts: ExtractsSchema,
    }),
  },
  'DesignDoc',
  { $id: 'https://designdoc.dev/schemas/model.json', title: 'designdoc document model' },
);

export type FrontMatter = Static<typeof FrontMatterSchema>;
export type Extracts = Static<typeof ExtractsSchema>;
export type Field = Static<typeof FieldSchema>;

/** A heading and everything under it up to the next heading of the same or a higher level. */
export interface Section {
  id: string | null;
  title: string;
  slug: string;
  level: number;
  place: Static<typeof PlaceSchema>;
  blocks: Block[];
  fields: Field[];
  sections: Section[];
}

/** The typed model of one design document. */
export interface DesignDoc {
  template: string;
  title: string | null;
  status: DocumentStatus;
  frontMatter: FrontMatter;
  preamble: { blocks: Block[]; fields: Field[] };
  sections: Section[];
  extracts: Extracts;
}
