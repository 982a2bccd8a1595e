import MarkdownIt, { type Token } from 'markdown-it';
import type {
  Block,
  CodeBlock,
  ListBlock,
  ListItem,
  TableBlock,
  TableRow,
} from '../src/markdown/blocks.js';
import { LineIndex } from '../src/markdown/position.js';
import { splitTableRow } from '../src/markdown/table-row.js';

/** What the Markdown layer hands to the rest of core. */
export interface MarkdownTree {
  blocks: Block[];
  lines: LineIndex;
  /** Link reference definitions (`[label]: url`), by normalised label. */
  references: Map<string, string>;
  /** 1-based lines that are literal text: 1 in code blocks, 2 in HTML blocks (0 elsewhere). */
  literalLines: Uint8Array;
}

/**
 * The reference implementation for the block parser's differential test: the same blocks,
 * produced from markdown-it's block-level token stream (its inline pass switched off).
 */
const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);

/**
 * Parse Markdown into blocks with places. `blankedPrefixLines` lines at the start (front matter)
 * have already been replaced by empty lines by the caller, so line numbers match the original.
 */
export function parseWithMarkdownIt(source: string, parseSource: string = source): MarkdownTree {
  const lines = new LineIndex(source);
  const env: { references?: Record<string, { href: string; title: string }> } = {};
  const tokens = md.parse(parseSource, env);
  const literalLines = new Uint8Array(lines.starts.length + 2);
  const cursor = { i: 0 };
  const blocks = readBlocks(tokens, cursor, lines, literalLines, null);
  const references = new Map<string, string>();
  for (const [label, ref] of Object.entries(env.references ?? {})) references.set(label, ref.href);
  return { blocks, lines, references, literalLines };
}

function placeOf(lines: LineIndex, map: [number, number] | null) {
  const [first, last] = map ?? [0, 1];
  let end = Math.max(first + 1, last);
  while (end > first + 1 && lines.lineText(end).trim() === '') end--;
  return lines.lines(first + 1, end);
}

function readBlocks(
  tokens: Token[],
  cursor: { i: number },
  lines: LineIndex,
  literal: Uint8Array,
  closeType: string | null,
): Block[] {
  const blocks: Block[] = [];
  while (cursor.i < tokens.length) {
    const token = tokens[cursor.i] as Token;
    if (closeType !== null && token.type === closeType) {
      cursor.i++;
      return blocks;
    }
    switch (token.type) {
      case 'heading_open': {
        const inline = tokens[cursor.i + 1] as Token;
        blocks.push({
          type: 'heading',
          depth: Number(token.tag.slice(1)),
          text: inline.content,
          place: placeOf(lines, token.map),
        });
        cursor.i += 3;
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[cursor.i + 1] as Token;
        blocks.push({ type: 'paragraph', text: inline.content, place: placeOf(lines, token.map) });
        cursor.i += 3;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        blocks.push(readList(tokens, cursor, lines, literal));
        break;
      case 'table_open':
        blocks.push(readTable(tokens, cursor, lines));
        break;
      case 'fence':
      case 'code_block':
        blocks.push(readCode(token, lines, literal));
        cursor.i++;
        break;
      case 'html_block':
        markLiteral(literal, token.map, 2);
        blocks.push({ type: 'html', value: token.content, place: placeOf(lines, token.map) });
        cursor.i++;
        break;
      case 'blockquote_open': {
        const place = placeOf(lines, token.map);
        cursor.i++;
        const children = readBlocks(tokens, cursor, lines, literal, 'blockquote_close');
        blocks.push({ type: 'blockquote', children, place });
        break;
      }
      case 'hr':
        blocks.push({ type: 'thematicBreak', place: placeOf(lines, token.map) });
        cursor.i++;
        break;
      default:
        cursor.i++;
    }
  }
  return blocks;
}

/** Mark lines as literal: 1 for code blocks, 2 for HTML blocks. */
function markLiteral(literal: Uint8Array, map: [number, number] | null, kind: 1 | 2 = 1): void {
  if (!map) return;
  for (let line = map[0] + 1; line <= map[1]; line++) literal[line] = kind;
}

function readCode(token: Token, lines: LineIndex, literal: Uint8Array): CodeBlock {
  markLiteral(literal, token.map);
  const fenced = token.type === 'fence';
  const first = (token.map?.[0] ?? 0) + 1;
  return {
    type: 'code',
    lang: fenced ? (token.info.trim().split(/\s+/)[0] ?? '') : '',
    value: token.content,
    fenced,
    place: placeOf(lines, token.map),
    valueLine: fenced ? first + 1 : first,
  };
}

function readList(
  tokens: Token[],
  cursor: { i: number },
  lines: LineIndex,
  literal: Uint8Array,
): ListBlock {
  const open = tokens[cursor.i] as Token;
  const closeType = open.type === 'bullet_list_open' ? 'bullet_list_close' : 'ordered_list_close';
  const items: ListItem[] = [];
  cursor.i++;
  while (cursor.i < tokens.length && (tokens[cursor.i] as Token).type !== closeType) {
    const itemOpen = tokens[cursor.i] as Token;
    cursor.i++;
    const children = readBlocks(tokens, cursor, lines, literal, 'list_item_close');
    const first = children[0];
    let text = '';
    let textLine = (itemOpen.map?.[0] ?? 0) + 1;
    if (first?.type === 'paragraph') {
      text = first.text;
      textLine = first.place.start.line;
      children.shift();
    }
    const item: ListItem = { text, place: placeOf(lines, itemOpen.map), textLine, children };
    const task = /^\[([ xX])\]\s/.exec(text);
    if (task) {
      item.checked = task[1] !== ' ';
      item.text = text.slice(4);
    }
    items.push(item);
  }
  cursor.i++;
  return {
    type: 'list',
    ordered: open.type === 'ordered_list_open',
    items,
    place: placeOf(lines, open.map),
  };
}

function readTable(tokens: Token[], cursor: { i: number }, lines: LineIndex): TableBlock {
  const open = tokens[cursor.i] as Token;
  const rows: TableRow[] = [];
  let columns: string[] = [];
  let headerPlace = placeOf(lines, open.map);
  cursor.i++;
  while (cursor.i < tokens.length && (tokens[cursor.i] as Token).type !== 'table_close') {
    const token = tokens[cursor.i] as Token;
    if (token.type === 'tr_open' && token.map) {
      const line = token.map[0] + 1;
      const cells = splitTableRow(lines.lineText(line).replace(/^(?:\s*>)+/, ''));
      const place = lines.lines(line, line);
      if (columns.length === 0 && rows.length === 0 && headerIsOpen(tokens, cursor.i)) {
        columns = cells;
        headerPlace = place;
      } else {
        rows.push({ cells, place });
      }
    }
    cursor.i++;
  }
  cursor.i++;
  return { type: 'table', columns, rows, place: placeOf(lines, open.map), headerPlace };
}

function headerIsOpen(tokens: Token[], at: number): boolean {
  return (tokens[at - 1] as Token | undefined)?.type === 'thead_open';
}
