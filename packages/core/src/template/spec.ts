import Type, { type Static } from 'typebox';

const Text = Type.String({ minLength: 1 });

const ProseContent = Type.Object(
  { kind: Type.Literal('prose'), description: Type.Optional(Type.String()) },
  { additionalProperties: false, description: 'Free text paragraphs.' },
);

const ListContent = Type.Object(
  { kind: Type.Literal('list'), description: Type.Optional(Type.String()) },
  { additionalProperties: false, description: 'A bulleted or numbered list.' },
);

const TableContent = Type.Object(
  {
    kind: Type.Literal('table'),
    columns: Type.Array(Text, { minItems: 1 }),
    description: Type.Optional(Type.String()),
  },
  { additionalProperties: false, description: 'A table with these named columns, in this order.' },
);

const CodeContent = Type.Object(
  {
    kind: Type.Literal('code'),
    language: Type.Optional(Type.String()),
    format: Type.Optional(Type.Literal('api-contract')),
    description: Type.Optional(Type.String()),
  },
  {
    additionalProperties: false,
    description: 'A fenced code block; `format: api-contract` parses it as endpoint contracts.',
  },
);

const FieldSpec = Type.Object(
  {
    label: Text,
    aliases: Type.Optional(Type.Array(Text)),
    required: Type.Optional(Type.Boolean()),
    description: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

const FieldsContent = Type.Object(
  {
    kind: Type.Literal('fields'),
    fields: Type.Optional(Type.Array(FieldSpec)),
    labels: Type.Optional(Type.Union([Type.Literal('fixed'), Type.Literal('any')])),
    description: Type.Optional(Type.String()),
  },
  {
    additionalProperties: false,
    description:
      'Labelled bullets (`- **Label**: value`). `labels: any` accepts any label (a named list such as entities).',
  },
);

const DiagramContent = Type.Object(
  { kind: Type.Literal('diagram'), description: Type.Optional(Type.String()) },
  {
    additionalProperties: false,
    description: 'A diagram: a code block (ASCII art, Mermaid, …) or an image.',
  },
);

const QuestionsContent = Type.Object(
  {
    kind: Type.Literal('questions'),
    statuses: Type.Array(Text, { minItems: 1 }),
    description: Type.Optional(Type.String()),
  },
  {
    additionalProperties: false,
    description: 'A list of questions, each with a status from this vocabulary.',
  },
);

export const ContentSpecSchema = Type.Union([
  ProseContent,
  ListContent,
  TableContent,
  CodeContent,
  FieldsContent,
  DiagramContent,
  QuestionsContent,
]);

export interface SectionSpec {
  id: string;
  title: string;
  aliases?: string[];
  required?: boolean;
  level: number;
  description?: string;
  content?: ContentSpec[];
  templateText?: string[];
  allowUnknownSections?: boolean;
  sections?: SectionSpec[];
}

const SectionSpecSchema = Type.Cyclic(
  {
    Section: Type.Object(
      {
        id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }),
        title: Text,
        aliases: Type.Optional(Type.Array(Text)),
        required: Type.Optional(Type.Boolean()),
        level: Type.Integer({ minimum: 1, maximum: 6 }),
        description: Type.Optional(Type.String()),
        content: Type.Optional(Type.Array(ContentSpecSchema)),
        templateText: Type.Optional(Type.Array(Type.String())),
        allowUnknownSections: Type.Optional(Type.Boolean()),
        sections: Type.Optional(Type.Array(Type.Ref('Section'))),
      },
      { additionalProperties: false },
    ),
  },
  'Section',
);

const PlaceholderSpec = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }),
    pattern: Text,
    flags: Type.Optional(Type.String({ pattern: '^[imsu]*$' })),
    description: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

const FrontMatterSpec = Type.Object(
  {
    required: Type.Optional(Type.Array(Text)),
    extraKeys: Type.Optional(Type.Array(Text)),
  },
  { additionalProperties: false },
);

/** JSON Schema of a template spec (published as `designdoc schema template`). */
export const TemplateSpecSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    name: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }),
    title: Text,
    description: Type.Optional(Type.String()),
    documentTitle: Type.Optional(
      Type.Object(
        {
          level: Type.Integer({ minimum: 1, maximum: 6 }),
          required: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
    ),
    frontMatter: Type.Optional(FrontMatterSpec),
    preamble: Type.Optional(Type.Array(ContentSpecSchema)),
    preambleText: Type.Optional(Type.Array(Type.String())),
    placeholders: Type.Optional(Type.Array(PlaceholderSpec)),
    sections: Type.Array(SectionSpecSchema, { minItems: 1 }),
  },
  {
    additionalProperties: false,
    $id: 'https://designdoc.dev/schemas/template.json',
    title: 'designdoc template spec',
  },
);

export type ContentSpec = Static<typeof ContentSpecSchema>;
export type FieldSpec = Static<typeof FieldSpec>;
export type PlaceholderSpec = Static<typeof PlaceholderSpec>;
export type FrontMatterSpec = Static<typeof FrontMatterSpec>;

/** A template: the sections a design document must have and what each holds. */
export interface TemplateSpec {
  name: string;
  title: string;
  description?: string;
  documentTitle?: { level: number; required?: boolean };
  frontMatter?: FrontMatterSpec;
  preamble?: ContentSpec[];
  preambleText?: string[];
  placeholders?: PlaceholderSpec[];
  sections: SectionSpec[];
}
