import Type, { type Static } from 'typebox';

const PointSchema = Type.Object({
  line: Type.Integer({ minimum: 1 }),
  column: Type.Integer({ minimum: 1 }),
  offset: Type.Integer({ minimum: 0 }),
});

/** JSON Schema of a source place (unist style: lines and columns from 1, end exclusive). */
export const PlaceSchema = Type.Object({ start: PointSchema, end: PointSchema });

const HeadingBlock = Type.Object({
  type: Type.Literal('heading'),
  depth: Type.Integer({ minimum: 1, maximum: 6 }),
  text: Type.String(),
  place: PlaceSchema,
});

const ParagraphBlock = Type.Object({
  type: Type.Literal('paragraph'),
  text: Type.String(),
  place: PlaceSchema,
});

const TableRowSchema = Type.Object({ cells: Type.Array(Type.String()), place: PlaceSchema });

const TableBlock = Type.Object({
  type: Type.Literal('table'),
  columns: Type.Array(Type.String()),
  rows: Type.Array(TableRowSchema),
  place: PlaceSchema,
  headerPlace: PlaceSchema,
});

const CodeBlock = Type.Object({
  type: Type.Literal('code'),
  lang: Type.String(),
  value: Type.String(),
  fenced: Type.Boolean(),
  place: PlaceSchema,
  valueLine: Type.Integer({ description: '1-based line of the first line of `value`.' }),
});

const HtmlBlock = Type.Object({
  type: Type.Literal('html'),
  value: Type.String(),
  place: PlaceSchema,
});

const ThematicBreakBlock = Type.Object({ type: Type.Literal('thematicBreak'), place: PlaceSchema });

/** Definitions of Block and ListItem (recursive through lists and quotes), for composing schemas. */
export const BLOCK_DEFS = {
  Block: Type.Union([
    HeadingBlock,
    ParagraphBlock,
    Type.Object({
      type: Type.Literal('list'),
      ordered: Type.Boolean(),
      items: Type.Array(Type.Ref('ListItem')),
      place: PlaceSchema,
    }),
    TableBlock,
    CodeBlock,
    HtmlBlock,
    Type.Object({
      type: Type.Literal('blockquote'),
      children: Type.Array(Type.Ref('Block')),
      place: PlaceSchema,
    }),
    ThematicBreakBlock,
  ]),
  ListItem: Type.Object({
    text: Type.String({ description: 'Inline Markdown of the item’s first paragraph.' }),
    place: PlaceSchema,
    textLine: Type.Integer(),
    checked: Type.Optional(Type.Boolean()),
    children: Type.Array(Type.Ref('Block')),
  }),
};

export type HeadingBlock = Static<typeof HeadingBlock>;
export type ParagraphBlock = Static<typeof ParagraphBlock>;
export type TableRow = Static<typeof TableRowSchema>;
export type TableBlock = Static<typeof TableBlock>;
export type CodeBlock = Static<typeof CodeBlock>;
export type HtmlBlock = Static<typeof HtmlBlock>;
export type ThematicBreakBlock = Static<typeof ThematicBreakBlock>;

/** One list item: the inline text of its first paragraph, and any nested blocks. */
export interface ListItem {
  text: string;
  place: Static<typeof PlaceSchema>;
  textLine: number;
  checked?: boolean;
  children: Block[];
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: ListItem[];
  place: Static<typeof PlaceSchema>;
}

export interface BlockquoteBlock {
  type: 'blockquote';
  children: Block[];
  place: Static<typeof PlaceSchema>;
}

/** The block-level structure of a Markdown document, with source places. */
export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | CodeBlock
  | HtmlBlock
  | BlockquoteBlock
  | ThematicBreakBlock;
