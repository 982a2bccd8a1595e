import type { Place } from './position.js';

/** A heading line (`#` … or setext). `text` is the raw inline Markdown of the title. */
export interface HeadingBlock {
  type: 'heading';
  depth: number;
  text: string;
  place: Place;
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  place: Place;
}

/** One list item: the inline text of its first paragraph, and any nested blocks. */
export interface ListItem {
  text: string;
  place: Place;
  /** 1-based line on which the item's text starts. */
  textLine: number;
  checked?: boolean;
  children: Block[];
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: ListItem[];
  place: Place;
}

export interface TableRow {
  cells: string[];
  place: Place;
}

export interface TableBlock {
  type: 'table';
  columns: string[];
  rows: TableRow[];
  place: Place;
  /** Place of the header row. */
  headerPlace: Place;
}

export interface CodeBlock {
  type: 'code';
  lang: string;
  value: string;
  fenced: boolean;
  place: Place;
  /** 1-based line of the first line of `value`. */
  valueLine: number;
}

export interface HtmlBlock {
  type: 'html';
  value: string;
  place: Place;
}

export interface BlockquoteBlock {
  type: 'blockquote';
  children: Block[];
  place: Place;
}

export interface ThematicBreakBlock {
  type: 'thematicBreak';
  place: Place;
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
